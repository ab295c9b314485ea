import { SignJWT } from 'jose';
import type { Caller } from '../../packages/kit/src';
import type { TokenSettings } from './auth';

/** Signs an HS256 token the gateway accepts: for the token command and for tests. */
export function mintToken(settings: TokenSettings, caller: Caller, expiresIn = '12h'): Promise<string> {
  if (!settings.secret) throw new Error('Minting needs the HS256 secret (JWT_SECRET); tokens of a JWKS issuer come from that issuer.');
  return new SignJWT({ role: caller.role.toLowerCase(), ...(caller.accountId ? { account_id: caller.accountId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(settings.secret));
}
