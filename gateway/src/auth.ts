import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { callerFromClaims, unauthenticated, type Caller } from '../../packages/kit/src';

export interface TokenSettings {
  /** HS256 shared secret; or */
  secret?: string;
  /** a JWKS URL whose keys sign the tokens (RS256, ES256...). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/**
 * Verifies `Authorization: Bearer <jwt>`: signature, expiry, issuer and audience (jose).
 * Claims: `sub`, `role` ("customer" or "staff"), for customers `account_id` and `account_role`
 * ("owner" by default, or "member"), for staff `staff_role` ("support" by default, "compliance",
 * "billing", "admin"); the kit's role table (`callerFromClaims`) turns them into permissions.
 */
export function createTokenVerifier(settings: TokenSettings): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : new TextEncoder().encode(settings.secret ?? '');
  if (!settings.jwksUrl && !settings.secret) throw new Error('Either a JWT secret or a JWKS URL is required.');
  const algorithms = settings.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'];

  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '');
    if (!match) throw unauthenticated();
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1]!, key as Uint8Array, { issuer: settings.issuer, audience: settings.audience, algorithms }));
    } catch {
      throw unauthenticated('The bearer token is invalid or expired.');
    }
    const caller = callerFromClaims(payload);
    if (!caller) throw unauthenticated('The bearer token lacks a subject, role or account, or names a role we do not know.');
    return caller;
  };
}
