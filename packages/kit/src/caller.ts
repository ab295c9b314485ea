import { forbidden, unauthenticated } from './errors';
import { accept, refuse, userError, type Checked } from './user-errors';

/** Who is calling, as the gateway established it from a verified token. */
export type Role = 'CUSTOMER' | 'STAFF';

export interface Caller {
  subject: string;
  role: Role;
  /** The customer's own account; staff may have none. */
  accountId: string | null;
}

/** Correlates the gateway's log lines with the subgraphs' for one client request. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Throws unless somebody authenticated is calling. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw unauthenticated();
  return caller;
}

export function requireStaff(caller: Caller | null): Caller {
  const who = requireCaller(caller);
  if (who.role !== 'STAFF') throw forbidden();
  return who;
}

/**
 * The one tenancy rule: staff see every account, a customer only its own.
 * A customer asking for a foreign row must get exactly what a missing row gives, so callers
 * use this to filter, never to raise.
 */
export function canAccessAccount(caller: Caller | null, accountId: string): boolean {
  if (!caller) return false;
  return caller.role === 'STAFF' || caller.accountId === accountId;
}

/**
 * The account a write acts on. A customer acts on its own account (`requested` may be omitted);
 * staff must name one. A customer naming another account gets NOT_FOUND, exactly as if the
 * account did not exist, and nothing is written.
 */
export function accountForWrite(caller: Caller, requested: string | null | undefined): Checked<string> {
  const accountId = requested ?? (caller.role === 'CUSTOMER' ? caller.accountId : null);
  if (!accountId) return refuse(userError('ACCOUNT_REQUIRED', 'Name the account to act on (accountId).', 'accountId'));
  if (!canAccessAccount(caller, accountId)) return refuse(userError('NOT_FOUND', 'No account with this id.', 'accountId'));
  return accept(accountId);
}
