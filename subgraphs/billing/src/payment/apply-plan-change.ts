import type { EntityManager } from 'typeorm';
import { newId } from '../../../../packages/kit/src';
import { PlanChangeState } from '../plan-change/plan-change-state';
import { PlanChange } from '../plan-change/plan-change.entity';
import { QuoteLine, type Quote } from '../quote/quote.entity';
import { Subscription } from '../subscription/subscription.entity';
import { ScheduledSeatChange } from './payment.entity';

/** Adds `delta` users to a plan of an account, creating the subscription row when it has none. */
export async function addSeats(tx: EntityManager, accountId: string, planId: string, delta: number): Promise<void> {
  const quantity = tx.connection.driver.escape('quantity');
  const result = await tx.createQueryBuilder().update(Subscription).set({ quantity: () => `${quantity} + ${Math.trunc(delta)}` }).where({ accountId, planId }).execute();
  if (result.affected === 0) await tx.getRepository(Subscription).insert({ id: newId(), accountId, planId, quantity: Math.max(0, delta) });
}

/**
 * Applies a paid (or free) quote, once: the plan change moves CHECKED_OUT -> APPLIED by a
 * conditional write, and only the request that made that move applies the seats, so two
 * confirmations, or a restart between payment and application, apply it exactly once.
 * Lines effective now change the subscriptions; the others are scheduled for the next period.
 * Returns false when it was already applied.
 *
 * After this, the seat counts of the account (`seatCountsByPlan`) are what telephony must
 * enforce: publishing them as an event here, in this transaction, is the one line to add once
 * the events outbox is merged; extension moves and removals reach telephony the same way.
 */
export async function applyPaidQuote(tx: EntityManager, quote: Quote): Promise<boolean> {
  const moved = await tx.getRepository(PlanChange).update({ id: quote.planChangeId, state: PlanChangeState.CHECKED_OUT }, { state: PlanChangeState.APPLIED, openFamily: null });
  if (moved.affected !== 1) return false;
  const lines = await tx.getRepository(QuoteLine).find({ where: { quoteId: quote.id }, order: { position: 'ASC' } });
  for (const line of lines) {
    const changes: { planId: string; delta: number }[] =
      line.kind === 'ADD' ? [{ planId: line.planId, delta: line.quantity }]
      : line.kind === 'EDIT' ? [{ planId: line.planId, delta: 1 }, ...(line.fromPlanId ? [{ planId: line.fromPlanId, delta: -1 }] : [])]
      : [{ planId: line.planId, delta: -line.quantity }];
    for (const change of changes) {
      if (line.effective === 'NOW') await addSeats(tx, quote.accountId, change.planId, change.delta);
      else await tx.getRepository(ScheduledSeatChange).insert({ id: newId(), accountId: quote.accountId, quoteLineId: line.id, planId: change.planId, delta: change.delta, extensionId: line.extensionId, effectiveOn: line.effectiveOn, appliedAt: null });
    }
  }
  return true;
}
