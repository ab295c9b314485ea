import { createHash } from 'node:crypto';
import { Identity } from '../subgraphs/compliance/src/identity/identity.entity';
import { ReviewDecision } from '../subgraphs/compliance/src/review/review-decision.entity';
import { samplePdf, sampleJpeg, samplePng } from '../bench/sample-documents';
import {
  CREATE_IDENTITY,
  days,
  DECIDE_DOCUMENT,
  FRENCH_BUSINESS,
  IDENTITY_FIELDS,
  isolateTemporaryFiles,
  postMultipart,
  SUBMIT_IDENTITY,
  testCompliance,
  uploadDocument,
} from './support/identities';
import { makeFixture, Stack } from './support/stack';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The seed's "Verify identity", through the gateway as a browser sends it. */
describe('identity verification through the gateway', () => {
  const spool = isolateTemporaryFiles();
  const compliance = testCompliance();
  let stack: Stack;
  const acme = makeFixture({ extensions: 0, numbers: 2, identities: 0 }, 'Acme');
  const globex = makeFixture({ extensions: 0, numbers: 1, identities: 0 }, 'Globex');
  const tokens = { acme: '', globex: '', staff: '', support: '' };
  let acmeId = '';
  let globexId = '';
  const files: Record<string, { bytes: Buffer; name: string; type: string }> = {};

  beforeAll(async () => {
    stack = await Stack.start({ definitions: { compliance: compliance.definition } });
    acmeId = await stack.seed(acme);
    globexId = await stack.seed(globex);
    tokens.acme = await stack.customerToken(acmeId);
    tokens.globex = await stack.customerToken(globexId);
    tokens.staff = await stack.token({ subject: 'reviewer-1', role: 'STAFF', accountId: null, staffRole: 'compliance' });
    files.ID_CARD_FRONT = { bytes: sampleJpeg(320, 200), name: 'id-front.jpg', type: 'image/jpeg' };
    files.ID_CARD_BACK = { bytes: samplePng(320, 200), name: 'id-back.png', type: 'image/png' };
    files.CERTIFICATE_OF_INCORPORATION = { bytes: await samplePdf('Extrait Kbis'), name: 'kbis.pdf', type: 'application/pdf' };
    files.PROOF_OF_ADDRESS = { bytes: await samplePdf('Facture EDF'), name: 'facture.pdf', type: 'application/pdf' };
  });
  afterAll(async () => {
    await stack?.close();
    compliance.remove();
    spool.remove();
  });

  let identityId = '';
  let version = 0;

  it('states the requirements of a French business, and shows them on a French number', async () => {
    const { body } = await stack.request(
      tokens.acme,
      `{ identityRequirements(countryCode: "fr", numberUse: LOCAL, kind: BUSINESS) { country { code } fields documents { code maxAgeDays options { kinds } } }
         viewer { account { phoneNumbers(first: 1) { edges { node { e164 identityRequirements(kind: INDIVIDUAL) { country { code } documents { code } } } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.identityRequirements).toEqual({
      country: { code: 'FR' },
      fields: ['LEGAL_NAME', 'REGISTRATION_NUMBER', 'ADDRESS', 'ADDRESS_IN_COUNTRY', 'CONTACT'],
      documents: [
        { code: 'IDENTITY_DOCUMENT', maxAgeDays: null, options: [{ kinds: ['ID_CARD_FRONT', 'ID_CARD_BACK'] }, { kinds: ['PASSPORT'] }] },
        { code: 'COMPANY_REGISTRATION', maxAgeDays: 92, options: [{ kinds: ['CERTIFICATE_OF_INCORPORATION'] }] },
        { code: 'PROOF_OF_ADDRESS', maxAgeDays: 92, options: [{ kinds: ['PROOF_OF_ADDRESS'] }] },
      ],
    });
    const number = body.data.viewer.account.phoneNumbers.edges[0].node;
    expect(number.identityRequirements).toEqual({ country: { code: 'FR' }, documents: [{ code: 'IDENTITY_DOCUMENT' }, { code: 'PROOF_OF_ADDRESS' }] });
  });

  it('creates a draft from the form, checking the SIRET, and says what it still lacks', async () => {
    const bad = await stack.request(tokens.acme, CREATE_IDENTITY, { input: { ...FRENCH_BUSINESS, registrationNumber: '732 829 321', contactEmail: 'nope' } });
    expect(bad.body.data.createIdentity.userErrors.map((e: any) => `${e.code}@${e.field}`).sort()).toEqual([
      'INVALID_EMAIL@contactEmail',
      'INVALID_REGISTRATION_NUMBER@registrationNumber',
    ]);

    const { body } = await stack.request(tokens.acme, CREATE_IDENTITY, { input: FRENCH_BUSINESS });
    const payload = body.data.createIdentity;
    expect(payload.userErrors).toEqual([]);
    expect(payload.identity).toMatchObject({
      status: 'DRAFT',
      reviewState: 'PENDING',
      version: 1,
      revision: 1,
      registrationNumber: '732829320',
      documents: [],
    });
    expect(payload.identity.missingRequirements.map((m: any) => m.code)).toEqual(['IDENTITY_DOCUMENT', 'COMPANY_REGISTRATION', 'PROOF_OF_ADDRESS']);
    identityId = payload.identity.id;
    version = payload.identity.version;
  });

  it('refuses to submit an incomplete identity', async () => {
    const { body } = await stack.request(tokens.acme, SUBMIT_IDENTITY, { input: { id: identityId, expectedVersion: version } });
    expect(body.data.submitIdentity.userErrors[0].code).toBe('IDENTITY_INCOMPLETE');
  });

  it("uploads the seed's four documents in one multipart request, each checked and hashed", async () => {
    const kinds = Object.keys(files);
    const query = `mutation(${kinds.map((_, i) => `$f${i}: Upload!`).join(', ')}) {
      ${kinds.map((kind, i) => `d${i}: uploadIdentityDocument(input: { identityId: "${identityId}", kind: ${kind}, file: $f${i} }) { document { kind contentType sizeBytes sha256 fileName state } userErrors { code } }`).join('\n')}
    }`;
    const { status, body } = await postMultipart(
      stack,
      tokens.acme,
      query,
      Object.fromEntries(kinds.map((_, i) => [`f${i}`, null])),
      kinds.map((kind, i) => ({ path: `f${i}`, ...files[kind]! })),
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    kinds.forEach((kind, i) => {
      const file = files[kind]!;
      expect(body.data[`d${i}`]).toEqual({
        document: { kind, contentType: file.type, sizeBytes: file.bytes.length, sha256: sha256(file.bytes), fileName: file.name, state: 'PENDING' },
        userErrors: [],
      });
    });
    expect(compliance.files()).toHaveLength(4);
    expect(spool.files()).toEqual([]);
  });

  it('submits the complete identity; reviewers see it in the queue, oldest first, filtered by country', async () => {
    const current = await stack.request(tokens.acme, `query($id: ID!) { identity(id: $id) { version missingRequirements { code } } }`, { id: identityId });
    expect(current.body.data.identity.missingRequirements).toEqual([]);
    const { body } = await stack.request(tokens.acme, SUBMIT_IDENTITY, { input: { id: identityId, expectedVersion: current.body.data.identity.version } });
    expect(body.data.submitIdentity.userErrors).toEqual([]);
    expect(body.data.submitIdentity.identity.status).toBe('IN_REVIEW');

    const queue = await stack.request(
      tokens.staff,
      `{ fr: identityReviewQueue(countryCode: "FR") { totalCount edges { node { id legalName } } } de: identityReviewQueue(countryCode: "DE") { totalCount } }`,
    );
    expect(queue.body.data.fr.edges.map((e: any) => e.node.id)).toContain(identityId);
    expect(queue.body.data.de.totalCount).toBe(0);
    const refused = await stack.request(tokens.acme, '{ identityReviewQueue { totalCount } }');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the customer and reviewers open a document through a short-lived signed link, nobody else', async () => {
    const query = `query($id: ID!) { identity(id: $id) { documents { id kind downloadPath } } }`;
    const staff = await stack.request(tokens.staff, query, { id: identityId });
    const kbis = staff.body.data.identity.documents.find((d: any) => d.kind === 'CERTIFICATE_OF_INCORPORATION');
    expect(kbis.downloadPath).toMatch(new RegExp(`^/files/compliance/${kbis.id}\\?account=${acmeId}&expires=\\d+&signature=[\\w-]{43}$`));
    // Through the gateway's origin: its route table forwards /files/compliance/ to compliance, streaming.
    const origin = new URL(stack.gateway.url).origin;
    const response = await fetch(origin + kbis.downloadPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(sha256(Buffer.from(await response.arrayBuffer()))).toBe(sha256(files.CERTIFICATE_OF_INCORPORATION!.bytes));
    // The customer's own link opens it too.
    const own = (await stack.request(tokens.acme, query, { id: identityId })).body.data.identity.documents.find(
      (d: any) => d.kind === 'CERTIFICATE_OF_INCORPORATION',
    );
    expect((await fetch(origin + own.downloadPath)).status).toBe(200);
    // A forged signature, or the link moved to another document, opens nothing.
    const tampered = kbis.downloadPath.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
    expect((await fetch(origin + tampered)).status).toBe(403);
    const other = staff.body.data.identity.documents.find((d: any) => d.kind === 'PROOF_OF_ADDRESS');
    expect((await fetch(origin + kbis.downloadPath.replace(kbis.id, other.id))).status).toBe(403);
    // Bound to the account: once the document is no longer the link's account's, the link is dead.
    const identities = stack.subgraphs.compliance.subgraph.dataSource.getRepository(Identity);
    await identities.update({ id: identityId }, { accountId: globexId });
    try {
      expect((await fetch(origin + kbis.downloadPath)).status).toBe(404);
    } finally {
      await identities.update({ id: identityId }, { accountId: acmeId });
    }
    // Compliance serves links only under /public, which the gateway alone reaches (no route at its root).
    expect((await fetch(new URL(stack.subgraphs.compliance.server.url).origin + kbis.downloadPath)).status).toBe(404);

    const foreign = await stack.request(tokens.globex, query, { id: identityId });
    expect(foreign.body.data.identity).toBeNull();
  });

  it('rejects the proof of address with a reason; the identity is REJECTED and the customer sees why', async () => {
    const documents = (await stack.request(tokens.staff, `query($id: ID!) { identity(id: $id) { documents { id kind version } } }`, { id: identityId })).body
      .data.identity.documents;
    const decide = (input: Record<string, unknown>) => stack.request(tokens.staff, DECIDE_DOCUMENT, { input });
    for (const document of documents) {
      const input =
        document.kind === 'PROOF_OF_ADDRESS'
          ? {
              documentId: document.id,
              expectedVersion: document.version,
              decision: 'REJECT',
              reason: 'ADDRESS_MISMATCH',
              note: 'The bill is for another street.',
            }
          : document.kind === 'CERTIFICATE_OF_INCORPORATION'
            ? { documentId: document.id, expectedVersion: document.version, decision: 'APPROVE', issuedOn: days(-20) }
            : { documentId: document.id, expectedVersion: document.version, decision: 'APPROVE', validUntil: days(3000) };
      const { body } = await decide(input);
      expect(body.data.decideIdentityDocument.userErrors).toEqual([]);
    }
    const { body } = await stack.request(tokens.acme, `query($id: ID!) { identity(id: $id) { ${IDENTITY_FIELDS} } }`, { id: identityId });
    const identity = body.data.identity;
    expect(identity.status).toBe('REJECTED');
    expect(identity.rejectionReason).toContain('PROOF_OF_ADDRESS');
    const proof = identity.documents.find((d: any) => d.kind === 'PROOF_OF_ADDRESS');
    expect(proof).toMatchObject({
      state: 'REJECTED',
      rejectionCode: 'ADDRESS_MISMATCH',
      rejectionReason: 'The address on the document does not match the identity. The bill is for another street.',
    });
    const kbis = identity.documents.find((d: any) => d.kind === 'CERTIFICATE_OF_INCORPORATION');
    expect(new Date(kbis.validUntil).getTime()).toBeGreaterThan(Date.now() + 60 * 86_400_000);
    expect(identity.missingRequirements.map((m: any) => m.code)).toEqual(['PROOF_OF_ADDRESS']);
  });

  it('replaces the rejected document (the old file is gone), resubmits, and the reviewer approves it', async () => {
    const before = compliance.files();
    const replacement = { bytes: await samplePdf('Facture EDF, 1 rue de la Paix'), name: 'facture-2.pdf', type: 'application/pdf' };
    const uploaded = await uploadDocument(stack, tokens.acme, identityId, 'PROOF_OF_ADDRESS', replacement);
    expect(uploaded.userErrors).toEqual([]);
    expect(uploaded.document.sha256).toBe(sha256(replacement.bytes));
    const after = compliance.files();
    expect(after).toHaveLength(4);
    expect(after.filter((f) => !before.includes(f))).toEqual([uploaded.document.id]);

    const resubmitted = await stack.request(tokens.acme, SUBMIT_IDENTITY, { input: { id: identityId, expectedVersion: uploaded.identity.version } });
    expect(resubmitted.body.data.submitIdentity.identity.status).toBe('IN_REVIEW');

    const { body } = await stack.request(tokens.staff, DECIDE_DOCUMENT, {
      input: { documentId: uploaded.document.id, expectedVersion: 1, decision: 'APPROVE', issuedOn: days(-5) },
    });
    expect(body.data.decideIdentityDocument.userErrors).toEqual([]);
    expect(body.data.decideIdentityDocument.identity.status).toBe('APPROVED');

    const final = await stack.request(
      tokens.acme,
      `query($id: ID!) { identity(id: $id) { status reviewState canBack(countryCode: "FR", numberUse: MOBILE) missingRequirements(approvedOnly: true) { code } reviewDecisions { totalCount } } }`,
      { id: identityId },
    );
    expect(final.body.data.identity).toEqual({ status: 'APPROVED', reviewState: 'APPROVED', canBack: true, missingRequirements: [], reviewDecisions: null });

    const audit = await stack.request(
      tokens.staff,
      `query($id: ID!) { identity(id: $id) { reviewDecisions(first: 20) { totalCount edges { node { decision reasonCode decidedBy decidedAt } } } } }`,
      { id: identityId },
    );
    // Decisions within one second keep no order (datetime columns); the set is what is audited, oldest second first.
    const decisions = audit.body.data.identity.reviewDecisions.edges.map((e: any) => e.node);
    expect(audit.body.data.identity.reviewDecisions.totalCount).toBe(7);
    expect(decisions.map((d: any) => d.decidedAt)).toEqual([...decisions.map((d: any) => d.decidedAt)].sort());
    expect(decisions.map((d: any) => d.decision).sort()).toEqual(
      ['APPROVE_DOCUMENT', 'APPROVE_DOCUMENT', 'APPROVE_DOCUMENT', 'REJECT_DOCUMENT', 'REJECT_IDENTITY', 'APPROVE_DOCUMENT', 'APPROVE_IDENTITY'].sort(),
    );
    expect(decisions.every((d: any) => d.decidedBy === 'reviewer-1')).toBe(true);
    expect(await stack.subgraphs.compliance.subgraph.dataSource.getRepository(ReviewDecision).countBy({ identityId })).toBe(7);
  });

  it('changing the approved identity starts a new revision, reviewed again, while the approved one stays', async () => {
    const current = (await stack.request(tokens.acme, `query($id: ID!) { identity(id: $id) { version } }`, { id: identityId })).body.data.identity;
    const { body } = await stack.request(
      tokens.acme,
      `mutation($input: UpdateIdentityInput!) { updateIdentity(input: $input) { identity { id status revision previousRevision { id status } documents { state } } userErrors { code } } }`,
      { input: { id: identityId, expectedVersion: current.version, legalName: 'Acme Téléphonie' } },
    );
    const revision = body.data.updateIdentity.identity;
    expect(revision).toMatchObject({ status: 'DRAFT', revision: 2, previousRevision: { id: identityId, status: 'APPROVED' } });
    expect(revision.documents.map((d: any) => d.state)).toEqual(['PENDING', 'PENDING', 'PENDING', 'PENDING']);
    expect(compliance.files()).toHaveLength(8);

    // Deleting the draft revision deletes its files; the approved identity keeps its own.
    const deleted = await stack.request(
      tokens.acme,
      `mutation($input: DeleteIdentityInput!) { deleteIdentity(input: $input) { deletedIdentityId userErrors { code } } }`,
      { input: { id: revision.id } },
    );
    expect(deleted.body.data.deleteIdentity).toEqual({ deletedIdentityId: revision.id, userErrors: [] });
    expect(compliance.files()).toHaveLength(4);
    const refused = await stack.request(
      tokens.acme,
      `mutation($input: DeleteIdentityInput!) { deleteIdentity(input: $input) { deletedIdentityId userErrors { code } } }`,
      { input: { id: identityId } },
    );
    expect(refused.body.data.deleteIdentity.userErrors).toEqual([{ code: 'IDENTITY_NOT_DELETABLE' }]);
    expect(spool.files()).toEqual([]);
  });
});
