import { samplePdf, sampleJpeg, samplePng } from '../bench/sample-documents';
import { SandboxCarrier } from '../subgraphs/numbering/src/carrier/carrier';
import { IdentityStateRow } from '../subgraphs/numbering/src/identity-state/identity-state.entity';
import { createNumbering } from '../subgraphs/numbering/src/subgraph';
import { codes, mutate } from './support/extensions';
import {
  CREATE_IDENTITY,
  days,
  DECIDE_DOCUMENT,
  FRENCH_BUSINESS,
  isolateTemporaryFiles,
  postMultipart,
  SUBMIT_IDENTITY,
  testCompliance,
  uploadDocument,
} from './support/identities';
import { availableNumbers, CREATE_ORDER, numberingDb, ORDER_FIELDS, RESERVE } from './support/numbers';
import { makeFixture, Stack } from './support/stack';
import { PAY_QUOTE, REQUEST_NUMBER_ORDER_QUOTE, saveFrenchBillingProfile } from './support/billing';

/**
 * Compliance's identity events drive the orders waiting on an identity, through the gateway and
 * the relays: submission, rejection, resubmission and approval move a paid order from
 * PENDING_DOCUMENTS to COMPLETED. The order is paid by card through billing's checkout.
 */
describe('number orders follow compliance identity events', () => {
  const spool = isolateTemporaryFiles();
  const compliance = testCompliance();
  let stack: Stack;
  const acme = makeFixture({ extensions: 1, numbers: 0, identities: 0 }, 'Acme');
  const tokens = { acme: '', staff: '' };

  beforeAll(async () => {
    stack = await Stack.start({
      definitions: { compliance: compliance.definition, numbering: createNumbering({ carrier: new SandboxCarrier(20) }) },
      events: { relay: { pollMs: 100, backoff: { baseMs: 50, maxMs: 500 } } },
    });
    tokens.acme = await stack.customerToken(await stack.seed(acme));
    tokens.staff = await stack.token({ subject: 'reviewer-1', role: 'STAFF', accountId: null, staffRole: 'compliance' });
    await saveFrenchBillingProfile(stack, tokens.acme, 'Acme SAS');
  });
  afterAll(async () => {
    await stack?.close();
    compliance.remove();
    spool.remove();
  });

  const readOrder = async (id: string) => (await stack.request(tokens.acme, `{ numberOrder(id: "${id}") { ${ORDER_FIELDS} } }`)).body.data.numberOrder;
  const waitFor = async (done: () => Promise<boolean>) => {
    for (const deadline = Date.now() + 30_000; !(await done()); await new Promise((r) => setTimeout(r, 50)))
      if (Date.now() > deadline) throw new Error('timed out');
  };
  const waitForState = async (id: string, state: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const order = await readOrder(id);
      if (order.state === state) return order;
      if (Date.now() > deadline) throw new Error(`order ${id} is ${order.state}, not ${state}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('PENDING_DOCUMENTS, submitted, rejected, resubmitted, approved: the order completes', async () => {
    const created = (await stack.request(tokens.acme, CREATE_IDENTITY, { input: FRENCH_BUSINESS })).body.data.createIdentity;
    expect(created.userErrors).toEqual([]);
    const identityId = created.identity.id;
    const files = {
      ID_CARD_FRONT: { bytes: sampleJpeg(320, 200), name: 'id-front.jpg', type: 'image/jpeg' },
      ID_CARD_BACK: { bytes: samplePng(320, 200), name: 'id-back.png', type: 'image/png' },
      CERTIFICATE_OF_INCORPORATION: { bytes: await samplePdf('Extrait Kbis'), name: 'kbis.pdf', type: 'application/pdf' },
      PROOF_OF_ADDRESS: { bytes: await samplePdf('Facture EDF'), name: 'facture.pdf', type: 'application/pdf' },
    };
    const kinds = Object.keys(files) as (keyof typeof files)[];
    const upload = `mutation(${kinds.map((_, i) => `$f${i}: Upload!`).join(', ')}) {
      ${kinds.map((kind, i) => `d${i}: uploadIdentityDocument(input: { identityId: "${identityId}", kind: ${kind}, file: $f${i} }) { identity { version } userErrors { code } }`).join('\n')}
    }`;
    const uploaded = await postMultipart(
      stack,
      tokens.acme,
      upload,
      Object.fromEntries(kinds.map((_, i) => [`f${i}`, null])),
      kinds.map((kind, i) => ({ path: `f${i}`, ...files[kind] })),
    );
    expect(uploaded.body.errors).toBeUndefined();
    const version = Math.max(...kinds.map((_, i) => uploaded.body.data[`d${i}`].identity.version));
    const submit = async (expectedVersion: number) =>
      expect((await stack.request(tokens.acme, SUBMIT_IDENTITY, { input: { id: identityId, expectedVersion } })).body.data.submitIdentity.userErrors).toEqual(
        [],
      );
    const decide = async (input: Record<string, unknown>) =>
      expect((await stack.request(tokens.staff, DECIDE_DOCUMENT, { input })).body.data.decideIdentityDocument.userErrors).toEqual([]);
    const replaceProof = async (text: string) => {
      const replaced = await uploadDocument(stack, tokens.acme, identityId, 'PROOF_OF_ADDRESS', {
        bytes: await samplePdf(text),
        name: 'facture.pdf',
        type: 'application/pdf',
      });
      expect(replaced.userErrors).toEqual([]);
      await submit(replaced.identity.version);
      return replaced.document.id as string;
    };
    // Submitted: under review, so it may back an order (a draft may not).
    await submit(version);

    const [paris] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Paris' }, 1);
    const reservation = (await mutate(stack, tokens.acme, RESERVE, { numberIds: [paris!.id] })).reservation;
    const ordered = await mutate(stack, tokens.acme, CREATE_ORDER, { reservationId: reservation.id, inboundAction: { action: 'VOICEMAIL' }, identityId });
    expect(codes(ordered)).toEqual([]);
    const id = ordered.order.id;

    // The review rejects the proof of address before the payment: the unpaid order does not move.
    const documents = (await stack.request(tokens.staff, `query($id: ID!) { identity(id: $id) { documents { id kind version } } }`, { id: identityId })).body
      .data.identity.documents;
    for (const document of documents) {
      await decide(
        document.kind === 'PROOF_OF_ADDRESS'
          ? { documentId: document.id, expectedVersion: document.version, decision: 'REJECT', reason: 'ADDRESS_MISMATCH', note: 'Another street.' }
          : document.kind === 'CERTIFICATE_OF_INCORPORATION'
            ? { documentId: document.id, expectedVersion: document.version, decision: 'APPROVE', issuedOn: days(-20) }
            : { documentId: document.id, expectedVersion: document.version, decision: 'APPROVE', validUntil: days(3000) },
      );
    }
    // Paid by card while the identity lacks a document: numbering knows it from compliance's rejection event.
    await waitFor(async () => (await numberingDb(stack).getRepository(IdentityStateRow).findOneBy({ identityId }))?.status === 'REJECTED');
    const quoted = await mutate(stack, tokens.acme, REQUEST_NUMBER_ORDER_QUOTE, { numberOrderId: id });
    expect(quoted.userErrors).toEqual([]);
    const paid = await mutate(stack, tokens.acme, PAY_QUOTE, { quoteId: quoted.quote.id, paymentMethod: 'pm_card_visa' });
    expect(paid.payment.state).toBe('SUCCEEDED');
    await waitForState(id, 'PENDING_DOCUMENTS');

    const second = await replaceProof('Facture EDF, rue de Rivoli');
    await waitForState(id, 'IN_REVIEW');
    await decide({ documentId: second, expectedVersion: 1, decision: 'REJECT', reason: 'ADDRESS_MISMATCH', note: 'Still another street.' });
    await waitForState(id, 'ACTION_REQUIRED');
    const third = await replaceProof('Facture EDF, 1 rue de la Paix');
    await waitForState(id, 'IN_REVIEW');
    await decide({ documentId: third, expectedVersion: 1, decision: 'APPROVE', issuedOn: days(-5) });
    const done = await waitForState(id, 'COMPLETED');
    expect(done.lines[0]).toMatchObject({ state: 'ACTIVE', phoneNumber: { e164: paris!.e164, state: 'ACTIVE' } });
    expect(
      done.history.edges
        .map((e: any) => e.node)
        .filter((h: any) => /^(IDENTITY|PAID)_/.test(h.event ?? ''))
        .map((h: any) => `${h.event}:${h.fromState}->${h.toState}:${h.actor}`),
    ).toEqual([
      'PAID_IDENTITY_INCOMPLETE:PENDING_PAYMENT->PENDING_DOCUMENTS:billing',
      'IDENTITY_SUBMITTED:PENDING_DOCUMENTS->IN_REVIEW:compliance',
      'IDENTITY_REJECTED:IN_REVIEW->ACTION_REQUIRED:compliance',
      'IDENTITY_RESUBMITTED:ACTION_REQUIRED->IN_REVIEW:compliance',
      'IDENTITY_APPROVED:IN_REVIEW->PROVISIONING:compliance',
    ]);

    // The events carried ids and facts only: no names, documents or reviewers' notes.
    const sent = await stack.subgraphs.compliance.subgraph.dataSource.query(
      "SELECT envelope FROM outbox_events WHERE aggregate_type = 'identity' ORDER BY aggregate_version",
    );
    expect(sent.map((row: any) => JSON.parse(row.envelope).type)).toEqual([
      'compliance.identity.submitted',
      'compliance.identity.rejected',
      'compliance.identity.submitted',
      'compliance.identity.rejected',
      'compliance.identity.submitted',
      'compliance.identity.approved',
    ]);
    const text = sent.map((row: any) => row.envelope).join('\n');
    for (const secret of ['Acme Téléphonie', 'Another street', 'rue de la Paix', 'Rivoli', 'compliance@acme.example', '732829320'])
      expect(text).not.toContain(secret);
  });
});
