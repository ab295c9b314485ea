import {
  callerFor,
  CallerCredentialSigner,
  CallerCredentialVerifier,
  closedCredentials,
  generateSigningKeyPair,
  openSubgraph,
  serveSubgraph,
  subgraphConfig,
  type Subgraph,
} from '../packages/kit/src';
import { billing } from '../subgraphs/billing/src/subgraph';
import { scratchDatabase } from './support/database';

/** GET /stats exists for the benchmark only: absent by default, a bare statement count when asked for. */
describe('the statement count route of a subgraph', () => {
  let subgraph: Subgraph<any>;
  let drop: () => Promise<void>;
  const gatewayKeys = generateSigningKeyPair();

  beforeAll(async () => {
    const scratch = await scratchDatabase('stats_billing');
    drop = scratch.drop;
    subgraph = await openSubgraph(billing as never, {
      databaseUrl: scratch.url,
      credentials: { ...closedCredentials('billing'), callers: new CallerCredentialVerifier(gatewayKeys.publicJwks, 'billing') },
    });
  });
  afterAll(async () => {
    await subgraph?.dispose();
    await drop?.();
  });

  it('is off unless BENCH_STATS is set', async () => {
    expect(subgraphConfig({}, billing).BENCH_STATS).toBe(false);
    expect(subgraphConfig({ BENCH_STATS: '1' }, billing).BENCH_STATS).toBe(true);
    const server = await serveSubgraph(subgraph, { port: 0 });
    try {
      const response = await fetch(server.url.replace(/\/graphql$/, '/stats'));
      expect(response.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('returns only the number of statements run so far', async () => {
    const server = await serveSubgraph(subgraph, { port: 0, exposeStatementCount: true });
    try {
      const before = await (await fetch(server.url.replace(/\/graphql$/, '/stats'))).json();
      await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await new CallerCredentialSigner(gatewayKeys.privateJwk).sign(callerFor({ subject: 'staff-1', role: 'STAFF' }), ['billing'])}`,
        },
        body: JSON.stringify({ query: '{ plans { id } }' }),
      });
      const after = await (await fetch(server.url.replace(/\/graphql$/, '/stats'))).json();
      expect(Object.keys(after)).toEqual(['statements']);
      expect(after.statements).toBeGreaterThan(before.statements);
    } finally {
      await server.close();
    }
  });
});
