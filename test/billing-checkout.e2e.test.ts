import { randomBytes } from 'node:crypto';
import { fixtureIds, LinkSigner, type AccountFixture } from '../packages/kit/src';
import { defaultBillingSettings } from '../subgraphs/billing/src/billing-settings';
import { ScheduledSeatChange } from '../subgraphs/billing/src/payment/payment.entity';
import { SandboxPaymentProvider } from '../subgraphs/billing/src/payment/sandbox-payment-provider';
import { applyDueScheduledChanges } from '../subgraphs/billing/src/renewal/apply-scheduled-changes';
import { createBilling } from '../subgraphs/billing/src/subgraph';
import { codes, mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';
import { saveFrenchBillingProfile } from './support/billing';

/**
 * Checkout through the gateway with each sandbox card: the plan change is applied only when
 * paid, once; declines and a denied 3-D Secure leave everything as it was; the customer retries
 * with another card; a provider outage charges nothing and a retry charges once.
 * The 3-D Secure page and the invoice PDFs are billing's public routes, reached on the gateway's
 * origin through its route table, behind links signed with LINK_SECRET.
 */
let now = new Date('2026-06-16T10:00:00Z');
let publicOrigin = '';
const sandbox = new SandboxPaymentProvider();
const linkSecret = randomBytes(32).toString('hex');
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
  let fixture: AccountFixture;
  let accountId: string;
  let otherAccountId: string;
  let token: string;

  beforeAll(async () => {
    const settings = { ...defaultBillingSettings(), clock: () => now, paymentProvider: sandbox, returnUrlOrigins: ['https://app.example'] };
    stack = await Stack.start({ definitions: { billing: createBilling(settings) }, linkSecret });
    // PUBLIC_ORIGIN is the gateway's: links point at its route table.
    publicOrigin = new URL(stack.gateway.url).origin;
    settings.publicOrigin = publicOrigin;
    fixture = makeFixture({ extensions: 10, numbers: 2, identities: 1 }, 'Payer');
    accountId = await stack.seed(fixture);
    otherAccountId = await stack.seed(makeFixture({ extensions: 1, numbers: 1, identities: 0 }, 'Other'));
    token = await stack.customerToken(accountId);
    await saveFrenchBillingProfile(stack, token, 'Payer SAS');
  }, 120_000);
  afterAll(async () => {
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
  /** Tampered, expired, another account's, another purpose's, or no signature: refused, no PDF. */
  async function expectInvoiceLinkRefusals(invoiceId: string, downloadUrl: string): Promise<void> {
    const refused = async (url: string, status: number) => {
      const answer = await fetch(url);
      expect([url, answer.status]).toEqual([url, status]);
      expect(answer.headers.get('content-type')).not.toMatch(/pdf/);
    };
    const signatureAt = downloadUrl.length - 10;
    await refused(downloadUrl.slice(0, signatureAt) + (downloadUrl[signatureAt] === 'A' ? 'B' : 'A') + downloadUrl.slice(signatureAt + 1), 403);
    const swapped = new URL(downloadUrl);
    swapped.searchParams.set('account', otherAccountId);
    await refused(swapped.toString(), 403);
    await refused(`${publicOrigin}/files/billing/${invoiceId}`, 403);
    // Signed with billing's key: an hour ago (expired), for another account (not its invoice), for the challenge page.
    const billingKey = (clock?: () => number) => new LinkSigner(linkSecret, 'billing', clock);
    await refused(
      `${publicOrigin}${billingKey(() => Date.now() - 3_600_000).link('/files/billing/', { purpose: 'invoice-pdf', objectId: invoiceId, accountId })}`,
      403,
    );
    await refused(`${publicOrigin}${billingKey().link('/files/billing/', { purpose: 'invoice-pdf', objectId: invoiceId, accountId: otherAccountId })}`, 404);
    await refused(`${publicOrigin}${billingKey().link('/files/billing/', { purpose: 'payment-challenge', objectId: invoiceId, accountId })}`, 403);
    // Compliance's key (same LINK_SECRET, another subgraph) opens nothing of billing's.
    await refused(
      `${publicOrigin}${new LinkSigner(linkSecret, 'compliance').link('/files/billing/', { purpose: 'invoice-pdf', objectId: invoiceId, accountId })}`,
      403,
    );
    // The other account's customer does not see the invoice at all.
    const { body } = await stack.request(await stack.customerToken(otherAccountId), `{ viewer { account { invoices(first: 50) { totalCount } } } }`);
    expect(body.data.viewer.account.invoices.totalCount).toBe(0);
  }
  const addMobile = { additions: [{ planId: fixtureIds.plan('PS-FRANCE-MOBILE'), quantity: 1 }] };

  it('pm_card_visa: paid, then applied at once (EUR 24.95 + 20 % = EUR 29.94)', async () => {
    const before = await seats();
    const { quoteId, total } = await quoteFor('PHONE_SYSTEM', addMobile);
    expect(total).toBe(2994);
    const paid = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'visa-1' });
    expect(paid.userErrors).toEqual([]);
    expect(paid.payment).toMatchObject({
      state: 'SUCCEEDED',
      amount: { amountMinor: 2994, currency: 'EUR' },
      provider: 'sandbox',
      attempts: [{ attempt: 1, providerStatus: 'succeeded' }],
    });
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
    // The PDF, streamed through the gateway behind a short-lived signed link bound to the account.
    expect(invoice.downloadUrl).toMatch(new RegExp(`^${publicOrigin}/files/billing/${invoice.id}\\?account=${accountId}&expires=\\d+&signature=`));
    const pdf = await fetch(invoice.downloadUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    console.log(`invoice ${invoice.number}: ${bytes.length} bytes of PDF; ${JSON.stringify(invoice)}`);
    await expectInvoiceLinkRefusals(invoice.id, invoice.downloadUrl);
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
    expect(codes(await mutate(stack, token, CONFIRM, { paymentId: declined.payment.id, paymentMethod: 'pm_card_visa' }))).toEqual([
      'PAYMENT_NOT_RETRYABLE@paymentId',
    ]);
  });

  it('3-D Secure approved on the challenge page: redirected to the allowed return URL, then applied', async () => {
    const before = await seats();
    const { quoteId } = await quoteFor('PHONE_SYSTEM', addMobile);
    expect(
      codes(await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_threeDSecure2Required', returnUrl: 'https://evil.example/steal' })),
    ).toEqual(['RETURN_URL_NOT_ALLOWED@returnUrl']);
    const pending = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_threeDSecure2Required', returnUrl: RETURN_URL });
    expect(pending.payment.state).toBe('REQUIRES_ACTION');
    const link = pending.payment.nextActionUrl as string;
    expect(link).toMatch(new RegExp(`^${publicOrigin}/pay/pi_sandbox_\\w+\\?account=${accountId}&expires=\\d+&signature=`));
    expect(await seats()).toEqual(before);

    // The bank's page through the gateway; its forms post back to the same signed link.
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('€29.94');
    expect(html).toContain(`action="${new URL(link).pathname}${new URL(link).search.replace(/&/g, '&#38;')}"`);
    // Without the signature, or with another account's: refused, nothing decided.
    const unsigned = `${publicOrigin}${new URL(link).pathname}`;
    expect((await fetch(unsigned, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' })).status).toBe(403);
    const swapped = new URL(link);
    swapped.searchParams.set('account', otherAccountId);
    expect((await fetch(swapped, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' })).status).toBe(403);
    expect(await seats()).toEqual(before);
    // An open-redirect attempt: a return URL in the query and in the form is ignored; the one allowed at checkout is used.
    const answer = await fetch(`${link}&returnUrl=${encodeURIComponent('https://evil.example/steal')}`, {
      method: 'POST',
      body: new URLSearchParams({ decision: 'approve', returnUrl: 'https://evil.example/steal', return_url: 'https://evil.example/steal' }),
      redirect: 'manual',
    });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`${RETURN_URL}?payment=${pending.payment.id}&state=SUCCEEDED`);
    expect(await seats()).toEqual({ ...before, 'PS-FRANCE-MOBILE': before['PS-FRANCE-MOBILE'] + 1 });
    // Answering twice changes nothing.
    expect((await fetch(link, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' })).status).toBe(404);
    expect(await seats()).toEqual({ ...before, 'PS-FRANCE-MOBILE': before['PS-FRANCE-MOBILE'] + 1 });
  });

  it('3-D Secure denied: nothing applied, the customer can retry with another card', async () => {
    const before = await seats();
    const { quoteId } = await quoteFor('PHONE_SYSTEM', addMobile);
    const pending = await mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_threeDSecure2Required', returnUrl: RETURN_URL });
    expect(pending.payment.nextActionUrl).toMatch(new RegExp(`^${publicOrigin}/pay/`));
    const answer = await fetch(pending.payment.nextActionUrl, { method: 'POST', body: new URLSearchParams({ decision: 'deny' }), redirect: 'manual' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`${RETURN_URL}?payment=${pending.payment.id}&state=REQUIRES_PAYMENT_METHOD`);
    expect(await seats()).toEqual(before);
    const { body } = await stack.request(token, `query($id: ID!) { quote(id: $id) { payment { state lastErrorCode } planChange { state } } }`, { id: quoteId });
    expect(body.data.quote).toEqual({
      payment: { state: 'REQUIRES_PAYMENT_METHOD', lastErrorCode: 'payment_intent_authentication_failure' },
      planChange: { state: 'CHECKED_OUT' },
    });
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
    const providerId = (
      await stack.subgraphs.billing.subgraph.dataSource.query('SELECT provider_payment_id AS id FROM payments WHERE id = ?', [down.payment.id])
    )[0].id;
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
    const { body } = await stack.request(
      token,
      `query($id: ID!) { quote(id: $id) { payment { state attempts { providerStatus } invoice { number } } planChange { state } } }`,
      { id: quoteId },
    );
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

  it('two checkouts of one quote at once, with the same key, make one payment charged once', async () => {
    const before = await seats();
    const { quoteId } = await quoteFor('PHONE_SYSTEM', addMobile);
    const [a, b] = await Promise.all([
      mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'same-key' }),
      mutate(stack, token, CHECKOUT, { quoteId, paymentMethod: 'pm_card_visa', idempotencyKey: 'same-key' }),
    ]);
    expect(a.payment.id).toBe(b.payment.id);
    const db = stack.subgraphs.billing.subgraph.dataSource;
    const rows = await db.query('SELECT provider_payment_id AS id FROM payments WHERE quote_id = ?', [quoteId]);
    expect(rows).toHaveLength(1);
    expect(sandbox.chargesOf(rows[0].id)).toBe(1);
    expect(await seats()).toEqual({ ...before, 'PS-FRANCE-MOBILE': before['PS-FRANCE-MOBILE'] + 1 });
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
    expect(numbers.length).toBe(8);
    expect(await seats()).toEqual(before);
    const scheduled = await stack.subgraphs.billing.subgraph.dataSource.getRepository(ScheduledSeatChange).findBy({ accountId });
    expect(scheduled.map((s) => [s.planId, s.delta, s.extensionId, s.effectiveOn])).toEqual([
      [fixtureIds.plan('PS-EUROPE'), -1, fixtureIds.extension(fixture, 1), '2026-07-01'],
    ]);
    // The renewal's first step applies it on 1 July, once, however often it runs.
    const db = stack.subgraphs.billing.subgraph.dataSource;
    expect(await applyDueScheduledChanges(db, '2026-06-30', now)).toBe(0);
    const runs = await Promise.all([applyDueScheduledChanges(db, '2026-07-01', now), applyDueScheduledChanges(db, '2026-07-01', now)]);
    expect(runs[0]! + runs[1]!).toBe(1);
    expect(await applyDueScheduledChanges(db, '2026-07-02', now)).toBe(0);
    expect(await seats()).toEqual({ ...before, 'PS-EUROPE': before['PS-EUROPE'] - 1 });
  });

  it('staff search invoices and payments across accounts and credit an invoice with a new numbered document', async () => {
    // A real staff token of the role table's `billing` row (staff:billing), through the gateway.
    const billingStaff = await stack.staffToken('billing');
    const asStaffBilling = async (source: string, variables: Record<string, unknown>) => {
      const { body } = await stack.request(billingStaff, source, variables);
      expect(body.errors).toBeUndefined();
      return body.data as any;
    };
    const found = await asStaffBilling(
      `query($a: ID!) { staffInvoices(accountId: $a, numberPrefix: "2026-", first: 2) { totalCount edges { node { id number kind total { amountMinor } } } } staffPayments(accountId: $a, state: SUCCEEDED, first: 20) { totalCount } }`,
      { a: accountId },
    );
    expect(found.staffInvoices.totalCount).toBe(8);
    expect(found.staffPayments.totalCount).toBe(8);
    const first = found.staffInvoices.edges[0].node;
    expect(first).toMatchObject({ number: '2026-000001', kind: 'INVOICE', total: { amountMinor: 2994 } });

    // Support staff (staff:read, no staff:billing) are refused both, like customers.
    const staff = await stack.staffToken('support');
    // Admin staff hold every permission.
    const admin = await stack.request(await stack.staffToken('admin'), `query($a: ID!) { staffInvoices(accountId: $a, first: 1) { totalCount } }`, {
      a: accountId,
    });
    expect(admin.body.data.staffInvoices.totalCount).toBe(8);
    const refused = await stack.request(staff, `{ staffInvoices(first: 1) { totalCount } }`);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.request(staff, `{ staffPayments(first: 1) { totalCount } }`)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const customer = await stack.request(token, `{ staffPayments(first: 1) { totalCount } }`);
    expect(customer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const ISSUE = `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { creditNote { number kind creditReason total { amountMinor } lines { amount { amountMinor } } } userErrors { code field message } } }`;
    const credited = (await asStaffBilling(ISSUE, { input: { invoiceId: first.id, reason: 'Commercial gesture' } })).issueCreditNote;
    expect(credited.userErrors).toEqual([]);
    expect(credited.creditNote).toMatchObject({
      number: '2026-000009',
      kind: 'CREDIT_NOTE',
      creditReason: 'Commercial gesture',
      total: { amountMinor: -2994 },
      lines: [{ amount: { amountMinor: -2495 } }],
    });
    const again = (await asStaffBilling(ISSUE, { input: { invoiceId: first.id, reason: 'Again' } })).issueCreditNote;
    expect(again.userErrors.map((e: any) => `${e.code}@${e.field}`)).toEqual(['INVOICE_ALREADY_CREDITED@invoiceId']);
    const byGateway = await stack.request(staff, `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { userErrors { code } } }`, {
      input: { invoiceId: first.id, reason: 'x' },
    });
    expect(byGateway.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The customer sees its credit note beside the invoice, which is unchanged.
    const { body } = await stack.request(
      token,
      `{ viewer { account { invoices(first: 20) { edges { node { number kind total { amountMinor } downloadUrl } } } } } }`,
    );
    const listed = body.data.viewer.account.invoices.edges.map((e: any) => e.node);
    expect(listed[0]).toMatchObject({ number: '2026-000001', kind: 'INVOICE', total: { amountMinor: 2994 } });
    expect(listed.at(-1)).toMatchObject({ number: '2026-000009', kind: 'CREDIT_NOTE', total: { amountMinor: -2994 } });
    expect((await fetch(listed.at(-1).downloadUrl)).status).toBe(200);
  });
});
