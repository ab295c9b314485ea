import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { captureLogs } from '../../packages/kit/src';
import { makeFixture, Stack } from '../support/stack';

/** Anything that could tell an attacker about our insides. */
const LEAKS =
  /ECONNREFUSED|ECONNRESET|127\.0\.0\.1|localhost|https?:\/\/|stack|at [\w.<>]+ \(|\.js:\d|node_modules|SQL|SELECT|typeorm|sqlite|mysql|AbortError|timeout/i;

const QUERY = '{ viewer { account { name extensions { totalCount } identities { totalCount } phoneNumbers { totalCount } } } }';

/** A fake subgraph: answers with `handler`, counts the requests it gets. */
async function fakeSubgraph(handler: (res: import('node:http').ServerResponse) => void): Promise<{ url: string; hits: () => number; close(): Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits += 1;
    req.resume();
    handler(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    hits: () => hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function expectNumberingMissing(stack: Stack, accountId: string) {
  const logs = captureLogs();
  const { status, body } = await stack.request(await stack.customerToken(accountId), QUERY);
  logs.stop();
  expect(status).toBe(200);
  expect(body.data.viewer.account).toEqual({ name: expect.any(String), extensions: { totalCount: 3 }, identities: { totalCount: 1 }, phoneNumbers: null });
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(error!.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'numbering', requestId: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(LEAKS);
  // The full story is in the server log, under the same request id.
  expect(logs.lines.some((line) => line.includes(error!.extensions!.requestId as string) && line.includes('numbering'))).toBe(true);
  return error!;
}

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
    await expectNumberingMissing(stack, accountId);
  });
});

describe('a subgraph that answers 500 with its insides', () => {
  let stack: Stack;
  let accountId: string;
  let fake: Awaited<ReturnType<typeof fakeSubgraph>>;

  beforeAll(async () => {
    fake = await fakeSubgraph((res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [{ message: 'QueryFailedError: SELECT * FROM phone_numbers at /srv/app/node_modules/typeorm/x.js:1 mysql://db-7.internal:3306' }],
        }),
      );
    });
    stack = await Stack.start({ subgraphUrlOverrides: { numbering: fake.url } });
    accountId = await stack.seed(makeFixture({ extensions: 3, numbers: 4, identities: 1 }));
  });
  afterAll(async () => {
    await stack?.close();
    await fake?.close();
  });

  it('masks it, and calls the subgraph once (no retry)', async () => {
    const before = fake.hits();
    await expectNumberingMissing(stack, accountId);
    expect(fake.hits() - before).toBe(1);
  });
});

describe('a mutation whose subgraph fails', () => {
  let stack: Stack;
  let accountId: string;
  let fake: Awaited<ReturnType<typeof fakeSubgraph>>;

  beforeAll(async () => {
    fake = await fakeSubgraph((res) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('Bad gateway from upstream 10.1.2.3');
    });
    stack = await Stack.start({ subgraphUrlOverrides: { telephony: fake.url } });
    accountId = await stack.seed(makeFixture({ extensions: 1, numbers: 1, identities: 0 }));
  });
  afterAll(async () => {
    await stack?.close();
    await fake?.close();
  });

  it('is sent once, never retried, and fails cleanly', async () => {
    const { status, body } = await stack.request(
      await stack.customerToken(accountId),
      'mutation { createExtension(input: { number: "950", displayName: "Retry Test" }) { extension { id } userErrors { code } } }',
    );
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'telephony', requestId: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(LEAKS);
    expect(fake.hits()).toBe(1);
  });
});

describe('a subgraph that hangs', () => {
  const timeoutMs = 1000;
  let stack: Stack;
  let accountId: string;
  let fake: Awaited<ReturnType<typeof fakeSubgraph>>;

  beforeAll(async () => {
    fake = await fakeSubgraph(() => undefined); // never answers
    stack = await Stack.start({ subgraphTimeoutMs: timeoutMs, subgraphUrlOverrides: { numbering: fake.url } });
    accountId = await stack.seed(makeFixture({ extensions: 3, numbers: 4, identities: 1 }));
  });
  afterAll(async () => {
    await stack?.close();
    await fake?.close();
  });

  it('costs at most the timeout, and answers the rest', async () => {
    const started = performance.now();
    await expectNumberingMissing(stack, accountId);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 20);
    expect(elapsed).toBeLessThan(timeoutMs + 2000);
  });

  it('does not slow requests that do not touch it', async () => {
    const started = performance.now();
    const { body } = await stack.request(await stack.customerToken(accountId), '{ viewer { account { name extensions { totalCount } } } }');
    expect(body.errors).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(timeoutMs);
  });
});
