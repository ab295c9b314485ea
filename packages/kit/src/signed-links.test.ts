import { LinkSigner, MAX_LINK_TTL_SECONDS } from './signed-links';

const SECRET = 'a-link-secret-of-at-least-32-characters!';
const claims = { purpose: 'invoice-pdf', objectId: 'inv-1', accountId: 'acc-1' };
const query = (signed: string) => Object.fromEntries(new URLSearchParams(signed));

describe('LinkSigner', () => {
  let now = Date.UTC(2026, 0, 1);
  const signer = new LinkSigner(SECRET, 'billing', () => now);

  it('accepts its own link for the same purpose and object, naming the account, until it expires', () => {
    const signed = signer.sign(claims, 60);
    expect(signer.verify('invoice-pdf', 'inv-1', query(signed))).toEqual({ ok: true, accountId: 'acc-1', expiresAt: new Date(now + 60_000) });
    now += 59_000;
    expect(signer.verify('invoice-pdf', 'inv-1', query(signed)).ok).toBe(true);
    now += 1_000;
    expect(signer.verify('invoice-pdf', 'inv-1', query(signed))).toEqual({ ok: false, reason: 'expired' });
  });

  it('binds the link to its purpose, object and account', () => {
    const q = query(signer.sign(claims));
    expect(signer.verify('identity-document', 'inv-1', q)).toEqual({ ok: false, reason: 'invalid' });
    expect(signer.verify('invoice-pdf', 'inv-2', q)).toEqual({ ok: false, reason: 'invalid' });
    expect(signer.verify('invoice-pdf', 'inv-1', { ...q, account: 'acc-2' })).toEqual({ ok: false, reason: 'invalid' });
    expect(signer.verify('invoice-pdf', 'inv-1', { ...q, expires: String(Number(q.expires) + 3600) })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses links of another owner, and malformed ones', () => {
    const compliance = new LinkSigner(SECRET, 'compliance', () => now);
    expect(signer.verify('invoice-pdf', 'inv-1', query(compliance.sign(claims))).ok).toBe(false);
    const q = query(signer.sign(claims));
    for (const bad of [{}, { ...q, signature: '' }, { ...q, signature: `${q.signature}x` }, { ...q, expires: '1e9' }, { ...q, account: ['a', 'b'] }]) {
      expect(signer.verify('invoice-pdf', 'inv-1', bad)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('caps the lifetime and builds the link on the route prefix', () => {
    const { expires } = query(signer.sign(claims, 10 * 24 * 3600));
    expect(Number(expires)).toBe(Math.floor(now / 1000) + MAX_LINK_TTL_SECONDS);
    expect(signer.link('/files/billing/', { ...claims, objectId: 'a b/c' })).toMatch(
      /^\/files\/billing\/a%20b%2Fc\?account=acc-1&expires=\d+&signature=[\w-]{43}$/,
    );
    expect(() => new LinkSigner('short', 'billing')).toThrow(/32 characters/);
  });
});
