import type { EntityManager } from 'typeorm';
import { extensionPlanMoved, extensionPlanRemoved, subscriptionSeatsChanged } from '../../../../packages/events/src';
import { newId, publishEvent } from '../../../../packages/kit/src';
import { Plan } from '../plan/plan.entity';
import { ExtensionPlanDecision } from './extension-plan.entity';
import { Subscription } from './subscription.entity';

/**
 * Seats (users paid for) per plan of an account: how many extensions telephony may put on each
 * plan. Telephony keeps its copy from `billing.subscription.seats-changed` (see `changeSeats`).
 */
export async function seatCountsByPlan(manager: EntityManager, accountId: string): Promise<Map<string, number>> {
  const subscriptions = await manager.getRepository(Subscription).find({ where: { accountId }, order: { planId: 'ASC' } });
  return new Map(subscriptions.map((s) => [s.planId, s.quantity]));
}

/**
 * The one way a subscription's quantity changes after seeding: adds `delta` seats (negative to
 * take some away) to a plan of an account, creating the subscription when it has none, and
 * publishes the new count in the same transaction (version + 1), so telephony's copy can only
 * follow committed changes, in order.
 */
export async function changeSeats(tx: EntityManager, accountId: string, planId: string, delta: number): Promise<void> {
  const quantity = tx.connection.driver.escape('quantity');
  const version = tx.connection.driver.escape('version');
  const result = await tx
    .createQueryBuilder()
    .update(Subscription)
    .set({ quantity: () => `${quantity} + ${Math.trunc(delta)}`, version: () => `${version} + 1` })
    .where({ accountId, planId })
    .execute();
  if (result.affected === 0) await tx.getRepository(Subscription).insert({ id: newId(), accountId, planId, quantity: Math.max(0, delta), version: 1 });
  const subscription = await tx.getRepository(Subscription).findOneByOrFail({ accountId, planId });
  const plan = await tx.getRepository(Plan).findOneByOrFail({ id: planId });
  await publishEvent(tx, subscriptionSeatsChanged, {
    aggregateId: subscription.id,
    aggregateVersion: subscription.version,
    accountId,
    payload: { subscriptionId: subscription.id, planId, family: plan.family, quantity: subscription.quantity },
  });
}

/**
 * A paid Edit (move to `planId`) or Remove (`planId` null) of one extension took effect: tells
 * telephony, numbered per extension so a later decision never overtakes an earlier one.
 */
export async function decideExtensionPlan(
  tx: EntityManager,
  accountId: string,
  extensionId: string,
  planId: string | null,
  quoteLineId: string,
): Promise<void> {
  const version = tx.connection.driver.escape('version');
  const moved = await tx
    .createQueryBuilder()
    .update(ExtensionPlanDecision)
    .set({ planId, version: () => `${version} + 1` })
    .where({ extensionId, accountId })
    .execute();
  if (moved.affected === 0) await tx.getRepository(ExtensionPlanDecision).insert({ extensionId, accountId, planId, version: 1 });
  const decision = await tx.getRepository(ExtensionPlanDecision).findOneByOrFail({ extensionId });
  await publishEvent(tx, planId ? extensionPlanMoved : extensionPlanRemoved, {
    aggregateId: extensionId,
    aggregateVersion: decision.version,
    accountId,
    payload: { extensionId, planId, quoteLineId },
  });
}
