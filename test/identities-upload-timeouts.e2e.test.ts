import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { samplePdf } from '../bench/sample-documents';
import { CREATE_IDENTITY, FRENCH_BUSINESS, postMultipart, testCompliance, UPLOAD_DOCUMENT } from './support/identities';
import { makeFixture, Stack } from './support/stack';

const KB = 1024;
const SUBGRAPH_TIMEOUT_MS = 1000;
const limits = { maxFileBytes: 1024 * KB, maxFiles: 4, maxTotalBytes: 4096 * KB, idleTimeoutMs: 1500 };

/** A multipart upload sent in pieces with pauses, as a slow phone connection does. */
function trickle(url: string, token: string, identityId: string, file: Buffer, pieces: number, pauseMs: number): Promise<{ status: number; body: any }> {
  const boundary = 'slow-boundary';
  const operations = JSON.stringify({ query: UPLOAD_DOCUMENT, variables: { input: { identityId, kind: 'CERTIFICATE_OF_INCORPORATION', file: null } } });
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.file"]}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="kbis.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'apollo-require-preflight': 'true',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + file.length + tail.length),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.write(head);
    const size = Math.ceil(file.length / pieces);
    let sent = 0;
    const next = () => {
      if (sent >= file.length) return req.end(tail);
      req.write(file.subarray(sent, sent + size));
      sent += size;
      setTimeout(next, pauseMs);
    };
    next();
  });
}

describe('uploads through the gateway: idle timeout, not the total timeout', () => {
  const compliance = testCompliance();
  let stack: Stack;
  let token = '';
  let identityId = '';

  beforeAll(async () => {
    stack = await Stack.start({ definitions: { compliance: compliance.definition }, subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS, uploads: limits });
    token = await stack.customerToken(await stack.seed(makeFixture({ extensions: 0, numbers: 1, identities: 0 }, 'Slow')));
    identityId = (await stack.request(token, CREATE_IDENTITY, { input: FRENCH_BUSINESS })).body.data.createIdentity.identity.id;
  });
  afterAll(async () => {
    await stack?.close();
    compliance.remove();
  });

  it('lets a slow upload that keeps moving take longer than the subgraph timeout', async () => {
    const file = await samplePdf('KBIS', 200 * KB);
    const started = performance.now();
    const { status, body } = await trickle(stack.gateway.url, token, identityId, file, 8, 400);
    expect(performance.now() - started).toBeGreaterThan(SUBGRAPH_TIMEOUT_MS * 2);
    expect(status).toBe(200);
    expect(body.data.uploadIdentityDocument).toMatchObject({ document: { sizeBytes: file.length }, userErrors: [] });
  });
});

describe('uploads to a compliance service that stops answering', () => {
  let fake: Server;
  let stack: Stack;
  let token = '';

  beforeAll(async () => {
    fake = createServer((req) => req.resume()); // reads everything, never answers
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    stack = await Stack.start({
      subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS,
      uploads: limits,
      subgraphUrlOverrides: { compliance: `http://127.0.0.1:${(fake.address() as AddressInfo).port}/graphql` },
    });
    token = await stack.customerToken(await stack.seed(makeFixture({ extensions: 0, numbers: 1, identities: 0 }, 'Stalled')));
  });
  afterAll(async () => {
    await stack?.close();
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(resolve));
  });

  it('gives up once nothing moved for the idle timeout: SUBGRAPH_UNAVAILABLE', async () => {
    const started = performance.now();
    const { body } = await postMultipart(
      stack,
      token,
      UPLOAD_DOCUMENT,
      { input: { identityId: '00000000-0000-4000-8000-000000000000', kind: 'PASSPORT', file: null } },
      [{ path: 'input.file', bytes: await samplePdf(), name: 'passport.pdf' }],
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'compliance' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(limits.idleTimeoutMs - 50);
  });
});
