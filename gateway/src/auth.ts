import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { authenticationUnavailable, callerFromClaims, log, unauthenticated, type Caller } from '../../packages/kit/src';

export interface TokenSettings {
  /** HS256 shared secret; or */
  secret?: string;
  /** a JWKS URL whose keys sign the tokens (RS256, ES256...). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** Longest lifetime a token may have (`exp - iat`), in seconds; JWT_MAX_AGE, 24 h by default. */
  maxAgeSeconds?: number;
}

/** JWT_MAX_AGE's default: a day, the longest session a customer-area token may open. */
export const DEFAULT_JWT_MAX_AGE_SECONDS = 24 * 60 * 60;

/**
 * Clock skew allowed between the token issuer and the gateway, on `exp`, `nbf` and `iat`
 * (seconds). Small: just enough for clocks kept by NTP.
 */
export const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * jose error codes of a key set that could not be fetched or read (timeout, not 200, not JSON,
 * not a key set). Anything without a jose code (connection refused, DNS) is that too.
 */
const KEY_SET_UNAVAILABLE = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JOSE_GENERIC', 'ERR_JWKS_INVALID']);
const keySetUnavailable = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code !== 'string' || !code.startsWith('ERR_J') || KEY_SET_UNAVAILABLE.has(code);
};

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

/**
 * Verifies `Authorization: Bearer <jwt>`: signature, issuer, audience (jose); `exp` and `iat`
 * required, `iat` not in the future and `exp - iat` at most `maxAgeSeconds`, each with
 * CLOCK_TOLERANCE_SECONDS of skew. A token that fails any of these is 401 UNAUTHENTICATED; a JWKS
 * that cannot be fetched is logged (never the token) and answered 503 AUTHENTICATION_UNAVAILABLE,
 * since the token may well be valid.
 * Claims: `sub`, `role` ("customer" or "staff"), for customers `account_id` and `account_role`
 * ("owner" by default, or "member"), for staff `staff_role` ("support" by default, "compliance",
 * "billing", "admin"); the kit's role table (`callerFromClaims`) turns them into permissions.
 */
export function createTokenVerifier(settings: TokenSettings): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : new TextEncoder().encode(settings.secret ?? '');
  if (!settings.jwksUrl && !settings.secret) throw new Error('Either a JWT secret or a JWKS URL is required.');
  const algorithms = settings.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'];
  const maxAge = settings.maxAgeSeconds ?? DEFAULT_JWT_MAX_AGE_SECONDS;

  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '');
    if (!match) throw unauthenticated();
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1]!, key as Uint8Array, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms,
        requiredClaims: ['exp', 'iat'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        // Also refuses an `iat` in the future (beyond the tolerance).
        maxTokenAge: maxAge,
      }));
    } catch (error) {
      if (settings.jwksUrl && keySetUnavailable(error)) {
        log({
          level: 'error',
          msg: 'JWKS unavailable: tokens cannot be verified',
          jwksUrl: settings.jwksUrl,
          error: error instanceof Error ? error.message : String(error),
        });
        throw authenticationUnavailable();
      }
      throw unauthenticated('The bearer token is invalid or expired.');
    }
    // jose checks each claim alone; a token may not be valid for longer than JWT_MAX_AGE.
    if (payload.exp! - payload.iat! > maxAge) throw unauthenticated(`The bearer token is valid for longer than ${maxAge} seconds (exp - iat).`);
    const caller = callerFromClaims(payload);
    if (!caller) throw unauthenticated('The bearer token lacks a subject, role or account, or names a role we do not know.');
    return caller;
  };
}
