import { forbidden, unauthenticated } from './errors';

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
