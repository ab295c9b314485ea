import { SUBGRAPHS } from '../../subgraphs/registry';
import { makeFixture, postGraphQL, Stack } from '../support/stack';

/** Nothing reaches a subgraph's resolvers without the gateway's credential for that subgraph. */
describe('subgraphs answer the gateway only', () => {
  let stack: Stack;
  let accountId: string;

  beforeAll(async () => {
    stack = await Stack.start();
    accountId = await stack.seed(makeFixture({ extensions: 2, numbers: 2, identities: 1 }));
  });
  afterAll(() => stack?.close());

  const probes = {
    'a root query': '{ __typename }',
    _service: '{ _service { sdl } }',
    _entities: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
  };

  describe.each(SUBGRAPHS.map((s) => s.name))('%s', (name) => {
    const url = () => stack.subgraphs[name].server.url;

    it.each(Object.entries(probes))('refuses %s with no credential (401, before any resolver)', async (_probe, query) => {
      const before = stack.subgraphs[name].subgraph.counter.count;
      const { status, body } = await postGraphQL(url(), { query, variables: { r: [{ __typename: 'Account', id: accountId }] } });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
      expect(stack.subgraphs[name].subgraph.counter.count).toBe(before);
    });

    it("refuses a customer's own bearer token, and another subgraph's credential", async () => {
      const customerToken = await stack.customerToken(accountId);
      expect((await postGraphQL(url(), { query: '{ __typename }' }, { authorization: `Bearer ${customerToken}` })).status).toBe(401);
      const other = SUBGRAPHS.find((s) => s.name !== name)!.name;
      const foreign = await stack.internalTokens.sign({ subject: 's', role: 'STAFF', accountId: null }, other);
      expect((await postGraphQL(url(), { query: '{ __typename }' }, { authorization: `Bearer ${foreign}` })).status).toBe(401);
    });

    it('accepts its own credential', async () => {
      const { status, body } = await stack.requestSubgraph(name, { subject: 's', role: 'STAFF', accountId: null }, '{ _service { sdl } }');
      expect(status).toBe(200);
      expect(body.data._service.sdl).toContain('type');
    });

    it('keeps /health open and silent', async () => {
      const response = await fetch(url().replace('/graphql', '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });
  });
});
