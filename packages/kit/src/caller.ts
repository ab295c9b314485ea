import { forbidden, unauthenticated } from './errors';

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
