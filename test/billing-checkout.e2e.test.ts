import express from 'express';
import { execute, parse } from 'graphql';
import { fixtureIds, listen, type AccountFixture, type Listening } from '../packages/kit/src';
import { defaultBillingSettings, sandboxChallengeUrl } from '../subgraphs/billing/src/billing-settings';
import { INVOICE_PATH, createInvoiceRouter } from '../subgraphs/billing/src/invoice/invoice-link';
import { CHALLENGE_PATH, createChallengeRouter } from '../subgraphs/billing/src/payment/challenge-page';
import { ScheduledSeatChange } from '../subgraphs/billing/src/payment/payment.entity';
import { PaymentService } from '../subgraphs/billing/src/payment/payment.service';
import { SandboxPaymentProvider } from '../subgraphs/billing/src/payment/sandbox-payment-provider';
import { applyDueScheduledChanges } from '../subgraphs/billing/src/renewal/apply-scheduled-changes';
import { createBilling } from '../subgraphs/billing/src/subgraph';
import { codes, mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';

/**
 * Checkout through the gateway with each sandbox card: the plan change is applied only when
 * paid, once; declines and a denied 3-D Secure leave everything as it was; the customer retries
 * with another card; a provider outage charges nothing and a retry charges once.
 * The 3-D Secure page runs on a local HTTP server (the gateway's public route table is the edge
 * issue's): its functions are the ones that route will mount.
 */
let now = new Date('2026-06-16T10:00:00Z');
let publicOrigin = 'http://127.0.0.1:1';
const sandbox = new SandboxPaymentProvider((intentId) => sandboxChallengeUrl(publicOrigin)(intentId));
const RETURN_URL = 'https://app.example/billing/return';

const START = `mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id version } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { planChange { id version } userErrors { code field message } } }`;
const QUOTE = `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id summary { totalDueNow { amountMinor } } } userErrors { code field message } } }`;
const PAYMENT_FIELDS = `id state amount { amountMinor currency } provider nextActionUrl lastErrorCode lastDeclineCode attempts { attempt providerStatus errorCode declineCode } invoice { id number issuedOn dueOn buyerLegalName buyerVatNumber vatRateBasisPoints vatMention subtotal { amountMinor } vat { amountMinor } total { amountMinor } lines { description quantity amount { amountMinor } } downloadUrl }`;
const CHECKOUT = `mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { quote { id state planChange { state } } payment { ${PAYMENT_FIELDS} } userErrors { code field message } } }`;
const CONFIRM = `mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { quote { id planChange { state } } payment { ${PAYMENT_FIELDS} } userErrors { code field message } } }`;
const SEATS = `{ viewer { account { subscriptions { quantity plan { code } } } } }`;

describe('checkout and card payment through the gateway', () => {
  let stack: Stack;
  let challenge: Listening;
  let fixture: AccountFixture;
  let accountId: string;
  let token: string;

  beforeAll(async () => {
    const settings = { ...defaultBillingSettings(), clock: () => now, paymentProvider: sandbox, returnUrlOrigins: ['https://app.example'] };
    stack = await Stack.start({ definitions: { billing: createBilling(settings) } });
    const db = stack.subgraphs.billing.subgraph.dataSource;
    // The public routes billing will have on the gateway's route table, on a local server here.
    const app = express();
    app.use(CHALLENGE_PATH, createChallengeRouter({ db, sandbox, payments: new PaymentService(db, sandbox, () => now) }));
    app.use(INVOICE_PATH, createInvoiceRouter({ db, secret: settings.linkSecret, clock: () => now }));
    challenge = await listen(app, 0);
    publicOrigin = challenge.url.replace(/\/graphql$/, '').replace(/\/$/, '');
    settings.publicOrigin = publicOrigin;
    fixture = makeFixture({ extensions: 10, numbers: 2, identities: 1 }, 'Payer');
    accountId = await stack.seed(fixture);
    token = await stack.customerToken(accountId);
    const saved = await mutate(stack, token, `mutation($input: SaveBillingProfileInput!) { saveBillingProfile(input: $input) { userErrors { code } } }`, {
      legalName: 'Payer SAS', addressLine1: '1 rue de Rivoli', postalCode: '75001', city: 'Paris', countryCode: 'FR', customerKind: 'BUSINESS', siren: '552100554',
    });
    expect(saved.userErrors).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    await challenge?.close();
    await stack?.close();
  });
  beforeEach(() => {
    now = new Date('2026-06-16T10:00:00Z');
    sandbox.unavailable = false;
  });

  const seats = async () => {
    const { body } = await stack.request(token, SEATS);
    return Object.fromEntries(body.data.viewer.account.subscriptions.map((s: any) => [s.plan.code, s.quantity]));
  };

  /** Add tab (or other lines) on a fresh plan change, then Continue: the quote id. */
  async function quoteFor(family: string, lines: Record<string, unknown>): Promise<{ quoteId: string; total: number }> {
    const started = await mutate(stack, token, START, { family });
    const updated = await mutate(stack, token, UPDATE, { id: started.planChange.id, expectedVersion: started.planChange.version, ...lines });
    expect(updated.userErrors).toEqual([]);
    const quoted = await mutate(stack, token, QUOTE, { planChangeId: started.planChange.id, expectedVersion: updated.planChange.version });
    expect(quoted.userErrors).toEqual([]);
    return { quoteId: quoted.quote.id, total: quoted.quote.summary.totalDueNow.amountMinor };
  }
  const addMobile = { additions: [{ planId: fixtureIds.plan('PS-FRANCE-MOBILE'), quantity: 1 }] };

  it('pm_card_visa: paid, then applied at once (EUR 24.95 + 20 % = EUR 29.94)', async () => {
    const before = await seats();
    const { quoteId, total } = await quoteFor('PHONE_SYSTEM', addMobile);
    expect(total).toBe(2994);
    const paid = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'visa-1' });
    expect(paid.userErrors).toEqual([]);
    expect(paid.payment).toMatchObject({ state: 'SUCCEEDED', amount: { amountMinor: 2994, currency: 'EUR' }, provider: 'sandbox', attempts: [{ attempt: 1, providerStatus: 'succeeded' }] });
    expect(paid.quote).toMatchObject({ state: 'ACCEPTED', planChange: { state: 'APPLIED' } });
    expect(await seats()).toEqual({ ...before, 'PS-FRANCE-MOBILE': before['PS-FRANCE-MOBILE'] + 1 });
    const invoice = paid.payment.invoice;
    expect(invoice).toMatchObject({
      number: '2026-000001',
      issuedOn: '2026-06-16',
      dueOn: '2026-06-16',
      buyerLegalName: 'Payer SAS',
      vatRateBasisPoints: 2000,
      subtotal: { amountMinor: 2495 },
      vat: { amountMinor: 499 },
      total: { amountMinor: 2994 },
      lines: [{ description: 'Add 1 user of France fixed & mobile, 15/30 days from 2026-06-16', quantity: 1, amount: { amountMinor: 2495 } }],
    });
    // The PDF, streamed through a short-lived signed link.
    const pdf = await fetch(invoice.downloadUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    console.log(`invoice ${invoice.number}: ${bytes.length} bytes of PDF; ${JSON.stringify(invoice)}`);
    const signatureAt = invoice.downloadUrl.length - 10;
    const flipped = invoice.downloadUrl[signatureAt] === 'A' ? 'B' : 'A';
    expect((await fetch(invoice.downloadUrl.slice(0, signatureAt) + flipped + invoice.downloadUrl.slice(signatureAt + 1))).status).toBe(404);
    now = new Date('2026-06-16T10:05:00Z');
    expect((await fetch(invoice.downloadUrl)).status).toBe(404);
    now = new Date('2026-06-16T10:00:00Z');
    // The same key again: the same payment, nothing charged or applied twice.
    const replay = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'visa-1' });
    expect(replay.payment.id).toBe(paid.payment.id);
    expect(await seats()).toEqual({ ...before, 'PS-FRANCE-MOBILE': before['PS-FRANCE-MOBILE'] + 1 });
  });

  it('both declines leave everything as it was, every attempt is kept, and another card pays', async () => {
    const before = await seats();
    const { quoteId } = await quoteFor('PREDICTIVE_DIALER', { additions: [{ planId: fixtureIds.plan('PD-STANDARD'), quantity: 2 }] });
    const declined = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_chargeDeclined' });
    expect(declined.payment).toMatchObject({ state: 'REQUIRES_PAYMENT_METHOD', lastErrorCode: 'card_declined', lastDeclineCode: 'generic_decline' });
    expect(declined.quote.planChange.state).toBe('CHECKED_OUT');
    expect(await seats()).toEqual(before);
    const poor = await mutate(stack, token, CONFIRM, { paymentId: declined.payment.id, paymentMethod: 'pm_card_chargeDeclinedInsufficientFunds' });
    expect(poor.payment).toMatchObject({ state: 'REQUIRES_PAYMENT_METHOD', lastDeclineCode: 'insufficient_funds' });
    expect(await seats()).toEqual(before);
    expect(codes(await mutate(stack, token, CONFIRM, { paymentId: declined.payment.id }))).toEqual(['PAYMENT_METHOD_REQUIRED@paymentMethod']);
    const paid = await mutate(stack, token, CONFIRM, { paymentId: declined.payment.id, paymentMethod: 'pm_card_visa' });
    expect(paid.payment.state).toBe('SUCCEEDED');
    expect(paid.payment.attempts.map((a: any) => [a.attempt, a.providerStatus, a.declineCode])).toEqual([
      [1, 'requires_payment_method', 'generic_decline'],
      [2, 'requires_payment_method', 'insufficient_funds'],
      [3, 'succeeded', null],
    ]);
    expect(paid.quote.planChange.state).toBe('APPLIED');
    expect(paid.payment.invoice.number).toBe('2026-000002'); // no number for the declines: gapless
    expect(await seats()).toEqual({ ...before, 'PD-STANDARD': before['PD-STANDARD'] + 2 });
    expect(codes(await mutate(stack, token, CONFIRM, { paymentId: declined.payment.id, paymentMethod: 'pm_card_visa' }))).toEqual(['PAYMENT_NOT_RETRYABLE@paymentId']);
  });

  it('3-D Secure approved on the challenge page: redirected to the allowed return URL, then applied', async () => {
    const before = await seats();
    const { quoteId } = await quoteFor('PHONE_SYSTEM', addMobile);
    expect(codes(await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_threeDSecure2Required', returnUrl: 'https://evil.example/steal' }))).toEqual(['RETURN_URL_NOT_ALLOWED@returnUrl']);
    const pending = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_threeDSecure2Required', returnUrl: RETURN_URL });
    expect(pending.payment.state).toBe('REQUIRES_ACTION');
    expect(pending.payment.nextActionUrl).toMatch(new RegExp(`^${publicOrigin}${CHALLENGE_PATH}/pi_sandbox_`));
    expect(await seats()).toEqual(before);

    const page = await fetch(pending.payment.nextActionUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('€29.94');
    const answer = await fetch(pending.payment.nextActionUrl, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`${RETURN_URL}?payment=${pending.payment.id}&state=SUCCEEDED`);
    expect(await seats()).toEqual({ ...before, 'PS-FRANCE-MOBILE': before['PS-FRANCE-MOBILE'] + 1 });
    // Answering twice changes nothing.
    expect((await fetch(pending.payment.nextActionUrl, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' })).status).toBe(404);
    expect(await seats()).toEqual({ ...before, 'PS-FRANCE-MOBILE': before['PS-FRANCE-MOBILE'] + 1 });
  });

  it('3-D Secure denied: nothing applied, the customer can retry with another card', async () => {
    const before = await seats();
    const { quoteId } = await quoteFor('PHONE_SYSTEM', addMobile);
    const pending = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_threeDSecure2Required', returnUrl: RETURN_URL });
    const answer = await fetch(pending.payment.nextActionUrl, { method: 'POST', body: new URLSearchParams({ decision: 'deny' }), redirect: 'manual' });
    expect(answer.headers.get('location')).toBe(`${RETURN_URL}?payment=${pending.payment.id}&state=REQUIRES_PAYMENT_METHOD`);
    expect(await seats()).toEqual(before);
    const { body } = await stack.request(token, `query($id: ID!) { quote(id: $id) { payment { state lastErrorCode } planChange { state } } }`, { id: quoteId });
    expect(body.data.quote).toEqual({ payment: { state: 'REQUIRES_PAYMENT_METHOD', lastErrorCode: 'payment_intent_authentication_failure' }, planChange: { state: 'CHECKED_OUT' } });
    const paid = await mutate(stack, token, CONFIRM, { paymentId: pending.payment.id, paymentMethod: 'pm_card_visa' });
    expect(paid.payment.state).toBe('SUCCEEDED');
    expect(await seats()).toEqual({ ...before, 'PS-FRANCE-MOBILE': before['PS-FRANCE-MOBILE'] + 1 });
  });

  it('provider down: PAYMENT_PROVIDER_UNAVAILABLE, nothing applied; a retry charges once', async () => {
    const before = await seats();
    const { quoteId } = await quoteFor('ROBOT_DIALER', { additions: [{ planId: fixtureIds.plan('RD-STANDARD'), quantity: 1 }] });
    sandbox.unavailable = true;
    const down = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'down-1' });
    expect(codes(down)).toEqual(['PAYMENT_PROVIDER_UNAVAILABLE@null']);
    expect(down.payment.state).toBe('REQUIRES_CONFIRMATION');
    expect(await seats()).toEqual(before);
    sandbox.unavailable = false;
    const retried = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'down-1' });
    expect(retried.payment).toMatchObject({ id: down.payment.id, state: 'SUCCEEDED' });
    const again = await mutate(stack, token, CONFIRM, { paymentId: down.payment.id });
    expect(codes(again)).toEqual(['PAYMENT_NOT_RETRYABLE@paymentId']);
    const providerId = (await stack.subgraphs.billing.subgraph.dataSource.query('SELECT provider_payment_id AS id FROM payments WHERE id = ?', [down.payment.id]))[0].id;
    expect(sandbox.chargesOf(providerId)).toBe(1);
    expect(await seats()).toEqual({ ...before, 'RD-STANDARD': before['RD-STANDARD'] + 1 });
  });

  it('a charge whose answer was lost is recorded and applied once when billing starts again', async () => {
    const before = await seats();
    const { quoteId } = await quoteFor('ROBOT_DIALER', { additions: [{ planId: fixtureIds.plan('RD-STANDARD'), quantity: 2 }] });
    sandbox.loseNextAnswer = true;
    const lost = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa' });
    expect(codes(lost)).toEqual(['PAYMENT_PROVIDER_UNAVAILABLE@null']);
    expect(lost.payment.state).toBe('REQUIRES_CONFIRMATION');
    expect(await seats()).toEqual(before);
    // What a restart runs before serving (SubgraphDefinition.prepare), twice: applied once.
    const billing = stack.subgraphs.billing.subgraph;
    await billing.definition.prepare!(billing.dataSource);
    await billing.definition.prepare!(billing.dataSource);
    const { body } = await stack.request(token, `query($id: ID!) { quote(id: $id) { payment { state attempts { providerStatus } invoice { number } } planChange { state } } }`, { id: quoteId });
    expect(body.data.quote).toMatchObject({ payment: { state: 'SUCCEEDED', attempts: [{ providerStatus: 'succeeded' }] }, planChange: { state: 'APPLIED' } });
    const providerId = (await billing.dataSource.query('SELECT provider_payment_id AS id FROM payments WHERE id = ?', [lost.payment.id]))[0].id;
    expect(sandbox.chargesOf(providerId)).toBe(1);
    expect(await seats()).toEqual({ ...before, 'RD-STANDARD': before['RD-STANDARD'] + 2 });
  });

  it('two checkouts of one quote at once, with different keys, make one payment', async () => {
    const { quoteId } = await quoteFor('PHONE_SYSTEM', addMobile);
    const [a, b] = await Promise.all([
      mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'race-a' }),
      mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'race-b' }),
    ]);
    expect(a.payment.id).toBe(b.payment.id);
    const rows = await stack.subgraphs.billing.subgraph.dataSource.query('SELECT COUNT(*) AS n FROM payments WHERE quote_id = ?', [quoteId]);
    expect(Number(rows[0].n)).toBe(1);
  });

  it('removals need no payment: applied at once as scheduled for the next period', async () => {
    const before = await seats();
    const { quoteId, total } = await quoteFor('PHONE_SYSTEM', { removals: [{ extensionId: fixtureIds.extension(fixture, 1) }] });
    expect(total).toBe(0);
    const done = await mutate(stack, token, CHECKOUT, { quoteId });
    expect(done).toMatchObject({ payment: null, quote: { planChange: { state: 'APPLIED' } }, userErrors: [] });
    // Every payment got its invoice, numbered without gaps.
    const { body } = await stack.request(token, `{ viewer { account { invoices(first: 20) { totalCount edges { node { number } } } } } }`);
    const numbers = body.data.viewer.account.invoices.edges.map((e: any) => e.node.number);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => `2026-${String(i + 1).padStart(6, '0')}`));
    expect(numbers.length).toBe(7);
    expect(await seats()).toEqual(before);
    const scheduled = await stack.subgraphs.billing.subgraph.dataSource.getRepository(ScheduledSeatChange).findBy({ accountId });
    expect(scheduled.map((s) => [s.planId, s.delta, s.extensionId, s.effectiveOn])).toEqual([[fixtureIds.plan('PS-EUROPE'), -1, fixtureIds.extension(fixture, 1), '2026-07-01']]);
    // The renewal's first step applies it on 1 July, once, however often it runs.
    const db = stack.subgraphs.billing.subgraph.dataSource;
    expect(await applyDueScheduledChanges(db, '2026-06-30', now)).toBe(0);
    const runs = await Promise.all([applyDueScheduledChanges(db, '2026-07-01', now), applyDueScheduledChanges(db, '2026-07-01', now)]);
    expect(runs[0]! + runs[1]!).toBe(1);
    expect(await applyDueScheduledChanges(db, '2026-07-02', now)).toBe(0);
    expect(await seats()).toEqual({ ...before, 'PS-EUROPE': before['PS-EUROPE'] - 1 });
  });

  it('staff search invoices and payments across accounts and credit an invoice with a new numbered document', async () => {
    // Credentials do not carry permissions yet (the callers issue): default staff hold staff:read
    // only, so through the gateway staff:billing is refused; a caller holding it is run in process
    // against billing's own schema and context, as the gateway's credential will carry it.
    const billing = stack.subgraphs.billing.subgraph;
    const asStaffBilling = async (source: string, variableValues: Record<string, unknown>) => {
      const contextValue = billing.createContext({ caller: { subject: 'staff-billing-1', role: 'STAFF', accountId: null, permissions: ['staff:read', 'staff:billing'] }, requestId: 'test' });
      const result = await execute({ schema: billing.schema, document: parse(source), variableValues, contextValue });
      expect(result.errors).toBeUndefined();
      return result.data as any;
    };
    const found = await asStaffBilling(
      `query($a: ID!) { staffInvoices(accountId: $a, numberPrefix: "2026-", first: 2) { totalCount edges { node { id number kind total { amountMinor } } } } staffPayments(accountId: $a, state: SUCCEEDED, first: 20) { totalCount } }`,
      { a: accountId },
    );
    expect(found.staffInvoices.totalCount).toBe(7);
    expect(found.staffPayments.totalCount).toBe(7);
    const first = found.staffInvoices.edges[0].node;
    expect(first).toMatchObject({ number: '2026-000001', kind: 'INVOICE', total: { amountMinor: 2994 } });

    const staff = await stack.staffToken();
    const refused = await stack.request(staff, `{ staffInvoices(first: 1) { totalCount } }`);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const customer = await stack.request(token, `{ staffPayments(first: 1) { totalCount } }`);
    expect(customer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const ISSUE = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { creditNote { number kind creditReason total { amountMinor } lines { amount { amountMinor } } } userErrors { code field message } } }`;
    const credited = (await asStaffBilling(ISSUE, { input: { invoiceId: first.id, reason: 'Commercial gesture' } })).issueCreditNote;
    expect(credited.userErrors).toEqual([]);
    expect(credited.creditNote).toMatchObject({ number: '2026-000008', kind: 'CREDIT_NOTE', creditReason: 'Commercial gesture', total: { amountMinor: -2994 }, lines: [{ amount: { amountMinor: -2495 } }] });
    const again = (await asStaffBilling(ISSUE, { input: { invoiceId: first.id, reason: 'Again' } })).issueCreditNote;
    expect(again.userErrors.map((e: any) => `${e.code}@${e.field}`)).toEqual(['INVOICE_ALREADY_CREDITED@invoiceId']);
    const byGateway = await stack.request(staff, `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { userErrors { code } } }`, { input: { invoiceId: first.id, reason: 'x' } });
    expect(byGateway.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The customer sees its credit note beside the invoice, which is unchanged.
    const { body } = await stack.request(token, `{ viewer { account { invoices(first: 20) { edges { node { number kind total { amountMinor } downloadUrl } } } } } }`);
    const listed = body.data.viewer.account.invoices.edges.map((e: any) => e.node);
    expect(listed[0]).toMatchObject({ number: '2026-000001', kind: 'INVOICE', total: { amountMinor: 2994 } });
    expect(listed.at(-1)).toMatchObject({ number: '2026-000008', kind: 'CREDIT_NOTE', total: { amountMinor: -2994 } });
    expect((await fetch(listed.at(-1).downloadUrl)).status).toBe(200);
  });
});
