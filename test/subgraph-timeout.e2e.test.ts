import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTokenVerifier, type TokenSettings } from '../gateway/src/auth';
import { startGateway } from '../gateway/src/gateway';
import { mintToken } from '../gateway/src/tokens';
import type { Listening } from '../packages/kit/src';

/** A subgraph that accepts the request and never answers costs SUBGRAPH_TIMEOUT_MS, not a hung client. */
describe('a subgraph that hangs', () => {
  let hung: Server;
  let gateway: Listening;
  const settings: TokenSettings = { secret: randomBytes(32).toString('hex'), issuer: 'test-issuer', audience: 'customer-area-api' };

  beforeAll(async () => {
    hung = createServer(() => undefined); // reads nothing, answers nothing
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(hung.address() as AddressInfo).port}/graphql`;
    gateway = await startGateway(
      {
        supergraphSdl: readFileSync(join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8'),
        subgraphUrls: { billing: url, telephony: url, numbering: url, compliance: url },
        verifyToken: createTokenVerifier(settings),
        subgraphTimeoutMs: 300,
        production: false,
      },
      0,
    );
  });
  afterAll(async () => {
    await gateway?.close();
    hung?.closeAllConnections();
    await new Promise((resolve) => hung?.close(resolve));
  });

  it('gives SUBGRAPH_UNAVAILABLE once the timeout has passed', async () => {
    const token = await mintToken(settings, { subject: 'staff-1', role: 'STAFF', accountId: null });
    const started = performance.now();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    const elapsed = performance.now() - started;
    const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'billing' });
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(3000);
  });
});
