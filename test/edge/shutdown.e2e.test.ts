import { randomBytes } from 'node:crypto';
import { Extension } from '../../subgraphs/telephony/src/extension/extension.entity';
import { GATEWAY_MAIN, startChild, subgraphMain, untilRefused, type ChildService } from '../support/child-service';
import { HeldProxy } from '../support/held-proxy';
import { makeFixture, postGraphQL, Stack, SUPERGRAPH_PATH } from '../support/stack';

/** Called on telephony itself: the fields telephony owns. */
const CREATE_EXTENSION_HERE = /* GraphQL */ `
  mutation Create($input: CreateExtensionInput!) {
    createExtension(input: $input) {
      extension {
        id
        number
        displayName
        version
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

/** Waits until the request is held, failing at once if it was answered instead. */
async function untilHeld(held: Promise<void>, inFlight: Promise<unknown>): Promise<void> {
  const answeredFirst = inFlight.then((result) => {
    throw new Error(`answered before it was in flight: ${JSON.stringify(result)}`);
  });
  await Promise.race([held, answeredFirst]);
}

/**
 * Shutdown that drops nothing, with real processes and real signals: a request in flight when
 * SIGTERM arrives is answered in full, and a mutation in flight in a subgraph commits, before
 * the process closes its database and exits. "In flight" is made deterministic by a held hop
 * (HeldProxy) in front of the service the request is waiting on.
 */
describe('SIGTERM lets requests in flight finish', () => {
  let stack: Stack;
  let proxy: HeldProxy | undefined;
  let child: ChildService | undefined;
  const acme = makeFixture({ extensions: 3, numbers: 2, identities: 0 }, 'Acme');
  let accountId = '';
  let token = '';

  beforeAll(async () => {
    stack = await Stack.start();
    accountId = await stack.seed(acme);
    token = await stack.customerToken(accountId);
  });
  afterEach(async () => {
    await child?.stop();
    await proxy?.close();
    child = undefined;
    proxy = undefined;
  });
  afterAll(() => stack?.close());

  it('gateway: the request in flight is answered in full, then the process exits', async () => {
    proxy = await HeldProxy.start(stack.subgraphs.telephony.server.url);
    const urls = stack.gatewayOptions.subgraphUrls;
    child = await startChild('gateway', GATEWAY_MAIN, {
      SUPERGRAPH_PATH,
      JWT_SECRET: stack.tokenSettings.secret!,
      JWT_ISSUER: stack.tokenSettings.issuer,
      JWT_AUDIENCE: stack.tokenSettings.audience,
      ...stack.gatewayKeyEnv(),
      BILLING_URL: urls.billing!,
      TELEPHONY_URL: proxy.url,
      NUMBERING_URL: urls.numbering!,
      COMPLIANCE_URL: urls.compliance!,
      SHUTDOWN_GRACE_MS: '30000',
    });
    const held = proxy.hold();
    const inFlight = postGraphQL(
      `http://127.0.0.1:${child.port}/graphql`,
      { query: '{ viewer { account { name extensions(first: 10) { totalCount edges { node { number } } } } } }' },
      { authorization: `Bearer ${token}` },
    );
    await untilHeld(held, inFlight); // the gateway is now waiting on telephony
    const stopped = child.stop(); // SIGTERM
    await untilRefused(child.port); // it stopped accepting new connections...
    proxy.release(); // ...and only now does telephony answer

    const result = await inFlight;
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.viewer.account.extensions.totalCount).toBe(3);
    await stopped;
    const lines = logLines(child.log());
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'signal received', signal: 'SIGTERM' }));
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'stopped', service: 'gateway' }));
    expect(lines).not.toContainEqual(expect.objectContaining({ msg: expect.stringContaining('cutting requests in flight') }));
  });

  it('subgraph: a mutation in flight completes and is committed before the database closes', async () => {
    // telephony asks billing for the account's facts before it writes: billing is held there.
    proxy = await HeldProxy.start(stack.subgraphs.billing.server.url);
    child = await startChild('telephony', subgraphMain('telephony'), {
      DATABASE_URL: stack.subgraphs.telephony.databaseUrl,
      ...stack.subgraphKeyEnv('telephony'),
      BILLING_URL: proxy.url,
      NUMBERING_URL: stack.subgraphs.numbering.server.url,
      LINK_SECRET: randomBytes(32).toString('hex'),
      SHUTDOWN_GRACE_MS: '30000',
    });
    const credential = await stack.subgraphCredential('telephony', { subject: `user-of-${accountId}`, role: 'CUSTOMER', accountId });
    const held = proxy.hold();
    const inFlight = postGraphQL(
      `http://127.0.0.1:${child.port}/graphql`,
      { query: CREATE_EXTENSION_HERE, variables: { input: { number: '777', displayName: 'Night shift', idempotencyKey: `shutdown-${process.pid}` } } },
      { authorization: `Bearer ${credential}` },
    );
    await untilHeld(held, inFlight);
    const stopped = child.stop();
    await untilRefused(child.port);
    proxy.release();

    const result = await inFlight;
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data.createExtension.userErrors).toEqual([]);
    expect(result.body.data.createExtension.extension).toMatchObject({ number: '777', displayName: 'Night shift', version: 1 });
    await stopped;
    // Committed: the row is in the database the child process closed.
    const row = await stack.subgraphs.telephony.subgraph.dataSource.getRepository(Extension).findOneBy({ accountId, number: '777' });
    expect(row).toMatchObject({ displayName: 'Night shift' });
    expect(logLines(child.log())).toContainEqual(expect.objectContaining({ msg: 'stopped', service: 'telephony' }));
  });
});

/** The JSON lines a child process logged (anything else it printed is skipped). */
function logLines(output: string): Record<string, unknown>[] {
  return output.split('\n').flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}
