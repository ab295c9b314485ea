import { forbidden, unauthenticated } from './errors';
import { accept, refuse, userError, type Checked } from './user-errors';

/** Who is calling, as the gateway established it from a verified token. */
export type Role = 'CUSTOMER' | 'STAFF';

export interface Caller {
  subject: string;
  role: Role;
  /** The customer's own account; staff may have none. */
  accountId: string | null;
  /**
   * What this caller may do, as the gateway granted it. Until every credential carries it, a
   * caller without it gets its role's defaults (`defaultPermissions`).
   */
  permissions?: readonly Permission[];
}

/**
 * Every permission a credential can carry. Mutations and staff fields name the one they need
 * (`requirePermission`), and the schema descriptions say which.
 */
export const PERMISSIONS = [
  'account:read',
  'extensions:write',
  'billing:purchase',
  'numbers:purchase',
  'identities:write',
  'staff:read',
  'staff:write',
  'staff:review',
  'staff:billing',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Today's two roles: a customer is the account's owner, staff is support. */
export function defaultPermissions(role: Role): readonly Permission[] {
  return role === 'CUSTOMER'
    ? ['account:read', 'extensions:write', 'billing:purchase', 'numbers:purchase', 'identities:write']
    : ['staff:read', 'staff:write', 'staff:review'];
}

export function hasPermission(caller: Caller | null, permission: Permission): boolean {
  if (!caller) return false;
  return (caller.permissions ?? defaultPermissions(caller.role)).includes(permission);
}

/** The one permission check: FORBIDDEN (nothing written) unless the caller holds `permission`. */
export function requirePermission(caller: Caller | null, permission: Permission): Caller {
  const who = requireCaller(caller);
  if (!hasPermission(who, permission)) throw forbidden(`This operation needs the ${permission} permission.`);
  return who;
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
