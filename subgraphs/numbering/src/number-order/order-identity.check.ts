import type { UserErrorValue } from '../../../../packages/kit/src';
import { orderErrors } from './number-order.errors';

/**
 * THE place where the order's identity is checked against compliance's requirements for its
 * numbers (an identity of the account, approved or under review, meeting each number's
 * requirements; otherwise a user error that says what is missing). That check is compliance's:
 * with the identities work merged, ask compliance here (a read-only peer call, outside the
 * transaction). Until then only the id's presence and form are checked.
 */
export async function checkOrderIdentity(accountId: string, identityId: string | null | undefined, numbers: { countryCode: string; type: string }[]): Promise<UserErrorValue | null> {
  void accountId;
  void numbers;
  const id = identityId?.trim();
  return id && id.length <= 36 ? null : orderErrors.identityRequired();
}
