import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway';
import type { PublicRoute } from '../../gateway/src/public-routes';
import { fixtureIds, LinkSigner } from '../../packages/kit/src';
import { billingWithTestRoutes, fileSha256, TEST_FILE_PURPOSE } from '../support/test-public-routes';
import { makeFixture, Stack } from '../support/stack';

const DEAD = 'http://127.0.0.1:9/graphql';
/** The production table's shape with small limits, plus a route whose owner is down. */
const TABLE: PublicRoute[] = [
  { prefix: '/files/billing/', subgraph: 'billing', methods: ['GET', 'HEAD'], maxBodyBytes: 0, timeoutMs: 10_000 },
  { prefix: '/webhooks/stripe', subgraph: 'billing', methods: ['POST'], maxBodyBytes: 4096, timeoutMs: 10_000, forwardHeaders: ['stripe-signature'] },
  { prefix: '/pay/', subgraph: 'billing', methods: ['GET'], maxBodyBytes: 0, timeoutMs: 500 },
  { prefix: '/files/down/', subgraph: 'down', methods: ['GET'], maxBodyBytes: 0, timeoutMs: 1000 },
];
const LEAKS = /127\.0\.0\.1|10\.0\.0\.7|hunter2|mysql:|\/public\/|at .*\.ts|Error:/;

