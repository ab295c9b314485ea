import { IsNull, LessThanOrEqual, type DataSource } from 'typeorm';
import { inTransaction } from '../../../../packages/kit/src';
import { addSeats } from '../payment/apply-plan-change';
import { ScheduledSeatChange } from '../payment/payment.entity';

/**
 * The first step of the monthly renewal: removals and downgrades scheduled for a day up to
 * `today` (ISO, Europe/Paris) change the subscriptions. Each row is claimed by a conditional
 * write (`applied_at IS NULL`) in the transaction that changes the seats, so running it twice,
 * or on several replicas at once, applies each change once. Returns how many it applied.
 *
 * Not built yet (issue 13): invoicing the new month at full price and charging the saved card
 * off-session, and the scheduled job that calls this in the running system.
 */
export async function applyDueScheduledChanges(db: DataSource, today: string, now: Date): Promise<number> {
  const due = await db.getRepository(ScheduledSeatChange).find({ where: { effectiveOn: LessThanOrEqual(today), appliedAt: IsNull() }, order: { effectiveOn: 'ASC', id: 'ASC' } });
  let applied = 0;
  for (const change of due) {
    await inTransaction(db, async (tx) => {
      const claimed = await tx.getRepository(ScheduledSeatChange).update({ id: change.id, appliedAt: IsNull() }, { appliedAt: now });
      if (claimed.affected !== 1) return;
      await addSeats(tx, change.accountId, change.planId, change.delta);
      applied += 1;
    });
  }
  return applied;
}
