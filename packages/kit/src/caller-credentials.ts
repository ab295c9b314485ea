import { createLocalJWKSet, jwtVerify, SignJWT, type JWK, type KeyLike } from 'jose';
import { isPermission, type Caller } from './caller';
import { signingKey, SIGNING_ALGORITHM } from './keys';

const ISSUER = 'customer-area-gateway';
/** `typ` of caller credentials: a service credential can never pass for one, nor the reverse. */
export const CALLER_CREDENTIAL_TYPE = 'caller+jwt';
const LIFETIME_SECONDS = 120;
/** A cached credential is reused while it has at least this long to live. */
const REUSE_MARGIN_SECONDS = 60;
const MAX_CACHED = 10_000;

/**
 * The key of a cached credential. Subjects come from the identity provider and may hold any
 * character (`auth0|123`): a JSON array keeps every part apart, where joining with `|` would let
 * two callers share one credential.
 */
export const callerCacheKey = (caller: Caller, audience: readonly string[]): string =>
  JSON.stringify([audience, caller.role, caller.subject, caller.accountId, caller.permissions]);

/**
 * What the gateway gives every subgraph request: a short-lived EdDSA JWT signed with the gateway's
 * private key, carrying the caller it verified and the permissions the role table granted. Its
 * audience is the subgraph called plus the peers that subgraph may call, so the subgraph can
 * forward this very credential on a peer call (and can call no one else with it). Signing is
 * cached: one signature per caller and subgraph every minute, not per request.
 */
export class CallerCredentialSigner {
  private readonly key: Promise<{ key: KeyLike | Uint8Array; kid: string }>;
  private readonly signed = new Map<string, { token: string; expires: number }>();

  constructor(privateJwk: JWK) {
    this.key = signingKey(privateJwk);
  }

  async sign(caller: Caller, audience: readonly string[]): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const cacheKey = callerCacheKey(caller, audience);
    const cached = this.signed.get(cacheKey);
    if (cached && cached.expires - now > REUSE_MARGIN_SECONDS) return cached.token;
    const { key, kid } = await this.key;
    const token = await new SignJWT({ role: caller.role, ...(caller.accountId ? { account_id: caller.accountId } : {}), permissions: [...caller.permissions] })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: CALLER_CREDENTIAL_TYPE })
      .setSubject(caller.subject)
      .setIssuer(ISSUER)
      .setAudience([...audience])
      .setIssuedAt(now)
      .setExpirationTime(now + LIFETIME_SECONDS)
      .sign(key);
    remember(this.signed, cacheKey, { token, expires: now + LIFETIME_SECONDS });
    return token;
  }
}

/**
 * Checks caller credentials with the gateway's public keys only (two during a rotation): a
 * subgraph can verify them, never make one.
 */
export class CallerCredentialVerifier {
  private readonly keys: ReturnType<typeof createLocalJWKSet>;
  private readonly verified = new Map<string, { caller: Caller; expires: number }>();

  constructor(
    gatewayPublicKeys: { keys: JWK[] },
    /** The subgraph verifying: it must be among the credential's audience. */
    private readonly self: string,
  ) {
    this.keys = createLocalJWKSet(gatewayPublicKeys);
  }

  /** The caller the credential carries, or null when it is not a valid credential for this subgraph. */
  async verify(token: string): Promise<Caller | null> {
    const now = Math.floor(Date.now() / 1000);
    const cached = this.verified.get(token);
    if (cached) {
      if (cached.expires > now) return cached.caller;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: ISSUER,
        audience: this.self,
        algorithms: [SIGNING_ALGORITHM],
        typ: CALLER_CREDENTIAL_TYPE,
        requiredClaims: ['exp', 'sub'],
      });
      const role = payload.role === 'STAFF' || payload.role === 'CUSTOMER' ? payload.role : null;
      const accountId = typeof payload.account_id === 'string' ? payload.account_id : null;
      const permissions = Array.isArray(payload.permissions) && payload.permissions.every(isPermission) ? payload.permissions : null;
      if (!payload.sub || !role || (role === 'CUSTOMER' && !accountId) || !permissions || !payload.exp) return null;
      const caller: Caller = { subject: payload.sub, role, accountId, permissions };
      remember(this.verified, token, { caller, expires: payload.exp });
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
