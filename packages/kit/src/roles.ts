import type { Caller, Permission } from './caller';

/**
 * The one table from a token's role claims to the permissions its credential carries. The gateway
 * applies it once per request (`callerFromClaims`); subgraphs only read the permissions it wrote.
 * A claim value missing from the table gets no caller at all (401), never a guessed default.
 */
export const ROLE_TABLE = {
  customer: {
    /** Today's customer tokens (no `account_role` claim) are owners. */
    owner: ['account:read', 'extensions:write', 'billing:purchase', 'numbers:purchase', 'identities:write'],
    member: ['account:read'],
  },
  staff: {
    /** Today's staff tokens (no `staff_role` claim) are support. Acts on customers' extensions and numbers, audited. */
    support: ['staff:read', 'staff:write'],
    compliance: ['staff:read', 'staff:review'],
    billing: ['staff:read', 'staff:billing'],
    admin: ['staff:read', 'staff:write', 'staff:review', 'staff:billing'],
  },
} as const satisfies { customer: Record<string, readonly Permission[]>; staff: Record<string, readonly Permission[]> };

export type AccountRole = keyof typeof ROLE_TABLE.customer;
export type StaffRole = keyof typeof ROLE_TABLE.staff;

/** What a token says about who is calling (claims `sub`, `role`, `account_id`, `account_role`, `staff_role`). */
export interface RoleClaims {
  sub?: unknown;
  role?: unknown;
  account_id?: unknown;
  account_role?: unknown;
  staff_role?: unknown;
}

const DEFAULT_ACCOUNT_ROLE: AccountRole = 'owner';
const DEFAULT_STAFF_ROLE: StaffRole = 'support';

const own = <T extends object>(table: T, key: unknown): key is keyof T => typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);

/** The caller a verified token describes, or null when its claims are incomplete or unknown to the table. */
export function callerFromClaims(claims: RoleClaims): Caller | null {
  if (typeof claims.sub !== 'string' || !claims.sub) return null;
  if (claims.role === 'customer') {
    const accountId = typeof claims.account_id === 'string' && claims.account_id ? claims.account_id : null;
    const accountRole = claims.account_role ?? DEFAULT_ACCOUNT_ROLE;
    if (!accountId || !own(ROLE_TABLE.customer, accountRole)) return null;
    return { subject: claims.sub, role: 'CUSTOMER', accountId, permissions: ROLE_TABLE.customer[accountRole] };
  }
  if (claims.role === 'staff') {
    const staffRole = claims.staff_role ?? DEFAULT_STAFF_ROLE;
    if (!own(ROLE_TABLE.staff, staffRole)) return null;
    return { subject: claims.sub, role: 'STAFF', accountId: null, permissions: ROLE_TABLE.staff[staffRole] };
  }
  return null;
}

/** Who a test or the token command mints a token for; the role claims default like today's tokens. */
export interface TokenIdentity {
  subject: string;
  role: 'CUSTOMER' | 'STAFF';
  accountId?: string | null;
  accountRole?: AccountRole;
  staffRole?: StaffRole;
}

/** The claims of a token for `identity`, which `callerFromClaims` turns back into a caller. */
export function claimsFor(identity: TokenIdentity): Record<string, string> {
  return identity.role === 'CUSTOMER'
    ? { sub: identity.subject, role: 'customer', account_id: identity.accountId ?? '', account_role: identity.accountRole ?? DEFAULT_ACCOUNT_ROLE }
    : { sub: identity.subject, role: 'staff', staff_role: identity.staffRole ?? DEFAULT_STAFF_ROLE };
}

/** The caller the gateway would make of a token minted for `identity`. */
export function callerFor(identity: TokenIdentity): Caller {
  const caller = callerFromClaims(claimsFor(identity));
  if (!caller) throw new Error(`No caller for ${JSON.stringify(identity)}.`);
  return caller;
}
