import type { EntityManager } from 'typeorm';
import { newId } from '../../../../packages/kit/src';
import { PlanChangeState } from '../plan-change/plan-change-state';
import { PlanChange } from '../plan-change/plan-change.entity';
import { QuoteLine, type PlanQuoteLine, type Quote } from '../quote/quote.entity';
import { changeSeats, decideExtensionPlan } from '../subscription/seats';
import { ScheduledSeatChange } from './payment.entity';

/**
 * Applies a paid (or free) quote, once: the plan change moves CHECKED_OUT -> APPLIED by a
 * conditional write, and only the request that made that move applies the seats, so two
 * confirmations, or a restart between payment and application, apply it exactly once.
 * Lines effective now change the subscriptions; the others are scheduled for the next period.
 * Returns false when it was already applied.
 *
 * Every seat count changed now is published in this transaction (`changeSeats`), and so is each
 * Edit move effective now (`decideExtensionPlan`): telephony enforces the new counts and moves
 * the extension. Scheduled lines reach telephony when the renewal applies them.
 */
export async function applyPaidQuote(tx: EntityManager, quote: Quote): Promise<boolean> {
  const moved = await tx
    .getRepository(PlanChange)
    .update({ id: quote.planChangeId!, state: PlanChangeState.CHECKED_OUT }, { state: PlanChangeState.APPLIED, openFamily: null });
  if (moved.affected !== 1) return false;
  const lines = (await tx.getRepository(QuoteLine).find({ where: { quoteId: quote.id }, order: { position: 'ASC' } })) as PlanQuoteLine[];
  for (const line of lines) {
    const changes: { planId: string; delta: number }[] =
      line.kind === 'ADD'
        ? [{ planId: line.planId, delta: line.quantity }]
        : line.kind === 'EDIT'
          ? [{ planId: line.planId, delta: 1 }, ...(line.fromPlanId ? [{ planId: line.fromPlanId, delta: -1 }] : [])]
          : [{ planId: line.planId, delta: -line.quantity }];
    for (const change of changes) {
      if (line.effective === 'NOW') await changeSeats(tx, quote.accountId, change.planId, change.delta);
      else
        await tx.getRepository(ScheduledSeatChange).insert({
          id: newId(),
          accountId: quote.accountId,
          quoteLineId: line.id,
          planId: change.planId,
          delta: change.delta,
          extensionId: line.extensionId,
          effectiveOn: line.effectiveOn,
          appliedAt: null,
        });
    }
    if (line.effective === 'NOW' && line.extensionId)
      await decideExtensionPlan(tx, quote.accountId, line.extensionId, line.kind === 'REMOVE' ? null : line.planId, line.id);
  }
  return true;
}
