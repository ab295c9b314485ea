import { accountForWrite, canAccessAccount, requirePermission, requireStaff, requireWritePermission, type Caller } from './caller';
import { callerFor } from './roles';

const customer: Caller = callerFor({ subject: 'u1', role: 'CUSTOMER', accountId: 'a1' });
const member: Caller = callerFor({ subject: 'u2', role: 'CUSTOMER', accountId: 'a1', accountRole: 'member' });
const staff: Caller = callerFor({ subject: 's1', role: 'STAFF' });
const compliance: Caller = callerFor({ subject: 's2', role: 'STAFF', staffRole: 'compliance' });
const forbidden = expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) });

describe('caller', () => {
  it('lets a customer reach its own account only, and staff every account', () => {
    expect(canAccessAccount(customer, 'a1')).toBe(true);
    expect(canAccessAccount(customer, 'a2')).toBe(false);
    expect(canAccessAccount(staff, 'a2')).toBe(true);
    expect(canAccessAccount(null, 'a1')).toBe(false);
    expect(() => requireStaff(customer)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });

  it('picks the account a write acts on: own by default, required for staff, foreign reads as missing', () => {
    expect(accountForWrite(customer, undefined)).toEqual({ ok: true, value: 'a1' });
    expect(accountForWrite(customer, 'a1')).toEqual({ ok: true, value: 'a1' });
    expect(accountForWrite(customer, 'a2')).toEqual({
      ok: false,
      userErrors: [{ code: 'NOT_FOUND', field: 'accountId', message: 'No account with this id.' }],
    });
    expect(accountForWrite(staff, 'a2')).toEqual({ ok: true, value: 'a2' });
    expect(accountForWrite(staff, null)).toMatchObject({ ok: false, userErrors: [{ code: 'ACCOUNT_REQUIRED', field: 'accountId' }] });
  });

  it('checks permissions the credential carries, never the role alone', () => {
    expect(requirePermission(customer, 'extensions:write')).toBe(customer);
    expect(() => requirePermission(member, 'extensions:write')).toThrow(forbidden);
    expect(() => requirePermission({ ...customer, permissions: [] }, 'account:read')).toThrow(forbidden);
    expect(() => requirePermission(null, 'account:read')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    // A write on a customer's objects: the customer permission for customers, staff:write for staff.
    expect(requireWritePermission(staff, 'extensions:write')).toBe(staff);
    expect(() => requireWritePermission(compliance, 'extensions:write')).toThrow(forbidden);
    expect(() => requireWritePermission(member, 'extensions:write')).toThrow(forbidden);
    // Reading needs account:read (customers) or staff:read (staff), as the credential says.
    expect(canAccessAccount(member, 'a1')).toBe(true);
    expect(canAccessAccount({ ...customer, permissions: [] }, 'a1')).toBe(false);
    expect(canAccessAccount({ ...staff, permissions: ['staff:write'] }, 'a2')).toBe(false);
    expect(requireStaff(compliance)).toBe(compliance);
    expect(() => requireStaff({ ...customer, permissions: ['staff:read'] })).toThrow(forbidden);
  });
});
