import { SignJWT } from 'jose';
import type { Caller } from './caller';
import { InternalTokens } from './internal-token';

const secret = 'x'.repeat(40);
const customer: Caller = { subject: 'u1', role: 'CUSTOMER', accountId: 'a1' };

describe('InternalTokens', () => {
  const tokens = new InternalTokens(secret);

  it('carries the caller to the subgraph it was made for', async () => {
    const token = await tokens.sign(customer, 'billing');
    expect(await tokens.verify(token, 'billing')).toEqual(customer);
    expect(await tokens.sign(customer, 'billing')).toBe(token); // cached, not re-signed
  });

  it('is refused by another subgraph, another secret, or when forged', async () => {
    const token = await tokens.sign(customer, 'billing');
    expect(await tokens.verify(token, 'telephony')).toBeNull();
    expect(await new InternalTokens('y'.repeat(40)).verify(token, 'billing')).toBeNull();
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'u1', role: 'STAFF', aud: 'billing', iss: 'customer-area-gateway', exp: 9e9 })).toString('base64url');
    expect(await tokens.verify(`${header}.${forgedPayload}.${signature}`, 'billing')).toBeNull();
  });

  it('is refused once expired', async () => {
    const expired = await new SignJWT({ role: 'CUSTOMER', account_id: 'a1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer('customer-area-gateway')
      .setAudience('billing')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode(secret));
    expect(await tokens.verify(expired, 'billing')).toBeNull();
  });

  it('refuses a short secret', () => {
    expect(() => new InternalTokens('short')).toThrow(/32/);
  });
});
