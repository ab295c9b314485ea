import { callerFor, fixtureIds, serveSubgraph, type Caller, type Listening } from '../packages/kit/src';
import { makeFixture, postGraphQL, Stack } from './support/stack';

/**
 * Each subgraph bounds what one request may make it do: the gateway's cost rules again (for
 * `_entities` with many representations too), a row budget, and a deadline.
 */
describe('limits inside the subgraphs', () => {
  let stack: Stack;
  const acme = makeFixture({ extensions: 2, numbers: 200, identities: 1 }, 'Acme');
  let accountId: string;
  let token: string;
  let caller: Caller;
  const ROW_BUDGET = 150;

  beforeAll(async () => {
    stack = await Stack.start({ budget: { rowBudget: ROW_BUDGET, deadlineMs: 4_500 } });
    accountId = await stack.seed(acme);
    token = await stack.customerToken(accountId);
    caller = callerFor({ subject: 'user-1', role: 'CUSTOMER', accountId });
  });
  afterAll(() => stack?.close());

  const accountNumbers = (first: number) =>
    `{ viewer { account { name extensions(first: 5) { totalCount } phoneNumbers(first: ${first}) { totalCount edges { node { e164 } } } } } }`;

  it('stops a request past the row budget with REQUEST_TOO_LARGE; the other fields and requests are unaffected', async () => {
    // phoneNumbers(first: 100) reads a count, 101 ids and 100 rows: over a budget of 150.
    const { status, body } = await stack.request(token, accountNumbers(100));
    expect(status).toBe(200);
    expect(body.errors?.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['REQUEST_TOO_LARGE', 'viewer.account.phoneNumbers']]);
    expect(body.errors![0]!.message).toMatch(/more than 150 rows/);
    expect(body.data.viewer.account).toMatchObject({ name: acme.name, extensions: { totalCount: 2 }, phoneNumbers: null });

    const small = await stack.request(token, accountNumbers(20));
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.viewer.account.phoneNumbers.edges).toHaveLength(20);
  });

  it('checks the cost of `_entities` with many representations before resolving anything', async () => {
    const representations = Array.from({ length: 10_000 }, () => ({ __typename: 'Extension', id: fixtureIds.extension(acme, 0) }));
    let result!: Awaited<ReturnType<Stack['requestSubgraph']>>;
    const statements = await stack.countStatements(async () => {
      result = await stack.requestSubgraph(
        'numbering',
        caller,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Extension { inboundNumbers(first: 5) { totalCount edges { node { e164 } } } } } }',
        { r: representations },
      );
    });
    expect(result.status).toBe(200);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(statements.numbering).toBe(0);
  });

  it('checks the cost of deep selections under `_entities`', async () => {
    const representations = Array.from({ length: 100 }, () => ({ __typename: 'Account', id: accountId }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { phoneNumbers(first: 100) { edges { node { e164 type state locality routing { action } } } } } } }`;
    const { body } = await stack.requestSubgraph('numbering', caller, query, { r: representations });
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(/over the limit of 35000/);
  });

  it('refuses every read once the deadline passed, and runs no SQL', async () => {
    const numbering = stack.subgraphs.numbering.subgraph;
    const expired: Listening = await serveSubgraph(numbering, { port: 0, budget: { rowBudget: ROW_BUDGET, deadlineMs: 0 } });
    try {
      numbering.counter.reset();
      const headers = { authorization: `Bearer ${await stack.subgraphCredential('numbering', caller)}` };
      const { body } = await postGraphQL(
        expired.url,
        { query: `query($id: ID!) { phoneNumber(id: $id) { e164 } }`, variables: { id: fixtureIds.phoneNumber(acme, 0) } },
        headers,
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('REQUEST_TOO_LARGE');
      expect(body.errors?.[0]?.message).toMatch(/longer than 0 ms/);
      expect(numbering.counter.count).toBe(0);
    } finally {
      await expired.close();
    }
  });
});
