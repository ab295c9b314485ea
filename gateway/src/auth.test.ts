import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { captureLogs, generateSigningKeyPair } from '../../packages/kit/src';
import { CLOCK_TOLERANCE_SECONDS, createTokenVerifier, DEFAULT_JWT_MAX_AGE_SECONDS, type TokenSettings } from './auth';
import { parseDurationSeconds } from './config';
import { startGateway } from './gateway';

const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;

interface Claims {
  iat?: number | null;
  exp?: number | null;
}

/** A token as an identity provider would sign it; `iat`/`exp` null leave the claim out. */
async function sign(key: Uint8Array | KeyLike, settings: TokenSettings, { iat = now(), exp = now() + 5 * 60 }: Claims = {}, alg = 'HS256'): Promise<string> {
  const jwt = new SignJWT({ role: 'customer', account_id: 'account-1' })
    .setProtectedHeader({ alg, kid: 'k1' })
    .setSubject('user-1')
    .setIssuer(settings.issuer)
    .setAudience(settings.audience);
  if (iat !== null) jwt.setIssuedAt(iat);
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(key);
}

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return String((error as { extensions?: { code?: unknown } }).extensions?.code);
  }
};

describe('token claims (HS256)', () => {
  const secret = randomBytes(32).toString('hex');
  const settings: TokenSettings = { secret, issuer: 'test-issuer', audience: 'customer-area-api' };
  const key = new TextEncoder().encode(secret);
  const verify = createTokenVerifier(settings);
  const check = async (claims: Claims, verifier = verify) => codeOf(verifier(`Bearer ${await sign(key, settings, claims)}`));

  it('accepts a token with exp and iat within the limits', async () => {
    expect(await check({})).toBe('accepted');
  });

  it('requires exp', async () => {
    expect(await check({ exp: null })).toBe('UNAUTHENTICATED');
  });

  it('requires iat', async () => {
    expect(await check({ iat: null })).toBe('UNAUTHENTICATED');
  });

  it(`refuses iat in the future beyond the clock tolerance (${CLOCK_TOLERANCE_SECONDS} s), accepts it within`, async () => {
    expect(await check({ iat: now() + 5 * 60, exp: now() + 10 * 60 })).toBe('UNAUTHENTICATED');
    expect(await check({ iat: now() + CLOCK_TOLERANCE_SECONDS / 3 })).toBe('accepted');
  });

  it('allows the clock tolerance on exp too, and no more', async () => {
    expect(await check({ iat: now() - 60, exp: now() - CLOCK_TOLERANCE_SECONDS / 3 })).toBe('accepted');
    expect(await check({ iat: now() - 120, exp: now() - CLOCK_TOLERANCE_SECONDS * 2 })).toBe('UNAUTHENTICATED');
  });

  it('refuses a token whose lifetime (exp - iat) exceeds JWT_MAX_AGE (24 h by default)', async () => {
    expect(DEFAULT_JWT_MAX_AGE_SECONDS).toBe(24 * HOUR);
    expect(await check({ exp: now() + 23 * HOUR })).toBe('accepted');
    expect(await check({ exp: now() + 25 * HOUR })).toBe('UNAUTHENTICATED');
    expect(await check({ exp: now() + 100 * 365 * 24 * HOUR })).toBe('UNAUTHENTICATED');
    const oneHour = createTokenVerifier({ ...settings, maxAgeSeconds: HOUR });
    expect(await check({ exp: now() + 30 * 60 }, oneHour)).toBe('accepted');
    expect(await check({ exp: now() + 2 * HOUR }, oneHour)).toBe('UNAUTHENTICATED');
  });

  it('reads JWT_MAX_AGE in seconds or with a unit', () => {
    expect(parseDurationSeconds('24h')).toBe(86400);
    expect(parseDurationSeconds('90')).toBe(90);
    expect(parseDurationSeconds('30m')).toBe(1800);
    expect(parseDurationSeconds('7d')).toBe(7 * 86400);
    expect(() => parseDurationSeconds('forever')).toThrow();
    expect(() => parseDurationSeconds('0')).toThrow();
  });
});

describe('tokens of a JWKS issuer', () => {
  let server: Server;
  let jwksUrl: string;
  let keySetAnswers: 'keys' | 'error' = 'keys';
  let privateKey: KeyLike;
  let jwks: unknown;
  const settingsFor = (url: string): TokenSettings => ({ jwksUrl: url, issuer: 'idp', audience: 'customer-area-api' });

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] };
    server = createServer((_req, res) => {
      if (keySetAnswers === 'error') {
        res.writeHead(500).end('down');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('accepts a token signed with a published key', async () => {
    keySetAnswers = 'keys';
    const settings = settingsFor(jwksUrl);
    expect(await codeOf(createTokenVerifier(settings)(`Bearer ${await sign(privateKey, settings, {}, 'ES256')}`))).toBe('accepted');
  });

  it('answers 401 to a token signed with another key while the key set is fine', async () => {
    keySetAnswers = 'keys';
    const settings = settingsFor(jwksUrl);
    const other = await generateKeyPair('ES256');
    expect(await codeOf(createTokenVerifier(settings)(`Bearer ${await sign(other.privateKey, settings, {}, 'ES256')}`))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['answers 500', () => jwksUrl],
    ['is unreachable', () => 'http://127.0.0.1:9/jwks.json'],
  ])('answers 503 AUTHENTICATION_UNAVAILABLE when the key set %s, and logs it without the token', async (_name, url) => {
    keySetAnswers = 'error';
    const settings = settingsFor(url());
    const token = await sign(privateKey, settings, {}, 'ES256');
    const logs = captureLogs();
    let error: { extensions?: Record<string, unknown> } | undefined;
    try {
      await createTokenVerifier(settings)(`Bearer ${token}`);
    } catch (caught) {
      error = caught as typeof error;
    } finally {
      logs.stop();
    }
    expect(error?.extensions).toMatchObject({ code: 'AUTHENTICATION_UNAVAILABLE', http: { status: 503 } });
    expect(logs.lines.some((line) => line.includes('JWKS unavailable'))).toBe(true);
    for (const part of token.split('.')) expect(logs.lines.join('\n')).not.toContain(part);
  });

  it('makes the gateway answer HTTP 503 (not 401) while the key set cannot be fetched', async () => {
    keySetAnswers = 'error';
    const settings = settingsFor(jwksUrl);
    const gateway = await startGateway(
      {
        supergraphSdl: readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'),
        subgraphUrls: {},
        publicRoutes: [],
        verifyToken: createTokenVerifier(settings),
        signingKey: generateSigningKeyPair().privateJwk,
        subgraphTimeoutMs: 1000,
        production: true,
      },
      0,
    );
    try {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await sign(privateKey, settings, {}, 'ES256')}` },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('AUTHENTICATION_UNAVAILABLE');
    } finally {
      await gateway.close();
    }
  });
});
