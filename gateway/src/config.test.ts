import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPair } from '../../packages/kit/src';
import { gatewayConfig } from './config';

describe('gateway configuration of its signing key', () => {
  it('needs GATEWAY_SIGNING_KEY in production, and reads it from there', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(() => gatewayConfig(production)).toThrow('Production needs GATEWAY_SIGNING_KEY.');
    const pair = generateSigningKeyPair();
    expect(gatewayConfig({ ...production, GATEWAY_SIGNING_KEY: JSON.stringify(pair.privateJwk) }).signingKey).toEqual(pair.privateJwk);
    expect(() => gatewayConfig({ ...production, GATEWAY_SIGNING_KEY: 'a shared secret' })).toThrow(/GATEWAY_SIGNING_KEY is not JSON/);
  });

  it('generates a development pair on first start, outside production', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-keys-'));
    try {
      const first = gatewayConfig({ DEV_KEYS_DIR: dir, JWT_SECRET: 'x'.repeat(40) }).signingKey;
      expect(first.kty).toBe('OKP');
      expect(gatewayConfig({ DEV_KEYS_DIR: dir, JWT_SECRET: 'x'.repeat(40) }).signingKey).toEqual(first);
      expect(readdirSync(join(dir, 'gateway')).sort()).toEqual(['private.jwk.json', 'public.jwks.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const secrets = { JWT_SECRET: 'x'.repeat(32), GATEWAY_SIGNING_KEY: JSON.stringify(generateSigningKeyPair().privateJwk) };

describe('gatewayConfig: the edge settings', () => {
  it('rate-limits in memory by default, in Redis with REDIS_URL, and not at all with 0 points', () => {
    expect(gatewayConfig(secrets).rateLimit).toEqual({ points: 60_000, windowSeconds: 60, redisUrl: undefined, keyPrefix: 'customer-area:rate' });
    expect(gatewayConfig({ ...secrets, REDIS_URL: 'redis://cache:6379', RATE_LIMIT_POINTS: '500' }).rateLimit).toMatchObject({
      points: 500,
      redisUrl: 'redis://cache:6379',
    });
    expect(gatewayConfig({ ...secrets, RATE_LIMIT_POINTS: '0' }).rateLimit).toBeUndefined();
  });

  it('reads CORS_ORIGINS as a list of exact origins (none by default)', () => {
    expect(gatewayConfig(secrets).corsOrigins).toEqual([]);
    expect(gatewayConfig({ ...secrets, CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(() => gatewayConfig({ ...secrets, CORS_ORIGINS: 'https://app.example.com/' })).toThrow(/not an origin/);
    expect(() => gatewayConfig({ ...secrets, CORS_ORIGINS: 'app.example.com' })).toThrow();
  });

  it('has a shutdown grace period and no drain delay by default', () => {
    expect(gatewayConfig(secrets)).toMatchObject({ SHUTDOWN_GRACE_MS: 10_000, SHUTDOWN_DELAY_MS: 0 });
  });
});
