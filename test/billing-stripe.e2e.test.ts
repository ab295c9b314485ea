import Stripe from 'stripe';
import { fixtureIds } from '../packages/kit/src';
import { defaultBillingSettings } from '../subgraphs/billing/src/billing-settings';
import { StripePaymentProvider } from '../subgraphs/billing/src/payment/stripe-payment-provider';
import { createBilling } from '../subgraphs/billing/src/subgraph';
import { FakeStripe } from './support/fake-stripe';
import { codes, mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';
import { saveFrenchBillingProfile } from './support/billing';

/**
 * The Stripe provider through the gateway, against a local server that answers Stripe's
 * PaymentIntent endpoints, and its webhook (signed by the SDK's test helper) posted to the
 * gateway's /webhooks/stripe, which forwards the raw body and the signature header to billing.
 */
const WEBHOOK_SECRET = 'whsec_test_secret';
const START = `mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id version } userErrors { code } } }`;
const UPDATE = `mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { planChange { version } userErrors { code } } }`;
const QUOTE = `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id } userErrors { code } } }`;
const CHECKOUT = `mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { payment { id state provider clientSecret nextActionUrl lastErrorCode lastDeclineCode } quote { id planChange { state } } userErrors { code field message } } }`;

describe('Stripe provider and webhook', () => {
  let stack: Stack;
  let fake: FakeStripe;
  let stripe: Stripe;
  let token: string;

  beforeAll(async () => {
    fake = await FakeStripe.start();
    // A short client timeout, so a slow Stripe shows within the test.
    stripe = new Stripe('sk_test_fake', { host: '127.0.0.1', port: fake.port, protocol: 'http', maxNetworkRetries: 0, timeout: 2000 });
    const provider = new StripePaymentProvider(stripe);
    const settings = {
      ...defaultBillingSettings(),
      clock: () => new Date('2026-06-16T10:00:00Z'),
      paymentProvider: provider,
      stripeWebhook: { stripe, secret: WEBHOOK_SECRET },
    };
    stack = await Stack.start({ definitions: { billing: createBilling(settings) } });
    const accountId = await stack.seed(makeFixture({ extensions: 2, numbers: 1, identities: 1 }, 'Striped'));
    token = await stack.customerToken(accountId);
    await saveFrenchBillingProfile(stack, token, 'Striped SAS');
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await fake?.close();
  });

  async function quote(quantity: number): Promise<string> {
    const started = await mutate(stack, token, START, { family: 'ROBOT_DIALER' });
    const updated = await mutate(stack, token, UPDATE, {
      id: started.planChange.id,
      expectedVersion: started.planChange.version,
      additions: [{ planId: fixtureIds.plan('RD-STANDARD'), quantity }],
    });
    return (await mutate(stack, token, QUOTE, { planChangeId: started.planChange.id, expectedVersion: updated.planChange.version })).quote.id;
  }
  const robotSeats = async () => {
    const { body } = await stack.request(token, '{ viewer { account { subscriptions(family: ROBOT_DIALER) { quantity } } } }');
    return body.data.viewer.account.subscriptions[0].quantity as number;
  };
  /** Signed over these exact bytes (spaces and a non-ASCII character a re-encoding would change). */
  const sendWebhook = (event: unknown, secret = WEBHOOK_SECRET) => {
    const payload = JSON.stringify(event, null, 2).replace('"object": "event"', '"object" :  "event", "note": "é"');
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
    return fetch(`${new URL(stack.gateway.url).origin}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': header },
      body: payload,
    });
  };

  it('charges pm_card_visa through a PaymentIntent and returns its client secret', async () => {
    const before = await robotSeats();
    const paid = await mutate(stack, token, CHECKOUT, { quoteId: await quote(1), paymentMethod: 'pm_card_visa', idempotencyKey: 'stripe-visa' });
    expect(paid.payment).toMatchObject({ state: 'SUCCEEDED', provider: 'stripe' });
    expect(paid.payment.clientSecret).toMatch(/^pi_fake_.*_secret_x$/);
    expect(await robotSeats()).toBe(before + 1);
    expect([...fake.created.values()].every((n) => n === 1)).toBe(true);
  });

  it('keeps Stripe decline codes, and maps an outage to PAYMENT_PROVIDER_UNAVAILABLE', async () => {
    const declined = await mutate(stack, token, CHECKOUT, { quoteId: await quote(1), paymentMethod: 'pm_card_chargeDeclinedInsufficientFunds' });
    expect(declined.payment).toMatchObject({ state: 'REQUIRES_PAYMENT_METHOD', lastErrorCode: 'card_declined', lastDeclineCode: 'insufficient_funds' });
    const before = await robotSeats();
    fake.down = true;
    const down = await mutate(
      stack,
      token,
      `mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { payment { state } userErrors { code field } } }`,
      { paymentId: declined.payment.id, paymentMethod: 'pm_card_visa' },
    );
    fake.down = false;
    expect(codes(down)).toEqual(['PAYMENT_PROVIDER_UNAVAILABLE@null']);
    expect(down.payment.state).toBe('REQUIRES_CONFIRMATION');
    const retried = await mutate(
      stack,
      token,
      `mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { payment { state } userErrors { code field } } }`,
      { paymentId: declined.payment.id },
    );
    expect(retried.payment.state).toBe('SUCCEEDED');
    expect(await robotSeats()).toBe(before + 1);
  });

  it('Stripe slow: the charge is made but its answer is too late: PAYMENT_PROVIDER_UNAVAILABLE, nothing applied; a retry charges once', async () => {
    const before = await robotSeats();
    fake.slow = true;
    const late = await mutate(stack, token, CHECKOUT, { quoteId: await quote(1), paymentMethod: 'pm_card_visa', idempotencyKey: 'stripe-slow' });
    fake.release();
    expect(codes(late)).toEqual(['PAYMENT_PROVIDER_UNAVAILABLE@null']);
    expect(late.payment.state).toBe('REQUIRES_CONFIRMATION');
    expect(await robotSeats()).toBe(before);
    const retried = await mutate(
      stack,
      token,
      `mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { payment { state } userErrors { code field } } }`,
      { paymentId: late.payment.id },
    );
    expect(retried.payment.state).toBe('SUCCEEDED');
    expect(await robotSeats()).toBe(before + 1);
    // One PaymentIntent for that payment: the retry carried the same idempotency key.
    const keys = [...fake.created.entries()].filter(([key]) => key.startsWith(late.payment.id));
    expect(keys).toEqual([[`${late.payment.id}:1`, 1]]);
  });

  it("3-D Secure: requires_action with Stripe's URL, then the signed webhook applies it once; a bad signature changes nothing", async () => {
    const before = await robotSeats();
    const pending = await mutate(stack, token, CHECKOUT, {
      quoteId: await quote(2),
      paymentMethod: 'pm_card_threeDSecure2Required',
      returnUrl: 'http://localhost:3000/back',
    });
    expect(pending.payment.state).toBe('REQUIRES_ACTION');
    expect(pending.payment.nextActionUrl).toMatch(/^https:\/\/hooks\.stripe\.test\/3ds\/pi_fake_/);
    const intentId = pending.payment.nextActionUrl.split('/').pop();
    const event = { id: 'evt_3ds_1', object: 'event', type: 'payment_intent.succeeded', data: { object: fake.completeChallenge(intentId, true) } };

    const forged = await sendWebhook(event, 'whsec_wrong');
    expect(forged.status).toBe(400);
    const unsigned = await fetch(`${new URL(stack.gateway.url).origin}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect(unsigned.status).toBe(400);
    expect(await robotSeats()).toBe(before);
    const stillWaiting = await stack.request(token, `query($id: ID!) { quote(id: $id) { payment { state } } }`, { id: pending.quote.id });
    expect(stillWaiting.body.data.quote.payment.state).toBe('REQUIRES_ACTION');

    const first = await sendWebhook(event);
    expect([first.status, await first.text()]).toEqual([200, 'ok']);
    const again = await sendWebhook(event);
    expect([again.status, await again.text()]).toEqual([200, 'duplicate']);
    expect(await robotSeats()).toBe(before + 2);
    const { body } = await stack.request(token, `query($id: ID!) { quote(id: $id) { payment { state invoice { number } } } }`, {
      id: (
        await stack.request(token, `{ viewer { account { planChanges(first: 20) { edges { node { quotes { id payment { id } } } } } } } }`)
      ).body.data.viewer.account.planChanges.edges
        .flatMap((e: any) => e.node.quotes)
        .find((q: any) => q.payment?.id === pending.payment.id).id,
    });
    expect(body.data.quote.payment.state).toBe('SUCCEEDED');
    expect(body.data.quote.payment.invoice.number).toMatch(/^2026-\d{6}$/);
  });
});
