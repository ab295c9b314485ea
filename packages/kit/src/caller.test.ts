import { canAccessAccount, requireStaff, type Caller } from './caller';

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
});
