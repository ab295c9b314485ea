import { cleanEnv, host, num, port, str, url } from 'envalid';
import { developmentSecret, internalSecret } from '../../packages/kit/src';
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
    TRUSTED_DOCUMENTS: str({ default: '', desc: 'Path of a trusted-documents manifest (codegen\'s persisted-documents.json): only its operations run.' }),
    SUBGRAPH_TIMEOUT_MS: num({ default: 5000, desc: 'Longest wait for one subgraph call.' }),
    JWT_SECRET: str({ default: '', desc: 'HS256 secret of customer tokens (or set JWKS_URL).' }),
    JWKS_URL: str({ default: '', desc: 'JWKS endpoint of the identity provider (RS256/ES256 tokens).' }),
    JWT_ISSUER: str({ default: 'customer-area-dev', desc: 'Expected `iss` claim.' }),
    JWT_AUDIENCE: str({ default: 'customer-area-api', desc: 'Expected `aud` claim.' }),
    DEV_SECRET_FILE: str({ default: 'data/dev-jwt-secret', desc: 'Where a development secret is kept when JWT_SECRET is unset.' }),
    INTERNAL_JWT_SECRET: str({ default: '', desc: 'Secret the gateway signs subgraph credentials with (32+ characters).' }),
    DEV_INTERNAL_SECRET_FILE: str({ default: 'data/dev-internal-secret', desc: 'Where a development internal secret is kept when INTERNAL_JWT_SECRET is unset.' }),
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
  return { ...raw, production, tokens, subgraphUrls, internalSecret: internalSecret(raw) };
}
