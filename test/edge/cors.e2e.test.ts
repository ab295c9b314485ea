import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createTokenVerifier, type TokenSettings } from '../../gateway/src/auth';
import { PREFLIGHT_MAX_AGE_SECONDS } from '../../gateway/src/cors';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway';
import { mintToken } from '../../gateway/src/tokens';
import { generateSigningKeyPair } from '../../packages/kit/src';
import { SUPERGRAPH_PATH } from '../support/stack';

const APP = 'https://app.customer-area.example';
const OTHER = 'https://evil.example';
const DEAD = 'http://127.0.0.1:9/graphql';

/** CORS needs no subgraph: `{ __typename }` is answered by the gateway itself. */
describe('CORS for the listed origins only', () => {
  let gateway: RunningGateway;
  let unconfigured: RunningGateway;
  let token = '';
  const settings: TokenSettings = { secret: randomBytes(32).toString('hex'), issuer: 'test-issuer', audience: 'customer-area-api' };
  const start = (corsOrigins?: string[]) =>
    startGateway(
      {
        supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
        subgraphUrls: { billing: DEAD, telephony: DEAD, numbering: DEAD, compliance: DEAD },
        verifyToken: createTokenVerifier(settings),
        signingKey: generateSigningKeyPair().privateJwk,
        subgraphTimeoutMs: 1000,
        production: false,
        corsOrigins,
      },
      0,
    );

  beforeAll(async () => {
    gateway = await start([APP, 'http://localhost:5173']);
    unconfigured = await start();
    token = await mintToken(settings, { subject: 'user-1', role: 'CUSTOMER', accountId: 'account-1' });
  });
  afterAll(async () => {
    await gateway?.close();
    await unconfigured?.close();
  });

  const preflight = (origin: string, target = gateway) =>
    fetch(target.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,apollo-require-preflight' },
    });
  const post = (origin: string, target = gateway) =>
    fetch(target.url, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('grants a listed origin the headers our clients send, with preflight caching', async () => {
    const response = await preflight(APP);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(['authorization', 'content-type', 'apollo-require-preflight']);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-max-age')).toBe(String(PREFLIGHT_MAX_AGE_SECONDS));
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/origin/i);

    const actual = await post(APP);
    expect(actual.status).toBe(200);
    expect(await actual.json()).toEqual({ data: { __typename: 'Query' } });
    expect(actual.headers.get('access-control-allow-origin')).toBe(APP);
    expect(actual.headers.get('access-control-expose-headers')).toBe('retry-after,x-request-id');
  });

  it('gives any other origin no grant at all (the browser keeps the response from the script)', async () => {
    for (const origin of [OTHER, `${APP}.evil.example`, 'http://app.customer-area.example', 'null']) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const actual = await post(origin);
      expect(actual.headers.get('access-control-allow-origin')).toBeNull();
      expect(actual.headers.get('vary')).toMatch(/origin/i);
    }
  });

  it('grants nothing when no origin is configured (the default)', async () => {
    expect((await preflight(APP, unconfigured)).headers.get('access-control-allow-origin')).toBeNull();
    const actual = await post(APP, unconfigured);
    expect(actual.status).toBe(200);
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
  });
});
