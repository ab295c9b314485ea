import { cleanEnv, host, num, port, str, url } from 'envalid';
import { developmentPrivateKey, developmentSecret, parsePrivateJwk, shutdownVariables } from '../../packages/kit/src';
import { DEFAULT_JWT_MAX_AGE_SECONDS, type TokenSettings } from './auth';

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "86400", "90s", "30m", "24h" or "7d", in seconds. */
export function parseDurationSeconds(text: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  if (!match || Number(match[1]) <= 0) throw new Error(`Not a duration: "${text}" (use seconds, or a number with s, m, h or d).`);
  return Number(match[1]) * DURATION_UNITS[match[2] || 's']!;
}

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
    TRUSTED_DOCUMENTS: str({ default: '', desc: "Path of a trusted-documents manifest (codegen's persisted-documents.json): only its operations run." }),
    SUBGRAPH_TIMEOUT_MS: num({ default: 5000, desc: 'Longest wait for one subgraph call.' }),
    JWT_SECRET: str({ default: '', desc: 'HS256 secret of customer tokens (or set JWKS_URL).' }),
    JWKS_URL: str({ default: '', desc: 'JWKS endpoint of the identity provider (RS256/ES256 tokens).' }),
    JWT_ISSUER: str({ default: 'customer-area-dev', desc: 'Expected `iss` claim.' }),
    JWT_AUDIENCE: str({ default: 'customer-area-api', desc: 'Expected `aud` claim.' }),
    JWT_MAX_AGE: str({ default: `${DEFAULT_JWT_MAX_AGE_SECONDS / 3600}h`, desc: 'Longest lifetime (exp - iat) a token may have: seconds, or 30m, 24h, 7d.' }),
    DEV_SECRET_FILE: str({ default: 'data/dev-jwt-secret', desc: 'Where a development secret is kept when JWT_SECRET is unset.' }),
    GATEWAY_SIGNING_KEY: str({ default: '', desc: "The gateway's private key (one Ed25519 JWK) that signs the caller credentials subgraphs check." }),
    DEV_KEYS_DIR: str({ default: 'data/keys', desc: 'Where development key pairs are generated when keys are not configured (never in production).' }),
    RATE_LIMIT_POINTS: num({
      default: 60_000,
      desc: 'Cost points one caller may spend per window (a request spends its cost, at least 1); 0 turns rate limiting off.',
    }),
    RATE_LIMIT_WINDOW_S: num({ default: 60, desc: 'Length of the rate-limit window, in seconds.' }),
    REDIS_URL: str({ default: '', desc: 'Redis shared by the gateway replicas for the rate-limit counts; in memory when unset.' }),
    RATE_LIMIT_KEY_PREFIX: str({ default: 'customer-area:rate', desc: 'Prefix of the rate-limit keys in Redis.' }),
    CORS_ORIGINS: str({ default: '', desc: 'Comma-separated origins of our web apps allowed to call the API from a browser.' }),
    ...shutdownVariables,
  });
  const production = raw.NODE_ENV === 'production';
  if (production && !raw.JWT_SECRET && !raw.JWKS_URL) throw new Error('Production needs JWT_SECRET or JWKS_URL.');
  if (production && !raw.GATEWAY_SIGNING_KEY) throw new Error('Production needs GATEWAY_SIGNING_KEY.');
  const signingKey = raw.GATEWAY_SIGNING_KEY
    ? parsePrivateJwk(raw.GATEWAY_SIGNING_KEY, 'GATEWAY_SIGNING_KEY')
    : developmentPrivateKey(raw.DEV_KEYS_DIR, 'gateway');
  const tokens: TokenSettings = {
    secret: raw.JWKS_URL ? undefined : raw.JWT_SECRET || developmentSecret(raw.DEV_SECRET_FILE),
    jwksUrl: raw.JWKS_URL || undefined,
    issuer: raw.JWT_ISSUER,
    audience: raw.JWT_AUDIENCE,
    maxAgeSeconds: parseDurationSeconds(raw.JWT_MAX_AGE),
  };
  const subgraphUrls = Object.fromEntries(Object.entries(SUBGRAPH_URL_VARIABLES).map(([name, variable]) => [name, raw[variable]]));
  // 0 turns the limiter off (an ingress limits instead, or the benchmark measures without it).
  const rateLimit =
    raw.RATE_LIMIT_POINTS > 0
      ? { points: raw.RATE_LIMIT_POINTS, windowSeconds: raw.RATE_LIMIT_WINDOW_S, redisUrl: raw.REDIS_URL || undefined, keyPrefix: raw.RATE_LIMIT_KEY_PREFIX }
      : undefined;
  const corsOrigins = raw.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (new URL(origin).origin !== origin) throw new Error(`CORS_ORIGINS: ${origin} is not an origin (scheme://host[:port], no path or slash).`);
  }
  return { ...raw, production, tokens, subgraphUrls, rateLimit, corsOrigins, signingKey };
}
