import { performance } from 'node:perf_hooks';
import { WHOLE_ACCOUNT_QUERY } from '../packages/kit/src';
import { makeFixture, Stack } from './support/stack';

/**
 * No N+1: the whole-account request costs the same number of SQL statements in every subgraph
 * whether the account has 5 extensions and 20 numbers or 200 extensions and 2,000 numbers.
 */
describe('SQL statements of the whole-account request', () => {
  let stack: Stack;
  let small: string;
  let large: string;

  beforeAll(async () => {
    stack = await Stack.start();
    small = await stack.seed(makeFixture({ extensions: 5, numbers: 20, identities: 2 }, 'Small'));
    large = await stack.seed(makeFixture({ extensions: 200, numbers: 2000, identities: 20 }, 'Large'));
  }, 120_000);
  afterAll(() => stack?.close());

  async function measure(accountId: string) {
    const token = await stack.customerToken(accountId);
    await stack.request(token, WHOLE_ACCOUNT_QUERY, { first: 100 }); // warm the query plan cache
    let result: any;
    const started = performance.now();
    const statements = await stack.countStatements(async () => {
      result = await stack.request(token, WHOLE_ACCOUNT_QUERY, { first: 100 });
    });
    const ms = performance.now() - started;
    expect(result.body.errors).toBeUndefined();
    return { statements, ms, account: result.body.data.viewer.account };
  }

  it('is the same for a small and a large account, per subgraph', async () => {
    const s = await measure(small);
    const l = await measure(large);
    expect(s.account.extensions.edges).toHaveLength(5);
    expect(l.account.extensions.edges).toHaveLength(100);
    expect(l.account.phoneNumbers.totalCount).toBe(2000);
    expect(l.account.phoneNumbers.edges.every((e: any) => e.node.routing.extension.number && e.node.identity.legalName)).toBe(true);
    expect(l.statements).toEqual(s.statements);
    // Reported for the record (closing notes), never asserted: timing belongs to the benchmark.
    console.log(
      `statements small=${JSON.stringify(s.statements)} large=${JSON.stringify(l.statements)}; one request small=${s.ms.toFixed(1)}ms large=${l.ms.toFixed(1)}ms`,
    );
  });
});
