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
