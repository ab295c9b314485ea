import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentPrivateKey, developmentPublicKeys, generateSigningKeyPair, joinKeySets, parsePrivateJwk, parsePublicJwks, ServiceKeys } from './keys';

const telephony = generateSigningKeyPair();
const billing = generateSigningKeyPair();

describe('service credentials (key pairs)', () => {
  const numbering = new ServiceKeys({ self: 'numbering', signingKey: generateSigningKeyPair().privateJwk, trusted: { telephony: telephony.publicJwks } });

  it('name the peer that signed, for the subgraph addressed only', async () => {
    const fromTelephony = new ServiceKeys({ self: 'telephony', signingKey: telephony.privateJwk, trusted: {} });
    expect(await numbering.verify(await fromTelephony.sign('numbering'))).toBe('telephony');
    expect(await numbering.verify(await fromTelephony.sign('billing'))).toBeNull();
    expect(await numbering.verify('not a jwt')).toBeNull();
  });

  it("accept a peer's key for that peer only: billing's key cannot sign as telephony, nor telephony's as billing", async () => {
    const billingAsTelephony = new ServiceKeys({ self: 'telephony', signingKey: billing.privateJwk, trusted: {} });
    expect(await numbering.verify(await billingAsTelephony.sign('numbering'))).toBeNull();
    const untrustedPeer = new ServiceKeys({ self: 'billing', signingKey: billing.privateJwk, trusted: {} });
    expect(await numbering.verify(await untrustedPeer.sign('numbering'))).toBeNull();
    const telephonyAsBilling = new ServiceKeys({ self: 'billing', signingKey: telephony.privateJwk, trusted: {} });
    const numberingTrustingBoth = new ServiceKeys({
      self: 'numbering',
      signingKey: telephony.privateJwk,
      trusted: { telephony: telephony.publicJwks, billing: billing.publicJwks },
    });
    expect(await numberingTrustingBoth.verify(await telephonyAsBilling.sign('numbering'))).toBeNull();
  });

  it('rotate with two keys valid at once', async () => {
    const next = generateSigningKeyPair();
    const oldToken = await new ServiceKeys({ self: 'telephony', signingKey: telephony.privateJwk, trusted: {} }).sign('numbering');
    const newToken = await new ServiceKeys({ self: 'telephony', signingKey: next.privateJwk, trusted: {} }).sign('numbering');
    const during = new ServiceKeys({
      self: 'numbering',
      signingKey: billing.privateJwk,
      trusted: { telephony: joinKeySets(telephony.publicJwks, next.publicJwks) },
    });
    expect([await during.verify(oldToken), await during.verify(newToken)]).toEqual(['telephony', 'telephony']);
    const after = new ServiceKeys({ self: 'numbering', signingKey: billing.privateJwk, trusted: { telephony: next.publicJwks } });
    expect([await after.verify(oldToken), await after.verify(newToken)]).toEqual([null, 'telephony']);
  });
});

describe('key configuration', () => {
  it('takes a private JWK and public JWK sets, and refuses a private key among public ones', () => {
    expect(parsePrivateJwk(JSON.stringify(telephony.privateJwk), 'K')).toEqual(telephony.privateJwk);
    expect(parsePublicJwks(JSON.stringify(telephony.publicJwks), 'P')).toEqual(telephony.publicJwks);
    expect(() => parsePublicJwks(JSON.stringify({ keys: [telephony.privateJwk] }), 'P')).toThrow(/private/);
    expect(() => parsePrivateJwk(JSON.stringify(telephony.publicJwks.keys[0]), 'K')).toThrow(/K must be/);
    expect(() => parsePrivateJwk('secret', 'K')).toThrow(/K is not JSON/);
  });

  it('generates development pairs once, in the data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    try {
      const publicKeys = developmentPublicKeys(dir, 'gateway');
      const privateKey = developmentPrivateKey(dir, 'gateway');
      expect(publicKeys.keys[0]!.kid).toBe(privateKey.kid);
      expect(developmentPublicKeys(dir, 'gateway')).toEqual(publicKeys); // kept, not regenerated
      expect(readdirSync(dir)).toEqual(['gateway']);
      expect(readFileSync(join(dir, 'gateway', 'public.jwks.json'), 'utf8')).not.toContain('"d"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
