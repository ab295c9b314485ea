import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { cleanEnv, host, num, port, str, url } from 'envalid';
import type { TokenSettings } from './auth';

const SUBGRAPH_URL_VARIABLES = {
  billing: 'BILLING_URL',
  telephony: 'TELEPHONY_URL',
  numbering: 'NUMBERING_URL',
  compliance: 'COMPLIANCE_URL',
} as const;

/** Parsed once at start; the defaults are the local embedded layout, so no `.env` is needed. */
export function gatewayConfig(env: NodeJS.ProcessEnv) {
  const raw = cleanEnv(env, {
    PORT: port({ default: 4000, desc: 'Port the gateway listens on.' }),
    HOST: host({ default: '127.0.0.1', desc: 'Interface to bind; 0.0.0.0 in containers.' }),
    NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
    SUPERGRAPH_PATH: str({ default: 'schema/supergraph.graphql', desc: 'The committed, composed supergraph.' }),
    BILLING_URL: url({ default: 'http://127.0.0.1:4001/graphql' }),
    TELEPHONY_URL: url({ default: 'http://127.0.0.1:4002/graphql' }),
    NUMBERING_URL: url({ default: 'http://127.0.0.1:4003/graphql' }),
    COMPLIANCE_URL: url({ default: 'http://127.0.0.1:4004/graphql' }),
    SUBGRAPH_TIMEOUT_MS: num({ default: 5000, desc: 'Longest wait for one subgraph call.' }),
    JWT_SECRET: str({ default: '', desc: 'HS256 secret of customer tokens (or set JWKS_URL).' }),
    JWKS_URL: str({ default: '', desc: 'JWKS endpoint of the identity provider (RS256/ES256 tokens).' }),
    JWT_ISSUER: str({ default: 'customer-area-dev', desc: 'Expected `iss` claim.' }),
    JWT_AUDIENCE: str({ default: 'customer-area-api', desc: 'Expected `aud` claim.' }),
    DEV_SECRET_FILE: str({ default: 'data/dev-jwt-secret', desc: 'Where a development secret is kept when JWT_SECRET is unset.' }),
  });
  const production = raw.NODE_ENV === 'production';
  if (production && !raw.JWT_SECRET && !raw.JWKS_URL) throw new Error('Production needs JWT_SECRET or JWKS_URL.');
  const tokens: TokenSettings = {
    secret: raw.JWKS_URL ? undefined : raw.JWT_SECRET || developmentSecret(raw.DEV_SECRET_FILE),
    jwksUrl: raw.JWKS_URL || undefined,
    issuer: raw.JWT_ISSUER,
    audience: raw.JWT_AUDIENCE,
  };
  const subgraphUrls = Object.fromEntries(Object.entries(SUBGRAPH_URL_VARIABLES).map(([name, variable]) => [name, raw[variable]]));
  return { ...raw, production, tokens, subgraphUrls };
}

/**
 * Outside production, with no secret configured, the gateway and `npm run token` share a random
 * secret kept in the data folder: nothing secret is committed and a newcomer needs no setup.
 */
function developmentSecret(file: string): string {
  const path = resolve(file);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(path, 'utf8').trim();
}