describe('public routes that are not GraphQL, through the gateway', () => {
  let stack: Stack;
  let gateway: RunningGateway;
  let base = '';
  const linkSecret = randomBytes(32).toString('hex');
  const acme = makeFixture({ extensions: 1, numbers: 1, identities: 0 }, 'Acme');
  const globex = makeFixture({ extensions: 1, numbers: 1, identities: 0 }, 'Globex');
  const ids = { acme: '', globex: '', acmeSubscription: '' };
  const links = () => stack.subgraphs.billing.subgraph.links;
  const fileLink = (objectId: string, accountId: string, size: number, signer = links()) =>
    `${base}${signer.link('/files/billing/', { purpose: TEST_FILE_PURPOSE, objectId, accountId })}&size=${size}`;

  beforeAll(async () => {
    stack = await Stack.start({ definitions: { billing: billingWithTestRoutes }, linkSecret });
    ids.acme = await stack.seed(acme);
    ids.globex = await stack.seed(globex);
    const [row] = await stack.subgraphs.billing.subgraph.dataSource.query('SELECT id FROM subscriptions WHERE account_id = ?', [ids.acme]);
    ids.acmeSubscription = row.id;
    gateway = await startGateway({ ...stack.gatewayOptions, subgraphUrls: { ...stack.gatewayOptions.subgraphUrls, down: DEAD }, publicRoutes: TABLE }, 0);
    base = `http://127.0.0.1:${gateway.port}`;
  });
  afterAll(async () => {
    await gateway?.close();
    await stack?.close();
  });

  it('serves a signed link: the owner checks it and streams the file through the gateway', async () => {
    const size = 3 * 1024 * 1024 + 17;
    const response = await fetch(fileLink(ids.acmeSubscription, ids.acme, size));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(size));
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-powered-by')).toBeNull();
    const body = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(fileSha256(size));
  });

  it('refuses a tampered, expired, foreign-key or misbound link', async () => {
    const good = new URL(fileLink(ids.acmeSubscription, ids.acme, 10));
    const tampered = new URL(good);
    tampered.searchParams.set('account', ids.globex);
    const otherObject = new URL(good.toString().replace(ids.acmeSubscription, fixtureIds.account(acme)));
    const past = new LinkSigner(linkSecret, 'billing', () => Date.now() - 3_600_000);
    const compliancesKey = new LinkSigner(linkSecret, 'compliance');
    for (const url of [
      tampered,
      otherObject,
      fileLink(ids.acmeSubscription, ids.acme, 10, past),
      fileLink(ids.acmeSubscription, ids.acme, 10, compliancesKey),
      `${base}/files/billing/${ids.acmeSubscription}`,
    ]) {
      const response = await fetch(url);
      expect(response.status).toBe(403);
      expect((await response.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await (await fetch(fileLink(ids.acmeSubscription, ids.acme, 10, past))).json()).errors[0].message).toMatch(/expired/);
    // A valid signature for an object that is not the named account's: the owner's binding check.
    const misbound = await fetch(fileLink(ids.acmeSubscription, ids.globex, 10));
    expect(misbound.status).toBe(404);
  });

  it('forwards a webhook body byte for byte, with its signature header and without cookies or tokens', async () => {
    // Whitespace, key order, a BOM, invalid UTF-8 and CRLF: anything a parser would normalise.
    const raw = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{ "b":1,\r\n  "a" : "é" }  '), Buffer.from([0xff, 0x00, 0xfe])]);
    const response = await fetch(`${base}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=abc', cookie: 'session=secret', authorization: 'Bearer user-token' },
      body: new Uint8Array(raw),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      sha256: createHash('sha256').update(raw).digest('hex'),
      length: raw.length,
      signature: 't=1,v1=abc',
      cookie: null,
      authorization: null,
    });
  });

  it('streams a chunked request body too, and refuses one over the route limit with 413', async () => {
    const chunks = [randomBytes(1000), randomBytes(1000)];
    const streamed = await fetch(`${base}/webhooks/stripe`, { method: 'POST', body: streamOf(chunks), duplex: 'half' } as RequestInit);
    expect((await streamed.json()).sha256).toBe(createHash('sha256').update(Buffer.concat(chunks)).digest('hex'));

    const declared = await fetch(`${base}/webhooks/stripe`, { method: 'POST', body: new Uint8Array(5000) });
    expect(declared.status).toBe(413);
    expect((await declared.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const undeclared = await fetch(`${base}/webhooks/stripe`, {
      method: 'POST',
      body: streamOf([randomBytes(3000), randomBytes(3000)]),
      duplex: 'half',
    } as RequestInit);
    expect(undeclared.status).toBe(413);
    const onDownload = await fetch(`${base}/files/billing/x`, { method: 'GET', headers: { 'content-length': '0' } });
    expect(onDownload.status).toBe(403); // no body: passes the size check, then the link check refuses
  });

  it('answers a route that is too slow with 504 and a masked error', async () => {
    const response = await fetch(`${base}/pay/slow`);
    expect(response.status).toBe(504);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', requestId: expect.any(String) });
    expect(text).not.toMatch(LEAKS);
  });

  it('masks a failing owner (500) and an owner that is down (502): no URL, no stack, no detail', async () => {
    const failing = await fetch(`${base}/pay/boom`);
    expect(failing.status).toBe(502);
    const failingText = await failing.text();
    expect(JSON.parse(failingText).errors[0]).toMatchObject({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(failingText).not.toMatch(LEAKS);

    const down = await fetch(`${base}/files/down/x`);
    expect(down.status).toBe(502);
    const downText = await down.text();
    expect(JSON.parse(downText).errors[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(downText).not.toMatch(LEAKS);
  });

  it('refuses other methods, paths that climb out of the prefix, and paths no route owns', async () => {
    const wrongMethod = await fetch(`${base}/webhooks/stripe`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    // Sent as written (fetch would resolve the dot segments itself).
    for (const path of [
      '/files/billing/../../graphql',
      '/files/billing/%2e%2e/%2E%2e/graphql',
      '/files/billing/a%2f..%2f..%2fgraphql',
      '/files/billing/a%5c..%5cgraphql',
      '/files/billing//x',
    ]) {
      const answer = await rawGet(gateway.port, path);
      expect([path, answer.status]).toEqual([path, 400]);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    expect((await fetch(`${base}/webhooks/stripe-other`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${base}/public/files/billing/x`)).status).toBe(404);
  });
});

function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function streamOf(chunks: Buffer[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
      controller.close();
    },
  });
}
