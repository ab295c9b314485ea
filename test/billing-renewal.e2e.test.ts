import { fixtureIds } from '../packages/kit/src';
import { defaultBillingSettings } from '../subgraphs/billing/src/billing-settings';
import { PaymentService } from '../subgraphs/billing/src/payment/payment.service';
import { SandboxPaymentProvider } from '../subgraphs/billing/src/payment/sandbox-payment-provider';
import { renewPeriod } from '../subgraphs/billing/src/renewal/renewal.service';
import { createBilling } from '../subgraphs/billing/src/subgraph';
import { mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';
import { saveFrenchBillingProfile } from './support/billing';

/**
 * The monthly renewal: accounts that bought in June are invoiced for July at full price and
 * charged off-session with their last card; a bank asking for 3-D Secure leaves the invoice open
 * and the account PAST_DUE until the customer approves; a second run changes nothing.
 */
let now = new Date('2026-06-16T10:00:00Z');
const sandbox = new SandboxPaymentProvider();

const STATUS = `{ viewer { account { billingStatus subscriptions { quantity plan { code } } invoices(first: 20) { edges { node { number status issuedOn total { amountMinor } lines { description quantity amount { amountMinor } } } } } } } }`;

describe('monthly renewal', () => {
  let stack: Stack;
  let payments: PaymentService;
  const tokens: string[] = [];

  beforeAll(async () => {
    const settings = { ...defaultBillingSettings(), clock: () => now, paymentProvider: sandbox };
    stack = await Stack.start({ definitions: { billing: createBilling(settings) } });
    // The 3-D Secure page is billing's public route, on the gateway's origin.
    settings.publicOrigin = new URL(stack.gateway.url).origin;
    const db = stack.subgraphs.billing.subgraph.dataSource;
    payments = new PaymentService(db, sandbox, () => now);
    // Two customers buy 1 "France fixed & mobile" user on 16 June: one with a plain card, one whose bank asks 3-D Secure.
    for (const card of ['pm_card_visa', 'pm_card_threeDSecure2Required']) {
      const token = await stack.customerToken(await stack.seed(makeFixture({ extensions: 2, numbers: 1, identities: 1 }, 'Renewed')));
      tokens.push(token);
      await saveFrenchBillingProfile(stack, token, 'Renewed SAS');
      const started = await mutate(
        stack,
        token,
        `mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id } userErrors { code } } }`,
        { family: 'PHONE_SYSTEM' },
      );
      await mutate(stack, token, `mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { userErrors { code } } }`, {
        id: started.planChange.id,
        expectedVersion: 1,
        additions: [{ planId: fixtureIds.plan('PS-FRANCE-MOBILE'), quantity: 1 }],
      });
      const quote = await mutate(stack, token, `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id } userErrors { code } } }`, {
        planChangeId: started.planChange.id,
        expectedVersion: 2,
      });
      const paid = await mutate(
        stack,
        token,
        `mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { payment { state nextActionUrl } userErrors { code } } }`,
        { quoteId: quote.quote.id, paymentMethod: card },
      );
      if (paid.payment.nextActionUrl)
        await fetch(paid.payment.nextActionUrl, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' });
    }
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  it('invoices July at full price, charges off-session, and runs once per period', async () => {
    now = new Date('2026-07-01T03:00:00Z');
    const db = stack.subgraphs.billing.subgraph.dataSource;
    const [first, second] = await Promise.all([
      renewPeriod(db, payments, 'sandbox', '2026-07-01', now),
      renewPeriod(db, payments, 'sandbox', '2026-07-01', now),
    ]);
    expect(first.renewed + second.renewed).toBe(2);
    expect(first.paid + second.paid).toBe(1);
    expect(first.pastDue + second.pastDue).toBe(1);
    expect(await renewPeriod(db, payments, 'sandbox', '2026-07-01', now)).toEqual({ renewed: 0, paid: 0, pastDue: 0, skipped: 2 });

    // The plain card: July is paid. Seats: seeded (Europe 8, World 2, France fixed & mobile 3, dialers 5 and 3) + 1 bought.
    const visa = (await stack.request(tokens[0]!, STATUS)).body.data.viewer.account;
    expect(visa.billingStatus).toBe('ACTIVE');
    const july = visa.invoices.edges.map((e: any) => e.node).find((i: any) => i.issuedOn === '2026-07-01');
    const monthly = 8 * 2500 + 2 * 4000 + 4 * 4990 + 5 * 6900 + 3 * 4900; // 97,160
    expect(july).toMatchObject({ status: 'PAID', total: { amountMinor: monthly + monthly / 5 } });
    expect(july.lines.map((l: any) => [l.description, l.quantity, l.amount.amountMinor])).toEqual([
      ['Phone System Europe, month from 2026-07-01', 8, 20000],
      ['Phone System World, month from 2026-07-01', 2, 8000],
      ['France fixed & mobile, month from 2026-07-01', 4, 19960],
      ['Predictive Dialer, month from 2026-07-01', 5, 34500],
      ['Robot Dialer, month from 2026-07-01', 3, 14700],
    ]);

    // The 3-D Secure card: the bank asks again off-session, so the invoice stays open and the account past due...
    const secure = (await stack.request(tokens[1]!, STATUS)).body.data.viewer.account;
    expect(secure.billingStatus).toBe('PAST_DUE');
    expect(secure.invoices.edges.map((e: any) => e.node).find((i: any) => i.issuedOn === '2026-07-01').status).toBe('OPEN');
    // ...until the customer approves on the bank's page, found on the open invoice itself.
    const open = await stack.request(
      tokens[1]!,
      `{ viewer { account { invoices(first: 20) { edges { node { issuedOn status payment { state nextActionUrl } } } } } } }`,
    );
    const openJuly = open.body.data.viewer.account.invoices.edges.map((e: any) => e.node).find((i: any) => i.issuedOn === '2026-07-01');
    expect(openJuly.payment.state).toBe('REQUIRES_ACTION');
    expect(openJuly.payment.nextActionUrl).toMatch(new RegExp(`^${new URL(stack.gateway.url).origin}/pay/pi_sandbox_\\w+\\?account=`));
    // Billing staff (the role table's `billing` row) find the same payment waiting.
    const waiting = await stack.request(
      await stack.staffToken('billing'),
      `{ staffPayments(state: REQUIRES_ACTION, first: 5) { edges { node { nextActionUrl } } } }`,
    );
    expect(waiting.body.data.staffPayments.edges).toHaveLength(1);
    const approved = await fetch(openJuly.payment.nextActionUrl, { method: 'POST', body: new URLSearchParams({ decision: 'approve' }), redirect: 'manual' });
    expect(approved.status).toBe(200);
    const after = (await stack.request(tokens[1]!, STATUS)).body.data.viewer.account;
    expect(after.billingStatus).toBe('ACTIVE');
    expect(after.invoices.edges.map((e: any) => e.node).find((i: any) => i.issuedOn === '2026-07-01').status).toBe('PAID');
  });
});
