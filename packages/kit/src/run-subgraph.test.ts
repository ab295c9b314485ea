import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallerCredentialSigner } from './caller-credentials';
import { generateSigningKeyPair, joinKeySets } from './keys';
import { callerFor } from './roles';
import { subgraphConfig, subgraphCredentials } from './run-subgraph';

const definition = { name: 'telephony', defaultPort: 4002, peers: { billing: 'http://127.0.0.1:4001/graphql', numbering: 'http://127.0.0.1:4003/graphql' } };

describe('subgraphConfig', () => {
  it('defaults to the local layout, peers included', () => {
    const config = subgraphConfig({}, definition);
    expect(config).toMatchObject({ PORT: 4002, DATABASE_URL: 'sqlite:data/telephony.sqlite', PEER_TIMEOUT_MS: 2000, peers: definition.peers });
  });

  it('reads each peer from <NAME>_URL, the variables the gateway reads too', () => {
    const config = subgraphConfig({ BILLING_URL: 'http://billing:4001/graphql', PEER_TIMEOUT_MS: '750' }, definition);
    expect(config.peers).toEqual({ billing: 'http://billing:4001/graphql', numbering: 'http://127.0.0.1:4003/graphql' });
    expect(config.PEER_TIMEOUT_MS).toBe(750);
  });

  it('has no peers for a subgraph that declares none', () => {
    expect(subgraphConfig({}, { name: 'billing', defaultPort: 4001 }).peers).toEqual({});
  });
});

describe('production defaults', () => {
  const production = { NODE_ENV: 'production' };
  const numbering = { name: 'numbering', defaultPort: 4003, serviceAccess: { telephony: { endpoints: ['/events'] } } };

  it('seeds the demo accounts outside production only, unless told', () => {
    expect(subgraphConfig({}, definition).SEED_DEMO).toBe(true);
    expect(subgraphConfig(production, definition).SEED_DEMO).toBe(false);
    expect(subgraphConfig({ ...production, SEED_DEMO: 'true' }, definition).SEED_DEMO).toBe(true);
  });

  it('needs every key configured in production, and makes none up', () => {
    const gateway = generateSigningKeyPair();
    const own = generateSigningKeyPair();
    const telephony = generateSigningKeyPair();
    const full = {
      ...production,
      GATEWAY_PUBLIC_KEYS: JSON.stringify(gateway.publicJwks),
      SERVICE_SIGNING_KEY: JSON.stringify(own.privateJwk),
      TELEPHONY_SERVICE_PUBLIC_KEYS: JSON.stringify(telephony.publicJwks),
    };
    expect(() => subgraphCredentials('numbering', subgraphConfig(full, numbering))).not.toThrow();
    for (const missing of ['GATEWAY_PUBLIC_KEYS', 'SERVICE_SIGNING_KEY', 'TELEPHONY_SERVICE_PUBLIC_KEYS']) {
      const env: Record<string, string> = { ...full, DEV_KEYS_DIR: '/nonexistent/keys' };
      delete env[missing];
      expect(() => subgraphCredentials('numbering', subgraphConfig(env, numbering))).toThrow(`Production needs ${missing}.`);
    }
  });

  it('rotates through configuration: two gateway public keys valid at once', async () => {
    const old = generateSigningKeyPair();
    const next = generateSigningKeyPair();
    const caller = callerFor({ subject: 'u', role: 'CUSTOMER', accountId: 'a1' });
    const [oldToken, newToken] = await Promise.all([old, next].map((pair) => new CallerCredentialSigner(pair.privateJwk).sign(caller, ['billing'])));
    const own = JSON.stringify(generateSigningKeyPair().privateJwk);
    const billing = { name: 'billing', defaultPort: 4001 };
    const during = subgraphCredentials(
      'billing',
      subgraphConfig({ ...production, SERVICE_SIGNING_KEY: own, GATEWAY_PUBLIC_KEYS: JSON.stringify(joinKeySets(old.publicJwks, next.publicJwks)) }, billing),
    );
    expect([await during.callers.verify(oldToken), await during.callers.verify(newToken)]).toEqual([caller, caller]);
    const after = subgraphCredentials(
      'billing',
      subgraphConfig({ ...production, SERVICE_SIGNING_KEY: own, GATEWAY_PUBLIC_KEYS: JSON.stringify(next.publicJwks) }, billing),
    );
    expect([await after.callers.verify(oldToken), await after.callers.verify(newToken)]).toEqual([null, caller]);
  });

  it('outside production, generates each key pair once into DEV_KEYS_DIR, shared by the local processes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-keys-'));
    try {
      const env = { DEV_KEYS_DIR: dir };
      // numbering starts first and reads telephony's public keys: the pair is made then, and telephony's process uses it.
      const numberingKeys = subgraphCredentials('numbering', subgraphConfig(env, numbering));
      const telephonyKeys = subgraphCredentials('telephony', subgraphConfig(env, definition));
      expect(await numberingKeys.service.verify(await telephonyKeys.service.sign('numbering'))).toBe('telephony');
      expect(readdirSync(dir).sort()).toEqual(['gateway', 'numbering', 'telephony']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('docker-compose.yml defaults SEED_DEMO to nothing (off), and carries no shared secret', () => {
    const compose = readFileSync(join(__dirname, '..', '..', '..', 'docker-compose.yml'), 'utf8');
    expect(compose).not.toMatch(/SEED_DEMO:\s*\$\{SEED_DEMO:-true\}/);
    expect(compose).not.toContain('INTERNAL_JWT_SECRET');
    expect(compose).toContain('NODE_ENV: production');
  });
});
