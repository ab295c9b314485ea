import { request as httpRequest } from 'node:http';
import { captureLogs } from '../packages/kit/src';
import { IdentityDocument } from '../subgraphs/compliance/src/identity/identity-document.entity';
import { sampleJpeg, samplePdf, samplePng } from '../bench/sample-documents';
import {
  CREATE_IDENTITY,
  days,
  DECIDE_DOCUMENT,
  FRENCH_BUSINESS,
  isolateTemporaryFiles,
  postMultipart,
  SUBMIT_IDENTITY,
  testCompliance,
  UPLOAD_DOCUMENT,
  uploadDocument,
} from './support/identities';
import { makeFixture, Stack } from './support/stack';

const KB = 1024;

/** Every way an upload can go wrong: a clear error each time, and nothing stored, nothing left in temporary files. */
describe('identity document uploads: bad input and faults', () => {
  const spool = isolateTemporaryFiles();
  const compliance = testCompliance();
  let stack: Stack;
  let token = '';
  let identityId = '';
  const limits = { maxFileBytes: 256 * KB, maxFiles: 4, maxTotalBytes: 600 * KB, idleTimeoutMs: 30_000 };

  const documentRows = () => stack.subgraphs.compliance.subgraph.dataSource.getRepository(IdentityDocument).countBy({ identityId });
  /** graphql-upload releases temporary files once the response is sent; give it a moment under load. */
  async function expectNothingLeft() {
    for (let i = 0; i < 50 && spool.files().length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(spool.files()).toEqual([]);
    expect(compliance.files()).toEqual([]);
    expect(await documentRows()).toBe(0);
  }
  const upload = (file: { bytes: Buffer; name: string; type?: string }, options?: { preflight?: boolean }) =>
    postMultipart(
      stack,
      token,
      UPLOAD_DOCUMENT,
      { input: { identityId, kind: 'CERTIFICATE_OF_INCORPORATION', file: null } },
      [{ path: 'input.file', ...file }],
      options,
    );

  beforeAll(async () => {
    stack = await Stack.start({ definitions: { compliance: compliance.definition }, uploads: limits });
    token = await stack.customerToken(await stack.seed(makeFixture({ extensions: 0, numbers: 1, identities: 0 }, 'Faulty')));
    identityId = (await stack.request(token, CREATE_IDENTITY, { input: FRENCH_BUSINESS })).body.data.createIdentity.identity.id;
  });
  afterAll(async () => {
    await stack?.close();
    compliance.remove();
    spool.remove();
  });

  it.each([
    ['text named .pdf', () => Buffer.from('%PDX not a pdf, just text with a secret-marker-42'), 'kbis.pdf', 'UNSUPPORTED_FILE_TYPE'],
    ['a GIF renamed .png', () => Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'), 'scan.png', 'UNSUPPORTED_FILE_TYPE'],
    ['an empty file', () => Buffer.alloc(0), 'empty.pdf', 'EMPTY_FILE'],
    ['a truncated PDF', async () => (await samplePdf('KBIS', 20 * KB)).subarray(0, 12 * KB), 'kbis.pdf', 'UNREADABLE_FILE'],
    ['a truncated JPEG', async () => sampleJpeg(400, 300).subarray(0, 3 * KB), 'photo.jpg', 'UNREADABLE_FILE'],
  ])('refuses %s with a clear user error, storing nothing', async (_label, make, name, code) => {
    const logs = captureLogs();
    const { status, body } = await upload({ bytes: await make(), name });
    logs.stop();
    expect(status).toBe(200);
    expect(body.data.uploadIdentityDocument).toMatchObject({ document: null, userErrors: [{ code, field: 'file' }] });
    // Neither the content nor the file name reaches an error or a log line.
    expect(JSON.stringify(body)).not.toContain('secret-marker');
    expect(logs.lines.join('\n')).not.toMatch(/secret-marker|kbis\.pdf|scan\.png/);
    await expectNothingLeft();
  });

  it('judges a renamed file by its content: a PNG named .pdf is stored as a PNG', async () => {
    const payload = (await upload({ bytes: samplePng(), name: 'really-a-png.pdf', type: 'application/pdf' })).body.data.uploadIdentityDocument;
    expect(payload.document).toMatchObject({ contentType: 'image/png', fileName: 'really-a-png.pdf' });
    // Clean up for the next tests (a draft's document is replaced or deleted with it).
    await stack.subgraphs.compliance.subgraph.dataSource.getRepository(IdentityDocument).delete({ id: payload.document.id });
    await compliance.options.storage.delete(payload.document.id);
  });

  it('refuses a file over the per-file limit (PAYLOAD_TOO_LARGE), storing nothing', async () => {
    const { body } = await upload({ bytes: await samplePdf('big', 300 * KB), name: 'big.pdf' });
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    await expectNothingLeft();
  });

  it('refuses a request over the total limit from its Content-Length, before reading it', async () => {
    const files = await Promise.all([0, 1, 2].map(async (i) => ({ path: `f${i}`, bytes: await samplePdf(`doc ${i}`, 240 * KB), name: `${i}.pdf` })));
    const query = `mutation($f0: Upload!, $f1: Upload!, $f2: Upload!) { a: uploadIdentityDocument(input: { identityId: "${identityId}", kind: ID_CARD_FRONT, file: $f0 }) { userErrors { code } } }`;
    const { status, body } = await postMultipart(stack, token, query, { f0: null, f1: null, f2: null }, files);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    await expectNothingLeft();
  });

  it('refuses more files than allowed (from the map, before any file is read)', async () => {
    const files = [0, 1, 2, 3, 4].map((i) => ({ path: `f${i}`, bytes: samplePng(), name: `${i}.png` }));
    const query = `mutation(${files.map((f) => `$${f.path}: Upload!`).join(', ')}) { a: uploadIdentityDocument(input: { identityId: "${identityId}", kind: ID_CARD_FRONT, file: $f0 }) { userErrors { code } } }`;
    const { status, body } = await postMultipart(stack, token, query, Object.fromEntries(files.map((f) => [f.path, null])), files);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    await expectNothingLeft();
  });

  it('refuses a multipart request without the preflight header (CSRF), storing nothing', async () => {
    const { status, body } = await upload({ bytes: await samplePdf(), name: 'kbis.pdf' }, { preflight: false });
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringContaining('Apollo-Require-Preflight') });
    await expectNothingLeft();
  });

  it('leaves nothing behind when the client disconnects mid-upload', async () => {
    const file = await samplePdf('KBIS', 200 * KB);
    const boundary = 'x-boundary-123';
    const operations = JSON.stringify({ query: UPLOAD_DOCUMENT, variables: { input: { identityId, kind: 'CERTIFICATE_OF_INCORPORATION', file: null } } });
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.input.file"]}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="kbis.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const url = new URL(stack.gateway.url);
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'apollo-require-preflight': 'true',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + file.length + tail.length),
        },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(head);
      req.write(file.subarray(0, 100 * KB), () => setTimeout(() => req.destroy(), 300));
    });
    await new Promise((r) => setTimeout(r, 500));
    await expectNothingLeft();
  });

  describe('review', () => {
    let reviewed = '';
    beforeAll(async () => {
      reviewed = (await stack.request(token, CREATE_IDENTITY, { input: { ...FRENCH_BUSINESS, legalName: 'Reviewed SAS' } })).body.data.createIdentity.identity
        .id;
      let version = 0;
      for (const kind of ['PASSPORT', 'CERTIFICATE_OF_INCORPORATION', 'PROOF_OF_ADDRESS']) {
        const payload = await uploadDocument(stack, token, reviewed, kind, { bytes: await samplePdf(kind), name: `${kind}.pdf` });
        version = payload.identity.version;
      }
      const submitted = await stack.request(token, SUBMIT_IDENTITY, { input: { id: reviewed, expectedVersion: version } });
      expect(submitted.body.data.submitIdentity.userErrors).toEqual([]);
    });

    it('lets one of two reviewers deciding the same document at once win; the other gets VERSION_CONFLICT', async () => {
      const [reviewerA, reviewerB] = await Promise.all(
        ['reviewer-a', 'reviewer-b'].map((subject) => stack.token({ subject, role: 'STAFF', accountId: null, staffRole: 'compliance' })),
      );
      const passport = (
        await stack.request(reviewerA!, `query($id: ID!) { identity(id: $id) { documents { id kind version } } }`, { id: reviewed })
      ).body.data.identity.documents.find((d: any) => d.kind === 'PASSPORT');
      const [a, b] = await Promise.all([
        stack.request(reviewerA!, DECIDE_DOCUMENT, {
          input: { documentId: passport.id, expectedVersion: passport.version, decision: 'APPROVE', validUntil: days(400) },
        }),
        stack.request(reviewerB!, DECIDE_DOCUMENT, {
          input: { documentId: passport.id, expectedVersion: passport.version, decision: 'REJECT', reason: 'UNREADABLE' },
        }),
      ]);
      const outcomes = [a, b].map((r) => r.body.data.decideIdentityDocument.userErrors.map((e: any) => e.code));
      expect(outcomes.sort()).toEqual([[], ['VERSION_CONFLICT']]);
    });

    it('needs a reason to reject and a validity to approve; refuses customers', async () => {
      const documents = (
        await stack.request(await stack.staffToken('compliance'), `query($id: ID!) { identity(id: $id) { documents { id kind version state } } }`, {
          id: reviewed,
        })
      ).body.data.identity.documents;
      const kbis = documents.find((d: any) => d.kind === 'CERTIFICATE_OF_INCORPORATION');
      const staff = await stack.staffToken('compliance');
      const noReason = await stack.request(staff, DECIDE_DOCUMENT, { input: { documentId: kbis.id, expectedVersion: kbis.version, decision: 'REJECT' } });
      expect(noReason.body.data.decideIdentityDocument.userErrors).toEqual([expect.objectContaining({ code: 'REASON_REQUIRED', field: 'reason' })]);
      const tooOld = await stack.request(staff, DECIDE_DOCUMENT, {
        input: { documentId: kbis.id, expectedVersion: kbis.version, decision: 'APPROVE', issuedOn: days(-120) },
      });
      expect(tooOld.body.data.decideIdentityDocument.userErrors).toEqual([expect.objectContaining({ code: 'VALIDITY_ENDED', field: 'issuedOn' })]);
      const customer = await stack.request(token, DECIDE_DOCUMENT, {
        input: { documentId: kbis.id, expectedVersion: kbis.version, decision: 'APPROVE', issuedOn: days(-1) },
      });
      expect(customer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('answers SUBGRAPH_UNAVAILABLE when compliance is down during an upload, and stores nothing', async () => {
    await stack.subgraphs.compliance.server.close();
    const before = compliance.files();
    const { body } = await upload({ bytes: await samplePdf(), name: 'kbis.pdf' });
    expect(body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    for (let i = 0; i < 50 && spool.files().length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(spool.files()).toEqual([]);
    expect(compliance.files()).toEqual(before);
  });
});
