import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SandboxCarrier } from '../../../subgraphs/numbering/src/carrier/carrier';
import { createNumbering } from '../../../subgraphs/numbering/src/subgraph';
import { makeFixture, Stack } from '../../../test/support/stack';
import { documentationShot, fillBillingProfile, flow, signIn, startCustomerArea, type CustomerArea } from './browser-harness';

/**
 * Paying a number order in a real browser: the seed's order (France, Paris, forward to extension
 * 901, the approved identity), the quote, the card payment (declines, the order left unpaid
 * then resumed from its Pay link on the same payment, the Visa; 3-D Secure on the bank's page),
 * the order moved by the event relays to COMPLETED (the sandbox carrier answers in 50 ms), and
 * the number on the Numbers Orders family of My plans.
 */
describe('number order payment in Chromium', () => {
  let area: CustomerArea;
  let stack: Stack;
  let dev: { origin: string; stop: () => Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    area = await startCustomerArea({
      definitions: { numbering: createNumbering({ carrier: new SandboxCarrier(50) }) },
      events: { relay: { pollMs: 100, backoff: { baseMs: 50, maxMs: 500 } } },
    });
    ({ stack, dev, browser } = area);
    token = await stack.customerToken(await stack.seed(makeFixture({ extensions: 3, numbers: 0, identities: 1 }, 'Numbers')));
  }, 180_000);

  afterAll(() => area?.close());

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 900, height: 700 } });
    page = await context.newPage();
    await signIn(page, dev.origin, token);
  });
  afterEach(async () => {
    await context?.close();
  });

  /** Order Now: France, Paris, Next, forward to extension 901, Next, the approved identity, Order; the DRAFT order. */
  async function orderParisNumber(): Promise<string> {
    await page.getByRole('tab', { name: 'Number Orders' }).click();
    await page.getByRole('link', { name: 'Order Now' }).click();
    await page.locator('select[name=country]').selectOption('FR');
    const paris = page.locator('select[name=locality]').locator('option', { hasText: 'Paris' });
    await paris.waitFor({ state: 'attached' });
    await page.locator('select[name=locality]').selectOption((await paris.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Next' }).click();
    const e164 = (await page.getByTestId('reserved').textContent())!;
    expect(e164).toMatch(/^\+331/);
    await page.locator('select[name=action]').selectOption('FORWARD_TO_EXTENSION');
    const ext901 = page.locator('select[name=extension]').locator('option', { hasText: /^901 / });
    await page.locator('select[name=extension]').selectOption((await ext901.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Next' }).click();
    const approved = page.locator('select[name=identity]').locator('option', { hasText: 'approved' }).first();
    await page.locator('select[name=identity]').selectOption((await approved.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Order', exact: true }).click();
    await page.locator('[data-testid="order-state"]:has-text("DRAFT")').waitFor();
    // The line's inbound action names the extension (telephony's Extension.number through the federated InboundRoute.extension).
    expect(await page.getByTestId('order-line').first().textContent()).toContain('forward to extension 901');
    return e164;
  }

  it('Order, Continue, the billing profile, the quote excl. and incl. VAT, declined cards, left, Pay from the list resumes the payment, the Visa, COMPLETED, listed under Numbers Orders', async () => {
    await flow(page, 'number-order-pay', async () => {
      // No number bought yet: the Numbers Orders family says so.
      await page.getByRole('tab', { name: 'Numbers Orders' }).click();
      await page.getByText('No number on your subscription yet').waitFor();
      const e164 = await orderParisNumber();
      await page.getByRole('link', { name: 'Continue' }).click();
      // The demo account has no billing profile yet: the API asks for one (BILLING_PROFILE_REQUIRED), then the quote.
      await fillBillingProfile(page, 'Numbers SAS');
      const quote = page.getByTestId('quote');
      await quote.waitFor();
      const line = quote.getByTestId('quote-line');
      expect(await line.count()).toBe(1);
      expect(await line.first().textContent()).toContain(e164);
      expect(await line.first().textContent()).toMatch(/1[.,]50/);
      expect(await page.getByTestId('subtotal').textContent()).toMatch(/€/);
      expect(await page.getByTestId('vat').textContent()).toMatch(/€/);
      expect(await page.getByTestId('total').textContent()).toMatch(/€/);
      expect(await page.getByTestId('next-monthly').textContent()).toMatch(/1[.,]50.*excl\. VAT.*1[.,]80.*incl\. VAT/);
      await documentationShot(page, 'number-order-quote.png');
      // A declined card: the message next to the card field, then another card on the same payment, declined too.
      await page.getByLabel('Card (sandbox)').selectOption('pm_card_chargeDeclined');
      await page.getByRole('button', { name: 'Checkout' }).click();
      await page.getByTestId('declined').waitFor();
      expect(await page.getByTestId('declined').textContent()).toMatch(/declined/);
      const paymentId = await page.getByTestId('card-payment').getAttribute('data-payment-id');
      expect(paymentId).toBeTruthy();
      await page.getByLabel('Card (sandbox)').selectOption('pm_card_chargeDeclinedInsufficientFunds');
      await page.getByRole('button', { name: 'Pay with this card' }).click();
      await page.locator('[data-testid="declined"]:has-text("insufficient funds")').waitFor();
      // Left unpaid: back on My plans, the order (read with its payment) says the card was declined and offers Pay.
      await page.getByRole('link', { name: '← My plans' }).click();
      await page.getByRole('tab', { name: 'Number Orders' }).click();
      const listed = page.getByTestId('order').filter({ hasText: e164 });
      await listed.getByTestId('order-payment').waitFor();
      expect(await listed.getByTestId('order-payment').textContent()).toMatch(/not paid.*insufficient funds/);
      expect(await listed.getByTestId('order-line').textContent()).toContain('forward to extension 901');
      // Pay resumes the same payment at the card form (confirmPayment), not a new checkout: the Visa pays it.
      await listed.getByRole('link', { name: 'Pay' }).click();
      await page.getByTestId('declined').waitFor();
      expect(await page.getByTestId('card-payment').getAttribute('data-payment-id')).toBe(paymentId);
      expect(await page.getByTestId('order-line').textContent()).toContain(e164);
      await page.getByLabel('Card (sandbox)').selectOption('pm_card_visa');
      await page.getByRole('button', { name: 'Pay with this card' }).click();
      await page.getByTestId('paid').waitFor();
      await page.locator('[data-testid="order-state"]:has-text("COMPLETED")').waitFor({ timeout: 45_000 });
      expect(await page.getByTestId('order').textContent()).toMatch(/active/);
      expect(await page.getByTestId('order-line').textContent()).toContain('forward to extension 901');
      expect(await page.getByTestId('order-payment').textContent()).toMatch(/€.*paid/);
      await page.getByRole('link', { name: 'Back to My plans' }).click();
      // The Number Orders tab reads the payment from the order: paid, no Pay link left.
      await page.getByRole('tab', { name: 'Number Orders' }).click();
      await listed.getByTestId('order-payment').waitFor();
      expect(await listed.getByTestId('order-payment').textContent()).toMatch(/€.*paid/);
      expect(await listed.getByRole('link', { name: 'Pay' }).count()).toBe(0);
      await page.getByRole('tab', { name: 'Numbers Orders' }).click();
      const row = page.locator(`[data-testid="numbers-orders"] tr[data-e164="${e164}"]`);
      await row.waitFor();
      expect(await row.textContent()).toMatch(/1[.,]50.*active/);
    });
  });

  it('Pay on a draft order resumes at the quote; 3-D Secure on the bank page, left, finished from the order, back to the client, the order COMPLETED', async () => {
    await flow(page, 'number-order-3ds', async () => {
      await page.setViewportSize({ width: 390, height: 800 });
      const e164 = await orderParisNumber();
      await page.getByRole('link', { name: 'Back to My plans' }).click();
      await page.getByRole('tab', { name: 'Number Orders' }).click();
      await page.locator('[data-testid="order"]:has([data-testid="order-state"]:has-text("DRAFT"))').getByRole('link', { name: 'Pay' }).first().click();
      await page.getByTestId('quote').waitFor();
      await page.getByLabel('Card (sandbox)').selectOption('pm_card_threeDSecure2Required');
      await page.getByRole('button', { name: 'Checkout' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/pay/'));
      // The bank's page left: the order (its payment REQUIRES_ACTION) links back to it.
      await page.goto(`${dev.origin}/#/plans`);
      await page.getByRole('tab', { name: 'Number Orders' }).click();
      await page.getByTestId('order').filter({ hasText: e164 }).getByRole('link', { name: 'Finish 3-D Secure' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/pay/'));
      await page
        .locator('button, input[type=submit]')
        .filter({ hasText: /approve|complete|authori[sz]e/i })
        .first()
        .click();
      await page.waitForURL((url) => url.pathname === '/payment-return');
      await page.getByTestId('paid').waitFor();
      await page.locator('[data-testid="order-state"]:has-text("COMPLETED")').waitFor({ timeout: 45_000 });
    });
  });
});
