import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../../../packages/kit/src';
import { NumberOrderEvent } from '../number-order/number-order-state';
import { IdentityStateRow, type KnownIdentityStatus } from './identity-state.entity';

/** An identity event's outcome, kept (the inbox applies an identity's events in order, once). */
export async function keepIdentityState(tx: EntityManager, identityId: string, accountId: string, status: KnownIdentityStatus, version: number): Promise<void> {
  await tx.getRepository(IdentityStateRow).upsert({ identityId, accountId, status, version }, ['identityId']);
}

/**
 * The status compliance gave when an order was made, kept unless an event already told more
 * (an event's row is never overwritten by this read, which may be older).
 */
export async function rememberIdentityState(tx: EntityManager, identityId: string, accountId: string, status: KnownIdentityStatus): Promise<void> {
  if (await tx.getRepository(IdentityStateRow).existsBy({ identityId })) return;
  try {
    await tx.getRepository(IdentityStateRow).insert({ identityId, accountId, status, version: 0 });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // an event's row landed meanwhile: it wins
  }
}

/** Which paid move an order takes, by its identity's state when the payment event is applied. */
export async function paidEventFor(tx: EntityManager, identityId: string): Promise<NumberOrderEvent> {
  const row = await tx.getRepository(IdentityStateRow).findOneBy({ identityId });
  if (row?.status === 'APPROVED') return NumberOrderEvent.PAID_IDENTITY_APPROVED;
  if (row?.status === 'IN_REVIEW') return NumberOrderEvent.PAID_IDENTITY_IN_REVIEW;
  return NumberOrderEvent.PAID_IDENTITY_INCOMPLETE; // a draft, rejected (documents to correct) or expired identity
}
