import { LIMITS } from '../../gateway/src/limits';
import { WHOLE_ACCOUNT_QUERY } from '../../packages/kit/src';
import { makeFixture, postGraphQL, Stack } from '../support/stack';

/** Every limit is refused with 400 before any subgraph is called (no SQL statement runs). */
describe('gateway limits', () => {
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    stack = await Stack.start({ production: true });
    token = await stack.customerToken(await stack.seed(makeFixture({ extensions: 2, numbers: 2, identities: 1 })));
  });
  afterAll(() => stack?.close());

  const nest = (depth: number) =>
    `{ viewer { account { extensions { edges { node { account ${'{ extensions { edges { node { account '.repeat(depth)}{ id }${' } } } }'.repeat(depth)} } } } } } }`;
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { role }`).join(' ')} }`;

  const refused: [string, () => Promise<{ status: number; body: any }>, string][] = [
    ['a query deeper than the depth limit', () => stack.request(token, nest(3)), 'GRAPHQL_VALIDATION_FAILED'],
    ['more aliases than allowed', () => stack.request(token, aliases(LIMITS.maxAliases + 1)), 'GRAPHQL_VALIDATION_FAILED'],
    ['more tokens than allowed', () => stack.request(token, `{ viewer { ${'role '.repeat(LIMITS.maxTokens)} } }`), 'GRAPHQL_PARSE_FAILED'],
    [
      'a page larger than the connection cap (literal)',
      () => stack.request(token, '{ viewer { account { extensions(first: 101) { totalCount } } } }'),
      'BAD_USER_INPUT',
    ],
    [
      'a page larger than the connection cap (variable)',
      () => stack.request(token, 'query($n: Int!) { viewer { account { phoneNumbers(first: $n) { totalCount } } } }', { n: 5000 }),
      'BAD_USER_INPUT',
    ],
    // Fixed-size lists cost their maximum: a plan's destinations up to every country.
    [
      'a request over the cost limit (aliases of fixed-size lists)',
      () =>
        stack.request(
          token,
          `{ ${['a', 'b', 'c', 'd', 'e'].map((a) => `${a}: viewer { account { subscriptions { plan { destinations { code name } } } } }`).join(' ')} }`,
        ),
      'QUERY_TOO_COMPLEX',
    ],
    // The cycle number -> extension -> numbers: each level is a page of 100.
    [
      'a request over the cost limit (a cycle through an entity reference)',
      () =>
        stack.request(
          token,
          `{ viewer { account { phoneNumbers(first: 100) { edges { node { e164 routing { extension { inboundNumbers(first: 100) { totalCount edges { node { e164 } } } } } } } } } } }`,
        ),
      'QUERY_TOO_COMPLEX',
    ],
    ['field suggestions in production', () => stack.request(token, '{ viewer { acount { id } } }'), 'GRAPHQL_VALIDATION_FAILED'],
    ['introspection in production', () => stack.request(token, '{ __schema { types { name } } }'), 'GRAPHQL_VALIDATION_FAILED'],
  ];

  it.each(refused)('refuses %s with 400 and calls no subgraph', async (_name, send, code) => {
    let result!: { status: number; body: any };
    const statements = await stack.countStatements(async () => {
      result = await send();
    });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe(code);
    expect(result.body.errors[0].message).not.toMatch(/Did you mean/);
    expect(Object.values(statements).every((n) => n === 0)).toBe(true);
  });

  it('lets the whole-account request with 100 items per list through', async () => {
    const { status, body } = await stack.request(token, WHOLE_ACCOUNT_QUERY, { first: 100 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses a body over the size limit with 413 and a JSON error', async () => {
    const { status, body } = await postGraphQL(
      stack.gateway.url,
      { query: `{ viewer { role } } #${'x'.repeat(LIMITS.maxBodyBytes)}` },
      { authorization: `Bearer ${token}` },
    );
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses batched HTTP requests', async () => {
    const { status } = await postGraphQL(stack.gateway.url, [{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }], {
      authorization: `Bearer ${token}`,
    });
    expect(status).toBe(400);
  });

  it('prevents CSRF: a simple GET request without a preflight header is refused', async () => {
    const response = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ viewer { role } }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
    const allowed = await fetch(`${stack.gateway.url}?query=${encodeURIComponent('{ viewer { role } }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('answers malformed JSON with a JSON 400, no stack trace', async () => {
    const { status, body } = await postGraphQL(stack.gateway.url, '{"query": ', { authorization: `Bearer ${token}` });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|node_modules/);
  });
});
