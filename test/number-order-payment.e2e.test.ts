import { fixtureIds } from '../packages/kit/src';
import { defaultBillingSettings } from '../subgraphs/billing/src/billing-settings';
import { NumberSubscriptionLine } from '../subgraphs/billing/src/number-order/number-subscription.entity';
import { Payment } from '../subgraphs/billing/src/payment/payment.entity';
import { Quote } from '../subgraphs/billing/src/quote/quote.entity';
import { PaymentService } from '../subgraphs/billing/src/payment/payment.service';
import { Invoice, InvoiceLine } from '../subgraphs/billing/src/invoice/invoice.entity';
import { billingPeriodAt } from '../subgraphs/billing/src/quote/billing-calendar';
import { renewPeriod } from '../subgraphs/billing/src/renewal/renewal.service';
import { SandboxPaymentProvider } from '../subgraphs/billing/src/payment/sandbox-payment-provider';
import { createBilling } from '../subgraphs/billing/src/subgraph';
import { SandboxCarrier } from '../subgraphs/numbering/src/carrier/carrier';
import { InventoryNumber, InventoryState } from '../subgraphs/numbering/src/inventory/inventory-number.entity';
import { NumberReservation } from '../subgraphs/numbering/src/reservation/reservation.entity';
import { PAYMENT_HOLD_MINUTES } from '../subgraphs/numbering/src/reservation/number-holds';
import { createNumbering } from '../subgraphs/numbering/src/subgraph';
import { codes, mutate } from './support/extensions';
import { availableNumbers, CANCEL_ORDER, CREATE_ORDER, numberingDb, ORDER_FIELDS, RESERVE } from './support/numbers';
import { saveFrenchBillingProfile } from './support/billing';
import { makeFixture, Stack } from './support/stack';

/**
 * A number order paid through billing's checkout, end to end through the gateway and the event
 * relays: billing prices the order it reads from numbering, checkout tells numbering (numbers
 * held while 3-D Secure runs), the payment event moves the order by its identity's state, the
 * carrier activates, a failed number is refunded, a released number stops at the period end.
 */
const sandbox = new SandboxPaymentProvider();
const RETURN_URL = 'https://app.example/numbers/return';

const QUOTE = `mutation($input: RequestNumberOrderQuoteInput!) {
  requestNumberOrderQuote(input: $input) {
    quote { id state expiresAt numberOrder { id state }
      summary { daysCharged daysInPeriod numberLines { e164 setupFee { amountMinor } monthlyFee { amountMinor } dueNow { amountMinor } description }
                subtotalDueNow { amountMinor } vatDueNow { amountMinor } totalDueNow { amountMinor } nextPeriodMonthly { amountMinor } } }
    userErrors { code field message } } }`;
const CHECKOUT = `mutation($input: CheckoutQuoteInput!) {
  checkoutQuote(input: $input) {
    quote { id state }
    payment { id state nextActionUrl amount { amountMinor } refunds { e164 amount { amountMinor } reason } invoice { number total { amountMinor } lines { description amount { amountMinor } } } }
    userErrors { code field message } } }`;
const CONFIRM = `mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { payment { id state nextActionUrl } userErrors { code field message } } }`;
const SUBSCRIPTION = `{ viewer { account { numberSubscriptionLines(first: 20) { totalCount edges { node { e164 state monthlyFee { amountMinor } startedOn endsOn } } } } } }`;
const RELEASE = `mutation($input: ReleasePhoneNumberInput!) { releasePhoneNumber(input: $input) { releasedPhoneNumberId userErrors { code field message } } }`;

