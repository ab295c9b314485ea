import { IsNull, LessThanOrEqual, type DataSource } from 'typeorm';
import { inTransaction } from '../../../../packages/kit/src';
import { ScheduledSeatChange } from '../payment/payment.entity';
import { QuoteLine } from '../quote/quote.entity';
import { changeSeats, decideExtensionPlan } from '../subscription/seats';

/**
 * The first step of the monthly renewal: removals and downgrades scheduled for a day up to
 * `today` (ISO, Europe/Paris) change the subscriptions. Each row is claimed by a conditional
 * write (`applied_at IS NULL`) in the transaction that changes the seats, so running it twice,
 * or on several replicas at once, applies each change once; the new seat counts, moves and
 * removals are published in that transaction (telephony applies them). Returns how many it applied.
 */
export async function applyDueScheduledChanges(db: DataSource, today: string, now: Date): Promise<number> {
  const due = await db
    .getRepository(ScheduledSeatChange)
    .find({ where: { effectiveOn: LessThanOrEqual(today), appliedAt: IsNull() }, order: { effectiveOn: 'ASC', id: 'ASC' } });
  let applied = 0;
  for (const change of due) {
    await inTransaction(db, async (tx) => {
      const claimed = await tx.getRepository(ScheduledSeatChange).update({ id: change.id, appliedAt: IsNull() }, { appliedAt: now });
      if (claimed.affected !== 1) return;
      await changeSeats(tx, change.accountId, change.planId, change.delta);
      // An Edit schedules two rows (+1 on the new plan, -1 on the old): the move is told once, with the +1.
      if (change.extensionId && (change.delta > 0 || (await tx.getRepository(QuoteLine).findOneByOrFail({ id: change.quoteLineId })).kind === 'REMOVE')) {
        await decideExtensionPlan(tx, change.accountId, change.extensionId, change.delta > 0 ? change.planId : null, change.quoteLineId);
      }
      applied += 1;
    });
  }
  return applied;
}
