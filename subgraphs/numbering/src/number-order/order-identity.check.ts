import { accept, refuse, userError, type Checked } from '../../../../packages/kit/src';
import type { NumberingPeers, NumberUseKey } from '../external/compliance.peer';
import { orderErrors } from './number-order.errors';

/** Identity states that may back a new order: approved, or submitted and under review. */
const USABLE = new Set(['APPROVED', 'IN_REVIEW']);

/**
 * THE place where the order's identity is checked against compliance's requirements for its
 * numbers: an identity of the account, approved or under review, meeting each number's
 * requirements (country and kind); otherwise a user error that says what is missing. Compliance
 * decides (a read-only peer call as the caller, outside the transaction); compliance down is
 * SUBGRAPH_UNAVAILABLE naming it, and nothing is written. Accepted: the identity's id and status
 * (numbering keeps the status, see identity-state.ts).
 */
export async function checkOrderIdentity(
  peers: NumberingPeers,
  accountId: string,
  identityId: string | null | undefined,
  numbers: NumberUseKey[],
): Promise<Checked<{ identityId: string; status: string }>> {
  const id = identityId?.trim();
  if (!id || id.length > 36) return refuse(orderErrors.identityRequired());
  const uses = [...new Map(numbers.map((n) => [`${n.countryCode}:${n.type}`, { countryCode: n.countryCode, type: n.type }])).values()];
  const identity = await peers.orderIdentity(id, uses);
  if (!identity || identity.accountId !== accountId) return refuse(userError('IDENTITY_NOT_FOUND', 'No identity of the account with this id.', 'identityId'));
  if (!USABLE.has(identity.status)) {
    return refuse(
      userError('IDENTITY_NOT_USABLE', `The identity is ${identity.status}; numbers need an identity that is approved or submitted for review.`, 'identityId'),
    );
  }
  const lacking = uses.flatMap((use, i) => (identity.missing[i] ?? []).map((gap) => `${use.countryCode} ${use.type}: ${gap.message}`));
  if (lacking.length)
    return refuse(
      userError('IDENTITY_REQUIREMENTS_UNMET', `The identity does not meet these numbers' requirements. ${lacking.join(' ')}`.slice(0, 1000), 'identityId'),
    );
  return accept({ identityId: id, status: identity.status });
}
