import { notFound, type UserErrorValue } from '../../../../packages/kit/src';
import type { NumberingPeers } from '../external/peers';
import { orderErrors } from './number-order.errors';

/** Revisions that can no longer back a new number: a newer revision replaced it, or it expired. */
const RETIRED_STATUSES = new Set(['SUPERSEDED', 'EXPIRED']);

/**
 * THE place where the order's identity is checked: it must be an identity of the order's account,
 * asked of compliance (a read-only peer call, outside the transaction; compliance owns identities
 * and applies its tenancy rule, so another account's identity is NOT_FOUND like a missing one).
 * A draft or an identity in review is accepted: the order waits in PENDING_DOCUMENTS or IN_REVIEW
 * until compliance approves it (the workflow's events).
 */
export async function checkOrderIdentity(peers: NumberingPeers, accountId: string, identityId: string | null | undefined): Promise<UserErrorValue | null> {
  const id = identityId?.trim();
  if (!id || id.length > 36) return orderErrors.identityRequired();
  const identity = await peers.identity(id);
  if (!identity || identity.accountId !== accountId) return notFound('identity', 'identityId');
  if (RETIRED_STATUSES.has(identity.status)) return orderErrors.identityRetired();
  return null;
}
