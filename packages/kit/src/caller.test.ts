import { accountForWrite, canAccessAccount, requireStaff, type Caller } from './caller';

const customer: Caller = { subject: 'u1', role: 'CUSTOMER', accountId: 'a1' };
const staff: Caller = { subject: 's1', role: 'STAFF', accountId: null };

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
    expect(accountForWrite(customer, 'a2')).toEqual({ ok: false, userErrors: [{ code: 'NOT_FOUND', field: 'accountId', message: 'No account with this id.' }] });
    expect(accountForWrite(staff, 'a2')).toEqual({ ok: true, value: 'a2' });
    expect(accountForWrite(staff, null)).toMatchObject({ ok: false, userErrors: [{ code: 'ACCOUNT_REQUIRED', field: 'accountId' }] });
  });
});
