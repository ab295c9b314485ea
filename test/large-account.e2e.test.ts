import { fixtureIds } from '../packages/kit/src';
import { makeFixture, Stack } from './support/stack';

/**
 * Issue 8's account: 10,000 numbers that all ring extension 901 (a call centre's tracking
 * numbers). The request that took numbering down (each number's extension's numbers) is refused or
 * answered within the limits, and other customers keep being answered meanwhile. Peak memory of
 * numbering as its own process is measured by `npm run build && node dist/bench/limits.js` (bench/limits.ts).
 */
describe('a 10,000-number account on one extension', () => {
  let stack: Stack;
  const callCentre = makeFixture({ extensions: 1, numbers: 10_000, identities: 0 }, 'Call Centre');
  const others = [makeFixture({ extensions: 3, numbers: 30, identities: 1 }, 'Other A'), makeFixture({ extensions: 3, numbers: 30, identities: 1 }, 'Other B')];
  let token: string;
  let otherTokens: string[];
  let callCentreId: string;

  beforeAll(async () => {
    stack = await Stack.start();
    callCentreId = await stack.seed(callCentre);
    otherTokens = [];
    for (const other of others) otherTokens.push(await stack.customerToken(await stack.seed(other)));
    token = await stack.customerToken(callCentreId);
  }, 180_000);
  afterAll(() => stack?.close());

  const nested = (inner: number) =>
    `{ viewer { account { phoneNumbers(first: 100) { totalCount edges { node { e164 routing { action extension { id inboundNumbers(first: ${inner}) { totalCount edges { node { e164 } } } } } } } } } } }`;

  it('refuses the nested request of the issue (100 numbers x 100 of their extension numbers) at the gateway, before any subgraph runs', async () => {
    let result!: { status: number; body: any };
    const statements = await stack.countStatements(async () => {
      result = await stack.request(token, nested(100));
    });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(Object.values(statements).every((n) => n === 0)).toBe(true);
  });

  it('answers the same request within the cost limit with pages, in a few statements', async () => {
    let result!: { status: number; body: any };
    const statements = await stack.countStatements(async () => {
      result = await stack.request(token, nested(50));
    });
    expect(result.body.errors).toBeUndefined();
    const page = result.body.data.viewer.account.phoneNumbers;
    expect(page.totalCount).toBe(10_000);
    expect(page.edges).toHaveLength(100);
    for (const { node } of page.edges) {
      expect(node.routing.extension.id).toBe(fixtureIds.extension(callCentre, 0));
      expect(node.routing.extension.inboundNumbers.totalCount).toBe(10_000);
      expect(node.routing.extension.inboundNumbers.edges).toHaveLength(50);
    }
    // One page of numbers, the extension states of their routes (one batch), then one page of the
    // extension's numbers (100 references, one loader key).
    expect(statements.numbering).toBeLessThanOrEqual(7);
  });

  describe('the same through `_entities`, sent to numbering with a valid credential', () => {
    const entities = (count: number, first: number) => ({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Extension { inboundNumbers(first: ${first}) { totalCount edges { node { e164 } } } } } }`,
      variables: { r: Array.from({ length: count }, () => ({ __typename: 'Extension', id: fixtureIds.extension(callCentre, 0) })) },
    });
    const asCustomer = () => ({ subject: 'user-1', role: 'CUSTOMER' as const, accountId: callCentreId });

    it('refuses 100 representations x 100 numbers (cost) before reading a row', async () => {
      const { query, variables } = entities(100, 100);
      let result!: Awaited<ReturnType<Stack['requestSubgraph']>>;
      const statements = await stack.countStatements(async () => {
        result = await stack.requestSubgraph('numbering', asCustomer(), query, variables);
      });
      expect(result.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(statements.numbering).toBe(0);
    });

    it('answers 100 representations x 50 numbers with pages', async () => {
      const { query, variables } = entities(100, 50);
      const { body } = await stack.requestSubgraph('numbering', asCustomer(), query, variables);
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toHaveLength(100);
      for (const entity of body.data._entities) expect(entity.inboundNumbers.edges).toHaveLength(50);
    });
  });

  it("keeps answering other customers' requests through numbering while the large requests run", async () => {
    const otherRequest = `{ viewer { account { phoneNumbers(first: 20) { totalCount edges { node { e164 routing { extension { number } } } } } } } }`;
    const latencies: number[] = [];
    const failures: unknown[] = [];
    let running = true;
    const heavy = async () => {
      let answered = 0;
      while (running) {
        const { body } = await stack.request(token, nested(50));
        if (body.errors) failures.push(body.errors);
        answered += 1;
      }
      return answered;
    };
    const light = async (otherToken: string) => {
      for (let i = 0; i < 15; i += 1) {
        const started = performance.now();
        const { status, body } = await stack.request(otherToken, otherRequest);
        latencies.push(performance.now() - started);
        if (status !== 200 || body.errors || body.data.viewer.account.phoneNumbers.edges.length !== 20) failures.push(body);
      }
    };
    const rssBefore = process.memoryUsage().rss;
    const heavyRuns = [heavy(), heavy()];
    await Promise.all(otherTokens.map(light));
    running = false;
    const heavyAnswered = (await Promise.all(heavyRuns)).reduce((a, b) => a + b, 0);
    expect(failures).toEqual([]);
    expect(latencies).toHaveLength(30);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
    // Reported, not asserted: the machine is shared (bench/limits.ts measures numbering alone).
    console.log(
      `other customers' requests while ${heavyAnswered} large ones ran (2 at a time): p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms; ` +
        `test process RSS ${Math.round(rssBefore / 2 ** 20)} -> ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`,
    );
  });
});
