import { jwtVerify, SignJWT } from 'jose';

export interface ServiceCredentials {
  /** A credential saying "subgraph <self>" (no caller) for the peer `audience`. */
  sign(audience: string): Promise<string>;
  /** The calling subgraph's name when `token` is a valid service credential addressed to this subgraph, else null. */
  verify(token: string): Promise<string | null>;
}

const SERVICE_ISSUER = 'customer-area-service';
const LIFETIME_SECONDS = 120;
const REUSE_MARGIN_SECONDS = 60;

/**
 * Interim service credentials on the internal secret (HS256): a subgraph speaking for itself, not
 * for a caller, used by the event relay. Its issuer differs from the caller credentials' (see
 * internal-token.ts) and it carries no role, so neither kind is accepted where the other is.
 * To be replaced by the key-pair implementation of the same interface.
 */
export class SecretServiceCredentials implements ServiceCredentials {
  private readonly key: Uint8Array;
  private readonly signed = new Map<string, { token: string; expires: number }>();

  constructor(
    private readonly self: string,
    secret: string,
  ) {
    if (secret.length < 32) throw new Error('The internal secret must be at least 32 characters.');
    this.key = new TextEncoder().encode(secret);
  }

  async sign(audience: string): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const cached = this.signed.get(audience);
    if (cached && cached.expires - now > REUSE_MARGIN_SECONDS) return cached.token;
    const token = await new SignJWT({ kind: 'service' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(this.self)
      .setIssuer(SERVICE_ISSUER)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + LIFETIME_SECONDS)
      .sign(this.key);
    this.signed.set(audience, { token, expires: now + LIFETIME_SECONDS });
    return token;
  }

  async verify(token: string): Promise<string | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: SERVICE_ISSUER, audience: this.self, algorithms: ['HS256'] });
      return payload.kind === 'service' && typeof payload.sub === 'string' && payload.sub ? payload.sub : null;
    } catch {
      return null;
    }
  }
}
