import { jwtVerify, SignJWT } from 'jose';
import type { Caller } from './caller';

const ISSUER = 'customer-area-gateway';
const LIFETIME_SECONDS = 120;
/** A cached token is reused while it has at least this long to live. */
const REUSE_MARGIN_SECONDS = 60;
const MAX_CACHED = 10_000;

/**
 * The credential a subgraph demands on every GraphQL request: a short-lived HS256 JWT signed with
 * the internal secret, for one subgraph only (`aud`), carrying the caller the gateway verified.
 * A request without it never reaches a resolver, so nothing but the gateway (and peers holding
 * the internal secret) can call a subgraph, and a token for one subgraph is refused by the others.
 * Signing and verifying are cached: one HMAC per caller and subgraph every minute, not per request.
 */
export class InternalTokens {
  private readonly key: Uint8Array;
  private readonly signed = new Map<string, { token: string; expires: number }>();
  private readonly verified = new Map<string, { caller: Caller; expires: number }>();

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The internal secret must be at least 32 characters.');
    this.key = new TextEncoder().encode(secret);
  }

  async sign(caller: Caller, audience: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const cacheKey = `${audience}|${caller.role}|${caller.subject}|${caller.accountId ?? ''}`;
    const cached = this.signed.get(cacheKey);
    if (cached && cached.expires - now > REUSE_MARGIN_SECONDS) return cached.token;
    const token = await new SignJWT({ role: caller.role, ...(caller.accountId ? { account_id: caller.accountId } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(caller.subject)
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + LIFETIME_SECONDS)
      .sign(this.key);
    remember(this.signed, cacheKey, { token, expires: now + LIFETIME_SECONDS });
    return token;
  }

  /** The caller the token carries, or null when it is not a valid token for this audience. */
  async verify(token: string, audience: string): Promise<Caller | null> {
    const now = Math.floor(Date.now() / 1000);
    const cacheKey = `${audience}|${token}`;
    const cached = this.verified.get(cacheKey);
    if (cached) {
      if (cached.expires > now) return cached.caller;
      this.verified.delete(cacheKey);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience, algorithms: ['HS256'] });
      const role = payload.role === 'STAFF' || payload.role === 'CUSTOMER' ? payload.role : null;
      const accountId = typeof payload.account_id === 'string' ? payload.account_id : null;
      if (!payload.sub || !role || (role === 'CUSTOMER' && !accountId) || !payload.exp) return null;
      const caller: Caller = { subject: payload.sub, role, accountId };
      remember(this.verified, cacheKey, { caller, expires: payload.exp });
      return caller;
    } catch {
      return null;
    }
  }
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}
