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
   * What this caller may do, as the gateway granted it from the token's claims (`ROLE_TABLE` in
   * roles.ts) and carried in the credential every subgraph receives.
   */
  permissions: readonly Permission[];
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

export const isPermission = (value: unknown): value is Permission => (PERMISSIONS as readonly unknown[]).includes(value);

export function hasPermission(caller: Caller | null, permission: Permission): boolean {
  return Boolean(caller?.permissions.includes(permission));
}

/** The one permission check: FORBIDDEN (nothing written) unless the caller holds `permission`. */
export function requirePermission(caller: Caller | null, permission: Permission): Caller {
  const who = requireCaller(caller);
  if (!hasPermission(who, permission)) throw forbidden(`This operation needs the ${permission} permission.`);
  return who;
}

/**
 * The permission a write on a customer's objects needs: `customerPermission` for the account's
 * own users, `staff:write` for staff acting on a customer's behalf (audited by `createdBy`).
 */
export function writePermission(caller: Caller, customerPermission: Permission): Permission {
  return caller.role === 'STAFF' ? 'staff:write' : customerPermission;
}

/** `requirePermission` for a write on a customer's objects (`writePermission`). */
export function requireWritePermission(caller: Caller | null, customerPermission: Permission): Caller {
  const who = requireCaller(caller);
  return requirePermission(who, writePermission(who, customerPermission));
}

/** Correlates the gateway's log lines with the subgraphs' for one client request. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * For the few fields a peer service may read without a caller (its `serviceAccess.readFields`
 * entry): somebody authenticated, or a verified peer service.
 */
export function requireCallerOrService(ctx: { caller: Caller | null; service?: string | null }): void {
  if (!ctx.caller && !ctx.service) throw unauthenticated();
}

/** Throws unless somebody authenticated is calling. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw unauthenticated();
  return caller;
}

/** Staff holding `staff:read` (every staff role holds it). */
export function requireStaff(caller: Caller | null): Caller {
  const who = requirePermission(caller, 'staff:read');
  if (who.role !== 'STAFF') throw forbidden();
  return who;
}

/**
 * The one tenancy rule: staff (with `staff:read`) see every account, a customer (with
 * `account:read`) only its own.
 * A customer asking for a foreign row must get exactly what a missing row gives, so callers
 * use this to filter, never to raise.
 */
export function canAccessAccount(caller: Caller | null, accountId: string): boolean {
  if (!caller) return false;
  if (caller.role === 'STAFF') return hasPermission(caller, 'staff:read');
  return caller.accountId === accountId && hasPermission(caller, 'account:read');
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
