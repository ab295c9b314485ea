import type { EntityManager } from 'typeorm';
import {
  extensionChanged,
  extensionPlanMoved,
  extensionPlanRemoved,
  extensionRemoved,
  subscriptionSeatsChanged,
  type EventEnvelope,
} from '../../../../packages/events/src';
import { on, publishEvent } from '../../../../packages/kit/src';
import { Extension } from '../extension/extension.entity';
import { PlanSeat } from './plan-seat.entity';

/** Billing's seat count of one subscription: telephony's copy follows it (the inbox puts versions in order). */
export const onSeatsChanged = on(subscriptionSeatsChanged, async (tx, event) => {
  await tx.getRepository(PlanSeat).upsert(
    {
      subscriptionId: event.payload.subscriptionId,
      accountId: event.accountId!,
      planId: event.payload.planId,
      quantity: event.payload.quantity,
      version: event.aggregateVersion,
    },
    ['subscriptionId'],
  );
});

/** The extension billing decided about, if it still exists in that account (a removal since makes the decision moot). */
async function decidedExtension(tx: EntityManager, event: EventEnvelope<{ extensionId: string }>): Promise<Extension | null> {
  const extension = await tx.getRepository(Extension).findOneBy({ id: event.payload.extensionId });
  return extension && extension.accountId === event.accountId ? extension : null;
}

/**
 * A paid Edit took effect: the extension moves to the plan billing charged for. No seat check:
 * billing already counted the seat (its seat-count event may arrive before or after this one).
 */
export const onExtensionPlanMoved = on(extensionPlanMoved, async (tx, event) => {
  const extension = await decidedExtension(tx, event);
  if (!extension || extension.planId === event.payload.planId) return;
  const version = extension.version + 1;
  const moved = await tx
    .getRepository(Extension)
    .update({ id: extension.id, version: extension.version }, { planId: event.payload.planId, version, updatedBy: `billing:${event.payload.quoteLineId}` });
  // Changed by a user in between: the inbox retries the event on the new version.
  if (moved.affected !== 1) throw new Error(`extension ${extension.id} changed while billing's move was applied`);
  await publishEvent(tx, extensionChanged, {
    aggregateId: extension.id,
    aggregateVersion: version,
    accountId: extension.accountId,
    payload: { extensionId: extension.id, number: extension.number, state: extension.state },
  });
});

/** A paid Remove of an extension took effect: it is removed, and numbering hears of it as of any removal. */
export const onExtensionPlanRemoved = on(extensionPlanRemoved, async (tx, event) => {
  const extension = await decidedExtension(tx, event);
  if (!extension) return;
  const removed = await tx.getRepository(Extension).delete({ id: extension.id, version: extension.version });
  if (removed.affected !== 1) throw new Error(`extension ${extension.id} changed while billing's removal was applied`);
  await publishEvent(tx, extensionRemoved, {
    aggregateId: extension.id,
    aggregateVersion: extension.version + 1,
    accountId: extension.accountId,
    payload: { extensionId: extension.id, number: extension.number, state: 'REMOVED' },
  });
});

export const SEAT_HANDLERS = [onSeatsChanged, onExtensionPlanMoved, onExtensionPlanRemoved];
