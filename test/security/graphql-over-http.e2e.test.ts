import { serverAudits } from 'graphql-http';
import { makeFixture, Stack } from '../support/stack';

/**
 * The GraphQL-over-HTTP audits of the `graphql-http` package, run against the gateway with a valid
 * token. Errors fail the test; the warnings we accept are listed here, each with its reason.
 */
const BAD_REQUEST_IS_400 =
  'Apollo Server answers a request it refuses before execution (parse, validation, variable coercion) with 400 even to ' +
  '`Accept: application/json` clients; the spec prefers 200 there for legacy clients only. We keep 400: it is what ' +
  'application/graphql-response+json requires, our limits are documented as 400, and HTTP monitoring counts them as client errors.';
const ACCEPTED_WARNINGS: Record<string, string> = {
  '572B': BAD_REQUEST_IS_400,
  FDE2: BAD_REQUEST_IS_400,
  '7B9B': BAD_REQUEST_IS_400,
};

describe('GraphQL over HTTP conformance of the gateway', () => {
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    stack = await Stack.start();
    token = await stack.customerToken(await stack.seed(makeFixture({ extensions: 1, numbers: 1, identities: 0 })));
  });
  afterAll(() => stack?.close());

  it('passes every audit, with only the accepted warnings', async () => {
    const audits = serverAudits({
      url: stack.gateway.url,
      fetchFn: (input: string | URL | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    const results = await Promise.all(audits.map(async (audit) => ({ ...(await audit.fn()), id: audit.id, name: audit.name })));
    const failures = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    const warnings = results.filter((r) => r.status === 'warn').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    console.log(
      `graphql-http audits: ${results.length} run, ${results.filter((r) => r.status === 'ok').length} ok, ${warnings.length} warnings\n${warnings.join('\n')}`,
    );
    expect(failures).toEqual([]);
    expect(warnings.filter((w) => !Object.keys(ACCEPTED_WARNINGS).some((id) => w.startsWith(id)))).toEqual([]);
  });
});
