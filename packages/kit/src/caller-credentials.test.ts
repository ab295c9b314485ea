import { SignJWT } from 'jose';
import { CallerCredentialSigner, CallerCredentialVerifier, callerCacheKey } from './caller-credentials';
import { generateSigningKeyPair, joinKeySets, ServiceKeys } from './keys';
import { callerFor } from './roles';

const gateway = generateSigningKeyPair();
const customer = callerFor({ subject: 'u1', role: 'CUSTOMER', accountId: 'a1' });
const staff = callerFor({ subject: 's1', role: 'STAFF', staffRole: 'compliance' });

describe('caller credentials', () => {
  const signer = new CallerCredentialSigner(gateway.privateJwk);
  const verifier = (self: string, keys = gateway.publicJwks) => new CallerCredentialVerifier(keys, self);

  it('carry the caller and its permissions to the subgraph and the peers in the audience, no one else', async () => {
    const token = await signer.sign(staff, ['telephony', 'billing']);
    expect(await verifier('telephony').verify(token)).toEqual(staff);
    expect(await verifier('billing').verify(token)).toEqual(staff);
    expect(await verifier('numbering').verify(token)).toBeNull();
    expect(await signer.sign(staff, ['telephony', 'billing'])).toBe(token); // cached, not re-signed
  });

  it('are refused when signed by another key, forged, or signed with a shared secret', async () => {
    const token = await signer.sign(customer, ['billing']);
    expect(await verifier('billing', generateSigningKeyPair().publicJwks).verify(token)).toBeNull();
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: 'u1', role: 'STAFF', permissions: ['staff:read', 'staff:write'], aud: ['billing'], iss: 'customer-area-gateway', exp: 9e9 }),
    ).toString('base64url');
    expect(await verifier('billing').verify(`${header}.${forged}.${signature}`)).toBeNull();
    // The old scheme, and the algorithm-confusion trick (HMAC keyed with the public key's bytes).
    for (const secret of ['x'.repeat(40), gateway.publicJwks.keys[0]!.x!]) {
      const hs256 = await new SignJWT({ role: 'STAFF', permissions: ['staff:read', 'staff:write'] })
        .setProtectedHeader({ alg: 'HS256', kid: gateway.privateJwk.kid, typ: 'caller+jwt' })
        .setSubject('s')
        .setIssuer('customer-area-gateway')
        .setAudience('billing')
        .setExpirationTime('1m')
        .sign(new TextEncoder().encode(secret));
      expect(await verifier('billing').verify(hs256)).toBeNull();
    }
  });

  it('are refused once expired, or with a permission that does not exist', async () => {
    const { key } = { key: await import('jose').then((j) => j.importJWK(gateway.privateJwk, 'EdDSA')) };
    const make = (claims: Record<string, unknown>, exp: number) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: gateway.privateJwk.kid, typ: 'caller+jwt' })
        .setSubject('u1')
        .setIssuer('customer-area-gateway')
        .setAudience('billing')
        .setExpirationTime(exp)
        .sign(key);
    const now = Math.floor(Date.now() / 1000);
    expect(await verifier('billing').verify(await make({ role: 'CUSTOMER', account_id: 'a1', permissions: ['account:read'] }, now + 60))).toMatchObject({
      permissions: ['account:read'],
    });
    expect(await verifier('billing').verify(await make({ role: 'CUSTOMER', account_id: 'a1', permissions: ['account:read'] }, now - 10))).toBeNull();
    expect(await verifier('billing').verify(await make({ role: 'CUSTOMER', account_id: 'a1', permissions: ['root'] }, now + 60))).toBeNull();
    expect(await verifier('billing').verify(await make({ role: 'CUSTOMER', account_id: 'a1' }, now + 60))).toBeNull();
  });

  it('are not service credentials, nor the reverse', async () => {
    const service = new ServiceKeys({ self: 'telephony', signingKey: gateway.privateJwk, trusted: { telephony: gateway.publicJwks } });
    // Even signed with the very same key, a service credential is no caller credential (typ, issuer).
    expect(await verifier('billing').verify(await service.sign('billing'))).toBeNull();
    expect(await service.verify(await signer.sign(customer, ['telephony']))).toBeNull();
  });

  it('rotate with two keys valid at once', async () => {
    const next = generateSigningKeyPair();
    const oldToken = await signer.sign(customer, ['billing']);
    const newToken = await new CallerCredentialSigner(next.privateJwk).sign(customer, ['billing']);
    // 1. Subgraphs trust both keys; 2. the gateway signs with the new one; old credentials still pass.
    const during = verifier('billing', joinKeySets(gateway.publicJwks, next.publicJwks));
    expect(await during.verify(oldToken)).toEqual(customer);
    expect(await during.verify(newToken)).toEqual(customer);
    // 3. Once old credentials have expired (2 minutes), the old key is removed.
    const after = verifier('billing', next.publicJwks);
    expect(await after.verify(newToken)).toEqual(customer);
    expect(await after.verify(oldToken)).toBeNull();
  });

  it('are cached per caller without collisions between subjects holding "|" (auth0|123)', async () => {
    // Joined with "|", these two keys would be equal: the second caller would get the first one's credential.
    const first = { ...customer, subject: 'auth0|123', accountId: 'a2' };
    const second = { ...customer, subject: 'auth0', accountId: '123|a2' };
    expect([first.subject, first.accountId].join('|')).toBe([second.subject, second.accountId].join('|'));
    expect(callerCacheKey(first, ['billing'])).not.toBe(callerCacheKey(second, ['billing']));
    const fresh = new CallerCredentialSigner(gateway.privateJwk);
    const [a, b] = [await fresh.sign(first, ['billing']), await fresh.sign(second, ['billing'])];
    expect(await verifier('billing').verify(a)).toEqual(first);
    expect(await verifier('billing').verify(b)).toEqual(second);
    // Permissions are part of the key too: a member never gets an owner's cached credential.
    const member = callerFor({ subject: 'u1', role: 'CUSTOMER', accountId: 'a1', accountRole: 'member' });
    expect(await verifier('billing').verify(await fresh.sign(customer, ['billing']))).toEqual(customer);
    expect(await verifier('billing').verify(await fresh.sign(member, ['billing']))).toEqual(member);
  });
});
