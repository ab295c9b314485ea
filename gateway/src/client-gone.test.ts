import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { generateSigningKeyPair, type Listening } from '../../packages/kit/src';
import { createTokenVerifier, type TokenSettings } from './auth';
import { startGateway } from './gateway';
import { mintToken } from './tokens';

/**
 * When the client goes away, the gateway aborts the subgraph calls still running, so the subgraph
 * sees its connection close (and its request budget stops the work) long before the gateway's
 * own timeout would have ended the call.
 */
describe('a client that goes away', () => {
  let subgraph: Server;
  let gateway: Listening;
  let requestArrived: () => void;
  let arrived: Promise<void>;
  let connectionClosedAt: number | null = null;
  const tokens: TokenSettings = { secret: randomBytes(32).toString('hex'), issuer: 'test', audience: 'customer-area-api' };

  beforeAll(async () => {
    arrived = new Promise((resolve) => (requestArrived = resolve));
    // A subgraph that never answers: it only notes when its caller hangs up.
    subgraph = createServer((_req, res) => {
      res.once('close', () => (connectionClosedAt = Date.now()));
      requestArrived();
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    gateway = await startGateway(
      {
        supergraphSdl: readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8'),
        subgraphUrls: { billing: url, telephony: url, numbering: url, compliance: url },
        verifyToken: createTokenVerifier(tokens),
        signingKey: generateSigningKeyPair().privateJwk,
        subgraphTimeoutMs: 20_000,
        production: true,
      },
      0,
    );
  });
  afterAll(async () => {
    await gateway?.close();
    subgraph?.closeAllConnections();
    await new Promise<void>((resolve) => subgraph.close(() => resolve()));
  });

  it("closes the subgraph call's connection at once, not at the gateway's timeout", async () => {
    const client = new AbortController();
    const token = await mintToken(tokens, { subject: 'user-1', role: 'CUSTOMER', accountId: 'account-1' });
    const sent = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
      signal: client.signal,
    }).catch(() => 'aborted');
    await arrived;
    const abortedAt = Date.now();
    client.abort();
    expect(await sent).toBe('aborted');
    for (let i = 0; i < 100 && connectionClosedAt === null; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(connectionClosedAt).not.toBeNull();
    // Far below the 20 s timeout; generous for a loaded machine.
    expect(connectionClosedAt! - abortedAt).toBeLessThan(5_000);
  });
});
