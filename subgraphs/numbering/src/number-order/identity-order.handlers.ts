import { In, type EntityManager } from 'typeorm';
import { identityApproved, identityExpired, identityRejected, identitySubmitted, type EventEnvelope } from '../../../../packages/events/src';
import { on, type EventHandler } from '../../../../packages/kit/src';
import { NumberOrder } from './number-order.entity';
import { NumberOrderEvent, NumberOrderState } from './number-order-state';
import type { NumberOrderWorkflow } from './number-order-workflow';
import { keepIdentityState } from '../identity-state/identity-state';

/** Which order event an identity event is, for an order in a given state (states not listed are left alone). */
type Moves = Partial<Record<NumberOrderState, NumberOrderEvent>>;

const ON_SUBMITTED: Moves = {
  [NumberOrderState.PENDING_DOCUMENTS]: NumberOrderEvent.IDENTITY_SUBMITTED,
  [NumberOrderState.ACTION_REQUIRED]: NumberOrderEvent.IDENTITY_RESUBMITTED,
};
const ON_APPROVED: Moves = { [NumberOrderState.IN_REVIEW]: NumberOrderEvent.IDENTITY_APPROVED };
const ON_REJECTED: Moves = { [NumberOrderState.IN_REVIEW]: NumberOrderEvent.IDENTITY_REJECTED };

/**
 * Compliance's identity events keep numbering's copy of the identity's status (the payment event
 * reads it) and drive the paid orders waiting on that identity, through the workflow's
 * transitions table, in the inbox's transaction (applied once per event). An order entering
 * PROVISIONING starts the carrier once that transaction is committed.
 */
export function identityOrderHandlers(workflowOf: (tx: EntityManager) => NumberOrderWorkflow): EventHandler[] {
  const move = (status: string, moves: Moves) => async (tx: EntityManager, event: EventEnvelope<{ identityId: string }>) => {
    if (event.accountId) await keepIdentityState(tx, event.payload.identityId, event.accountId, status, event.aggregateVersion);
    if (Object.keys(moves).length === 0) return;
    const orders = await tx.getRepository(NumberOrder).find({
      select: { id: true, state: true, accountId: true },
      where: { identityId: event.payload.identityId, state: In(Object.keys(moves)) },
    });
    const workflow = workflowOf(tx);
    for (const order of orders) {
      if (order.accountId !== event.accountId) continue; // an identity backs its own account's orders only
      const applied = await workflow.applyIn(tx, order.id, moves[order.state]!, 'compliance');
      if (applied.ok && applied.state === NumberOrderState.PROVISIONING) workflow.provisionAfterCommit(order.id);
    }
  };
  return [
    on(identitySubmitted, move('IN_REVIEW', ON_SUBMITTED)),
    on(identityApproved, move('APPROVED', ON_APPROVED)),
    on(identityRejected, move('REJECTED', ON_REJECTED)),
    // Numbers stay linked to an expired identity (compliance shows them); no order waits on it,
    // but an order paid from now on waits for documents.
    on(identityExpired, move('EXPIRED', {})),
  ];
}
