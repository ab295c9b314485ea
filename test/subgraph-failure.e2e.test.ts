import { makeFixture, Stack } from './support/stack';

/** A subgraph down: the others still answer, and the error names the part, not its URL or socket. */
describe('a subgraph that is down', () => {
  let stack: Stack;
  let accountId: string;

  beforeAll(async () => {
    stack = await Stack.start();
    accountId = await stack.seed(makeFixture({ extensions: 3, numbers: 4, identities: 1 }));
    await stack.subgraphs.numbering.server.close();
  });
  afterAll(() => stack?.close());

  it('still returns the fields the other subgraphs own, with a clean error for the missing part', async () => {
    const { status, body } = await stack.request(
      await stack.customerToken(accountId),
      '{ viewer { account { name extensions { totalCount } identities { totalCount } phoneNumbers { totalCount } } } }',
    );
    expect(status).toBe(200);
    expect(body.data.viewer.account).toMatchObject({ name: expect.any(String), extensions: { totalCount: 3 }, identities: { totalCount: 1 } });
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'numbering', requestId: expect.any(String) });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|localhost|http:\/\/|stack|at .*\.js/i);
  });
});
