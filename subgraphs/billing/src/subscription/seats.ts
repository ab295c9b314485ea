import type { EntityManager } from 'typeorm';
import { Subscription } from './subscription.entity';

/**
 * Seats (users paid for) per plan of an account: the one function that says how many extensions
 * telephony may put on each plan. When seat counts reach telephony as events, the event carries
 * exactly this map, published in the transaction that changed the subscriptions.
 */
export async function seatCountsByPlan(manager: EntityManager, accountId: string): Promise<Map<string, number>> {
  const subscriptions = await manager.getRepository(Subscription).find({ where: { accountId }, order: { planId: 'ASC' } });
  return new Map(subscriptions.map((s) => [s.planId, s.quantity]));
}