describe('paying a number order through billing', () => {
  let stack: Stack;
  const acme = makeFixture({ extensions: 2, numbers: 0, identities: 1 }, 'Acme');
  const other = makeFixture({ extensions: 1, numbers: 0, identities: 1 }, 'Other');
  let token: string;
  let otherToken: string;
  const ext901 = fixtureIds.extension(acme, 0);
  const identityId = fixtureIds.identity(acme, 0);

  beforeAll(async () => {
    const settings = { ...defaultBillingSettings(), paymentProvider: sandbox, returnUrlOrigins: ['https://app.example'] };
    stack = await Stack.start({
      definitions: { billing: createBilling(settings), numbering: createNumbering({ carrier: new SandboxCarrier(20), sweepIntervalMs: 3_600_000 }) },
      events: { relay: { pollMs: 100, backoff: { baseMs: 50, maxMs: 500 } } },
    });
    settings.publicOrigin = new URL(stack.gateway.url).origin;
    token = await stack.customerToken(await stack.seed(acme));
    otherToken = await stack.customerToken(await stack.seed(other));
    await saveFrenchBillingProfile(stack, token, 'Acme SAS');
  }, 120_000);
  afterAll(() => stack?.close());

  const readOrder = async (id: string) => (await stack.request(token, `{ numberOrder(id: "${id}") { ${ORDER_FIELDS} } }`)).body.data.numberOrder;
  async function orderState(id: string, state: string) {
    // A loaded machine is slow, never wrong: wait up to 45 s, polling.
    for (const deadline = Date.now() + 45_000; ;) {
      const order = await readOrder(id);
      if (order.state === state) return order;
      if (Date.now() > deadline) throw new Error(`order ${id} is ${order.state}, not ${state}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  async function draftOrder(where: { locality?: string; e164?: string }, count = 1) {
    const numbers = where.e164
      ? await numberingDb(stack).getRepository(InventoryNumber).findBy({ e164: where.e164 })
      : await availableNumbers(stack, { countryCode: 'FR', locality: where.locality }, count);
    const reservation = (await mutate(stack, token, RESERVE, { numberIds: numbers.map((n) => n.id) })).reservation;
    const created = await mutate(stack, token, CREATE_ORDER, {
      reservationId: reservation.id,
      inboundAction: { action: 'FORWARD_TO_EXTENSION', extensionId: ext901 },
      identityId,
    });
    expect(created.userErrors).toEqual([]);
    return { order: created.order, numbers, reservationId: reservation.id as string };
  }
  const subscription = async () => (await stack.request(token, SUBSCRIPTION)).body.data.viewer.account.numberSubscriptionLines;

  it("runs the help page's order: FR, Paris, forward to extension 901, approved identity, paid by card, to COMPLETED", async () => {
    const { order, numbers } = await draftOrder({ locality: 'Paris' });
    const quoted = await mutate(stack, token, QUOTE, { numberOrderId: order.id, idempotencyKey: 'quote-1' });
    expect(quoted.userErrors).toEqual([]);
    const { summary } = quoted.quote;
    const [line] = summary.numberLines;
    // Paris: no setup fee, EUR 1.50 a month prorated for the days left (today included), VAT 20 %.
    const prorated = Math.floor((2 * 150 * summary.daysCharged + summary.daysInPeriod) / (2 * summary.daysInPeriod));
    expect(line).toMatchObject({ e164: numbers[0]!.e164, setupFee: { amountMinor: 0 }, monthlyFee: { amountMinor: 150 }, dueNow: { amountMinor: prorated } });
    expect(summary).toMatchObject({
      subtotalDueNow: { amountMinor: prorated },
      totalDueNow: { amountMinor: prorated + summary.vatDueNow.amountMinor },
      nextPeriodMonthly: { amountMinor: 150 },
    });
    expect(quoted.quote.numberOrder).toEqual({ id: order.id, state: 'DRAFT' });
    // The same key: the same quote, nothing new written.
    expect((await mutate(stack, token, QUOTE, { numberOrderId: order.id, idempotencyKey: 'quote-1' })).quote.id).toBe(quoted.quote.id);

    const paid = await mutate(stack, token, CHECKOUT, { quoteId: quoted.quote.id, paymentMethod: 'pm_card_visa', idempotencyKey: 'pay-1' });
    expect(paid.userErrors).toEqual([]);
    expect(paid.payment).toMatchObject({ state: 'SUCCEEDED', amount: { amountMinor: summary.totalDueNow.amountMinor }, refunds: [] });
    expect(paid.payment.invoice.lines).toEqual([{ description: expect.stringContaining(numbers[0]!.e164), amount: { amountMinor: prorated } }]);

    const done = await orderState(order.id, 'COMPLETED');
    expect(done.lines[0]).toMatchObject({
      state: 'ACTIVE',
      phoneNumber: { e164: numbers[0]!.e164, routing: { action: 'FORWARD_TO_EXTENSION', extension: { id: ext901 } } },
    });
    expect(done.history.edges.map((e: any) => e.node).map((h: any) => `${h.event ?? h.e164}:${h.fromState}->${h.toState}:${h.actor}`)).toEqual([
      `null:null->DRAFT:${done.history.edges[0].node.actor}`,
      'CHECKOUT_STARTED:DRAFT->PENDING_PAYMENT:billing',
      'PAID_IDENTITY_APPROVED:PENDING_PAYMENT->PROVISIONING:billing',
      `${numbers[0]!.e164}:PENDING->ACTIVE:carrier`,
      'NUMBERS_SETTLED:PROVISIONING->COMPLETED:carrier',
    ]);
    const lines = await subscription();
    expect(lines.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ e164: numbers[0]!.e164, state: 'ACTIVE', monthlyFee: { amountMinor: 150 }, endsOn: null }),
    );

    // The payment's answer recorded again (a duplicate webhook, a retried confirm): nothing new.
    const billingDb = stack.subgraphs.billing.subgraph.dataSource;
    const payment = await billingDb.getRepository(Payment).findOneByOrFail({ quoteId: quoted.quote.id });
    await new PaymentService(billingDb, sandbox).record(payment.id, payment.attempt, await sandbox.retrieve(payment.providerPaymentId!));
    expect(await billingDb.getRepository(NumberSubscriptionLine).countBy({ numberOrderId: order.id })).toBe(1);
    expect((await readOrder(order.id)).lines).toHaveLength(1);

    // Released: it stops ringing at once and is billed to the period end.
    const released = await mutate(stack, token, RELEASE, { id: done.lines[0].phoneNumber.id, expectedVersion: 1 });
    expect(released.userErrors).toEqual([]);
    for (const deadline = Date.now() + 30_000; ; await new Promise((r) => setTimeout(r, 50))) {
      const row = (await subscription()).edges.map((e: any) => e.node).find((n: any) => n.e164 === numbers[0]!.e164);
      if (row.state === 'ENDING') {
        expect(row.endsOn).toMatch(/^\d{4}-\d{2}-01$/);
        break;
      }
      if (Date.now() > deadline) throw new Error('subscription line not ENDING');
    }
  });

  it('holds the numbers while 3-D Secure runs, then completes once the bank approves', async () => {
    const { order, reservationId } = await draftOrder({ locality: 'Lyon' });
    const quoted = await mutate(stack, token, QUOTE, { numberOrderId: order.id });
    // Declined first (no return URL given then), retried with a card that needs 3-D Secure and where to come back.
    const declined = await mutate(stack, token, CHECKOUT, { quoteId: quoted.quote.id, paymentMethod: 'pm_card_chargeDeclined' });
    expect(declined.payment.state).toBe('REQUIRES_PAYMENT_METHOD');
    const retry = { paymentId: declined.payment.id, paymentMethod: 'pm_card_threeDSecure2Required' };
    expect(codes(await mutate(stack, token, CONFIRM, { ...retry, returnUrl: 'https://evil.example/steal' }))).toEqual(['RETURN_URL_NOT_ALLOWED@returnUrl']);
    const pending = await mutate(stack, token, CONFIRM, { ...retry, returnUrl: RETURN_URL });
    expect(pending.payment.state).toBe('REQUIRES_ACTION');
    await orderState(order.id, 'PENDING_PAYMENT');
    // The reservation now runs until the payment hold's end, not its 15 minutes.
    const reservation = await numberingDb(stack).getRepository(NumberReservation).findOneByOrFail({ id: reservationId });
    expect(reservation.expiresAt.getTime()).toBeGreaterThan(Date.now() + (PAYMENT_HOLD_MINUTES - 1) * 60_000);

    const answer = await fetch(pending.payment.nextActionUrl, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`${RETURN_URL}?payment=${pending.payment.id}&state=SUCCEEDED`);
    const done = await orderState(order.id, 'COMPLETED');
    expect(done.lines[0].state).toBe('ACTIVE');
  });

  it('refunds a number the carrier fails (setup and prorated monthly fee with VAT) and completes the others', async () => {
    const failing = await numberingDb(stack)
      .getRepository(InventoryNumber)
      .createQueryBuilder('n')
      .where('n.countryCode = :fr AND n.state = :available AND n.e164 LIKE :suffix', { fr: 'FR', available: InventoryState.AVAILABLE, suffix: '%99' })
      .getOneOrFail();
    const [good] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Marseille' }, 1);
    const reservation = (await mutate(stack, token, RESERVE, { numberIds: [failing.id, good!.id] })).reservation;
    const created = await mutate(stack, token, CREATE_ORDER, { reservationId: reservation.id, inboundAction: { action: 'VOICEMAIL' }, identityId });
    expect(created.userErrors).toEqual([]);
    const quoted = await mutate(stack, token, QUOTE, { numberOrderId: created.order.id });
    const failingLine = quoted.quote.summary.numberLines.find((l: any) => l.e164 === failing.e164);
    const paid = await mutate(stack, token, CHECKOUT, { quoteId: quoted.quote.id, paymentMethod: 'pm_card_visa' });
    expect(paid.payment.state).toBe('SUCCEEDED');

    const done = await orderState(created.order.id, 'COMPLETED');
    expect(Object.fromEntries(done.lines.map((l: any) => [l.e164, l.state]))).toEqual({ [failing.e164]: 'FAILED', [good!.e164]: 'ACTIVE' });
    const vat = Math.floor((2 * failingLine.dueNow.amountMinor * 2000 + 10_000) / 20_000);
    for (const deadline = Date.now() + 30_000; ; await new Promise((r) => setTimeout(r, 50))) {
      const { body } = await stack.request(token, `query($id: ID!) { quote(id: $id) { payment { id refunds { e164 amount { amountMinor } reason } } } }`, {
        id: quoted.quote.id,
      });
      const refunds = body.data.quote.payment.refunds;
      if (refunds.length) {
        expect(refunds).toEqual([{ e164: failing.e164, amount: { amountMinor: failingLine.dueNow.amountMinor + vat }, reason: expect.stringContaining('99') }]);
        const providerId = (await stack.subgraphs.billing.subgraph.dataSource.getRepository(Payment).findOneByOrFail({ id: body.data.quote.payment.id }))
          .providerPaymentId!;
        expect(sandbox.refundedOn(providerId)).toBe(failingLine.dueNow.amountMinor + vat);
        break;
      }
      if (Date.now() > deadline) throw new Error('no refund');
    }
    // The order itself leads to its payment and refunds (billing adds NumberOrder.payment); another account sees none.
    const viaOrder = `query($id: ID!) { numberOrder(id: $id) { id payment { state refunds { e164 } } } }`;
    expect((await stack.request(token, viaOrder, { id: created.order.id })).body.data.numberOrder.payment).toEqual({
      state: 'SUCCEEDED',
      refunds: [{ e164: failing.e164 }],
    });
    expect((await stack.request(otherToken, viaOrder, { id: created.order.id })).body.data.numberOrder).toBeNull();
    // Each line says whether it was refunded (billing adds NumberOrderLine.refund through the order's lines).
    const lines = (
      await stack.request(token, `query($id: ID!) { numberOrder(id: $id) { lines { e164 state refund { amount { amountMinor } } } } }`, {
        id: created.order.id,
      })
    ).body.data.numberOrder.lines;
    expect(Object.fromEntries(lines.map((l: any) => [l.e164, l.refund]))).toEqual({
      [failing.e164]: { amount: { amountMinor: failingLine.dueNow.amountMinor + vat } },
      [good!.e164]: null,
    });
    // The refund is documented by a partial credit note of the paid invoice (same series), and a whole credit note is refused.
    const documentsAnswer = (
      await stack.request(
        token,
        `query($id: ID!) { numberOrder(id: $id) { payment { invoice { id number total { amountMinor } } refunds { creditNote { number kind creditReason subtotal { amountMinor } vat { amountMinor } total { amountMinor } lines { description amount { amountMinor } } } } } } }`,
        { id: created.order.id },
      )
    ).body;
    expect(documentsAnswer.errors).toBeUndefined();
    const documents = documentsAnswer.data.numberOrder.payment;
    const creditNote = documents.refunds[0].creditNote;
    expect(creditNote).toMatchObject({
      kind: 'CREDIT_NOTE',
      subtotal: { amountMinor: -failingLine.dueNow.amountMinor },
      vat: { amountMinor: -vat },
      total: { amountMinor: -(failingLine.dueNow.amountMinor + vat) },
      lines: [{ description: expect.stringContaining(failing.e164), amount: { amountMinor: -failingLine.dueNow.amountMinor } }],
    });
    expect(creditNote.creditReason).toContain(documents.invoice.number);
    expect(creditNote.number > documents.invoice.number).toBe(true);
    const billingStaff = await stack.staffToken('billing');
    const whole = await stack.request(
      billingStaff,
      `mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { creditNote { id } userErrors { code field } } }`,
      { input: { invoiceId: documents.invoice.id, reason: 'Customer asked' } },
    );
    expect(whole.body.data.issueCreditNote).toEqual({ creditNote: null, userErrors: [{ code: 'INVOICE_ALREADY_CREDITED', field: 'invoiceId' }] });
    const states = Object.fromEntries((await subscription()).edges.map((e: any) => [e.node.e164, e.node.state]));
    expect(states).toMatchObject({ [failing.e164]: 'REFUNDED', [good!.e164]: 'ACTIVE' });
  });

  it('refuses what cannot be paid, with typed errors and nothing written', async () => {
    const { order } = await draftOrder({ locality: 'Lille' });
    // Numbering down while billing reads the order: SUBGRAPH_UNAVAILABLE naming it, no quote, no payment.
    const billingDb = stack.subgraphs.billing.subgraph.dataSource;
    const quotesBefore = await billingDb.getRepository(Quote).countBy({ numberOrderId: order.id });
    const open = await mutate(stack, token, QUOTE, { numberOrderId: order.id });
    const url = stack.peerUrls.numbering!;
    stack.peerUrls.numbering = 'http://127.0.0.1:9/graphql';
    try {
      for (const [document, input] of [
        [QUOTE, { numberOrderId: order.id }],
        [CHECKOUT, { quoteId: open.quote.id, paymentMethod: 'pm_card_visa' }],
      ] as const) {
        const { body } = await stack.request(token, document, { input });
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
        expect(body.errors![0]!.message).toContain('numbering');
      }
    } finally {
      stack.peerUrls.numbering = url;
    }
    expect(await billingDb.getRepository(Quote).countBy({ numberOrderId: order.id })).toBe(quotesBefore + 1);
    expect(await billingDb.getRepository(Payment).countBy({ quoteId: open.quote.id })).toBe(0);
    expect((await readOrder(order.id)).state).toBe('DRAFT');

    // Another account's order reads as missing.
    expect(codes(await mutate(stack, otherToken, QUOTE, { numberOrderId: order.id }))).toEqual(['NUMBER_ORDER_NOT_FOUND@numberOrderId']);
    expect(codes(await mutate(stack, token, QUOTE, { numberOrderId: 'no-such-order' }))).toEqual(['NUMBER_ORDER_NOT_FOUND@numberOrderId']);
    // Two quotes of one order: the first checked out wins, the second is refused, nothing charged twice.
    const first = await mutate(stack, token, QUOTE, { numberOrderId: order.id });
    const second = await mutate(stack, token, QUOTE, { numberOrderId: order.id });
    expect((await mutate(stack, token, CHECKOUT, { quoteId: first.quote.id, paymentMethod: 'pm_card_chargeDeclined' })).payment.state).toBe(
      'REQUIRES_PAYMENT_METHOD',
    );
    await orderState(order.id, 'PENDING_PAYMENT');
    expect(codes(await mutate(stack, token, CHECKOUT, { quoteId: second.quote.id, paymentMethod: 'pm_card_visa' }))).toEqual([
      'NUMBER_ORDER_NOT_PAYABLE@numberOrderId',
    ]);
    expect(await stack.subgraphs.billing.subgraph.dataSource.getRepository(Payment).countBy({ quoteId: second.quote.id })).toBe(0);
    // A checked-out order is no longer quoted.
    expect(codes(await mutate(stack, token, QUOTE, { numberOrderId: order.id }))).toEqual(['NUMBER_ORDER_NOT_PAYABLE@numberOrderId']);

    // Cancelled by the customer while its declined payment waits: a new card is refused, the payment ends, nothing is charged.
    const current = await readOrder(order.id);
    expect((await mutate(stack, token, CANCEL_ORDER, { id: order.id, expectedVersion: current.version })).userErrors).toEqual([]);
    const payment = await billingDb.getRepository(Payment).findOneByOrFail({ quoteId: first.quote.id });
    expect(codes(await mutate(stack, token, CONFIRM, { paymentId: payment.id, paymentMethod: 'pm_card_visa' }))).toEqual([
      'NUMBER_ORDER_NOT_PAYABLE@numberOrderId',
    ]);
    const ended = await billingDb.getRepository(Payment).findOneByOrFail({ id: payment.id });
    expect(ended).toMatchObject({ state: 'CANCELED', attempt: 1 }); // the Visa was never tried
    expect(sandbox.chargesOf(ended.providerPaymentId!)).toBe(0);
    expect((await readOrder(order.id)).state).toBe('CANCELLED');
  });

  it('refunds in full an order cancelled while its 3-D Secure payment waited, once the bank approves', async () => {
    const { order } = await draftOrder({ locality: 'Bordeaux' });
    const quoted = await mutate(stack, token, QUOTE, { numberOrderId: order.id });
    const pending = await mutate(stack, token, CHECKOUT, { quoteId: quoted.quote.id, paymentMethod: 'pm_card_threeDSecure2Required', returnUrl: RETURN_URL });
    expect(pending.payment.state).toBe('REQUIRES_ACTION');
    const waiting = await orderState(order.id, 'PENDING_PAYMENT');
    expect((await mutate(stack, token, CANCEL_ORDER, { id: order.id, expectedVersion: waiting.version })).userErrors).toEqual([]);
    // The bank approves after the cancellation: the charge happened, so it is refunded in full, and the order stays cancelled.
    const answer = await fetch(pending.payment.nextActionUrl, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' });
    expect(answer.headers.get('location')).toBe(`${RETURN_URL}?payment=${pending.payment.id}&state=SUCCEEDED`);
    const billingDb = stack.subgraphs.billing.subgraph.dataSource;
    const providerId = (await billingDb.getRepository(Payment).findOneByOrFail({ id: pending.payment.id })).providerPaymentId!;
    for (
      const deadline = Date.now() + 30_000;
      sandbox.refundedOn(providerId) !== pending.payment.amount.amountMinor;
      await new Promise((r) => setTimeout(r, 50))
    )
      if (Date.now() > deadline) throw new Error(`refunded ${sandbox.refundedOn(providerId)}`);
    const after = await readOrder(order.id);
    expect(after.state).toBe('CANCELLED');
    expect(after.lines.map((l: any) => l.state)).toEqual(['CANCELLED']);
  });
  it('renews the numbers held with the plans next month, and not the released one', async () => {
    const billingDb = stack.subgraphs.billing.subgraph.dataSource;
    const accountId = (await stack.request(token, '{ viewer { account { id } } }')).body.data.viewer.account.id;
    const lines = await billingDb.getRepository(NumberSubscriptionLine).findBy({ accountId });
    const held = lines.filter((line) => line.state === 'ACTIVE');
    expect(lines.some((line) => line.state === 'ENDING')).toBe(true); // released in the first test
    const periodStart = billingPeriodAt(new Date()).nextStart;
    await renewPeriod(billingDb, new PaymentService(billingDb, sandbox), 'sandbox', periodStart, new Date());
    const invoice = await billingDb.getRepository(Invoice).findOneByOrFail({ accountId, issuedOn: periodStart });
    const numberLines = (await billingDb.getRepository(InvoiceLine).findBy({ invoiceId: invoice.id })).filter((l) =>
      l.description.startsWith('Numbers Orders'),
    );
    // One line per monthly fee, the numbers held only (the released one was paid to the period end).
    const byFee = new Map<number, number>();
    for (const line of held) byFee.set(line.monthlyFeeMinor, (byFee.get(line.monthlyFeeMinor) ?? 0) + 1);
    expect(numberLines.map((l) => [l.quantity, l.amountMinor]).sort()).toEqual([...byFee].map(([fee, count]) => [count, fee * count]).sort());
    expect(numberLines.reduce((sum, l) => sum + l.quantity, 0)).toBe(held.length);
  });
});
