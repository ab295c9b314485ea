import { SignJWT } from 'jose';
import { claimsFor, type TokenIdentity } from '../../packages/kit/src';
import type { TokenSettings } from './auth';

/**
 * Signs an HS256 token the gateway accepts: for the token command and for tests. Its role claims
 * (`role`, `account_id`, `account_role`, `staff_role`) are the ones the role table reads.
 */
export function mintToken(settings: TokenSettings, identity: TokenIdentity, expiresIn = '12h'): Promise<string> {
  if (!settings.secret) throw new Error('Minting needs the HS256 secret (JWT_SECRET); tokens of a JWKS issuer come from that issuer.');
  const { sub, ...claims } = claimsFor(identity);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub!)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(settings.secret));
}
