import { callerFromClaims, claimsFor, ROLE_TABLE } from './roles';

describe('the role table', () => {
  it('maps each row of the table to its permissions', () => {
    const customer = (account_role?: string) => callerFromClaims({ sub: 'u', role: 'customer', account_id: 'a1', ...(account_role ? { account_role } : {}) });
    const staff = (staff_role?: string) => callerFromClaims({ sub: 's', role: 'staff', ...(staff_role ? { staff_role } : {}) });
    expect(customer('owner')?.permissions).toEqual(['account:read', 'extensions:write', 'billing:purchase', 'numbers:purchase', 'identities:write']);
    expect(customer('member')?.permissions).toEqual(['account:read']);
    expect(staff('support')?.permissions).toEqual(['staff:read', 'staff:write']);
    expect(staff('compliance')?.permissions).toEqual(['staff:read', 'staff:review']);
    expect(staff('billing')?.permissions).toEqual(['staff:read', 'staff:billing']);
    expect(staff('admin')?.permissions).toEqual(['staff:read', 'staff:write', 'staff:review', 'staff:billing']);
  });

  it("reads today's tokens (no role claim) as owner and support", () => {
    expect(callerFromClaims({ sub: 'u', role: 'customer', account_id: 'a1' })).toEqual({
      subject: 'u',
      role: 'CUSTOMER',
      accountId: 'a1',
      permissions: ROLE_TABLE.customer.owner,
    });
    expect(callerFromClaims({ sub: 's', role: 'staff' })).toEqual({ subject: 's', role: 'STAFF', accountId: null, permissions: ROLE_TABLE.staff.support });
  });

  it('gives no caller for an unknown role, a missing account, or a prototype key', () => {
    expect(callerFromClaims({ sub: 'u', role: 'customer', account_id: 'a1', account_role: 'admin' })).toBeNull();
    expect(callerFromClaims({ sub: 'u', role: 'customer', account_id: 'a1', account_role: 'toString' })).toBeNull();
    expect(callerFromClaims({ sub: 's', role: 'staff', staff_role: 'root' })).toBeNull();
    expect(callerFromClaims({ sub: 's', role: 'staff', staff_role: '__proto__' })).toBeNull();
    expect(callerFromClaims({ sub: 'u', role: 'customer' })).toBeNull();
    expect(callerFromClaims({ role: 'staff' })).toBeNull();
    expect(callerFromClaims({ sub: 'x', role: 'admin' })).toBeNull();
  });

  it('mints claims that map back to the same row', () => {
    for (const staffRole of Object.keys(ROLE_TABLE.staff) as (keyof typeof ROLE_TABLE.staff)[]) {
      expect(callerFromClaims(claimsFor({ subject: 's', role: 'STAFF', staffRole }))?.permissions).toEqual(ROLE_TABLE.staff[staffRole]);
    }
    expect(callerFromClaims(claimsFor({ subject: 'u', role: 'CUSTOMER', accountId: 'a', accountRole: 'member' }))?.permissions).toEqual(['account:read']);
  });
});
