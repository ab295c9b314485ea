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

/** Headers the gateway sets on every subgraph request; a client's own copies are dropped there. */
export const CALLER_HEADERS = {
  subject: 'x-caller-subject',
  role: 'x-caller-role',
  accountId: 'x-caller-account-id',
  requestId: 'x-request-id',
} as const;

type HeaderBag = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function callerFromHeaders(headers: HeaderBag): Caller | null {
  const subject = first(headers[CALLER_HEADERS.subject]);
  const role = first(headers[CALLER_HEADERS.role]);
  const accountId = first(headers[CALLER_HEADERS.accountId]) || null;
  if (!subject || (role !== 'CUSTOMER' && role !== 'STAFF')) return null;
  if (role === 'CUSTOMER' && !accountId) return null;
  return { subject, role, accountId };
}

export function callerToHeaders(caller: Caller): Record<string, string> {
  return {
    [CALLER_HEADERS.subject]: caller.subject,
    [CALLER_HEADERS.role]: caller.role,
    ...(caller.accountId ? { [CALLER_HEADERS.accountId]: caller.accountId } : {}),
  };
}

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
