import { requireCaller, requirePermission, type Caller } from '../../../packages/kit/src';

/** Reads of billing data: `account:read` for a customer, `staff:read` for staff. */
export function requireBillingRead(caller: Caller | null): Caller {
  const who = requireCaller(caller);
  return requirePermission(who, who.role === 'STAFF' ? 'staff:read' : 'account:read');
}

/** Billing writes (profile, plan changes, quotes): `billing:purchase` for a customer, `staff:billing` for staff. */
export function requireBillingWrite(caller: Caller | null): Caller {
  const who = requireCaller(caller);
  return requirePermission(who, who.role === 'STAFF' ? 'staff:billing' : 'billing:purchase');
}
