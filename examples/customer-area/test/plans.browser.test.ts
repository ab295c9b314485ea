import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadTrustedDocuments } from '../../../gateway/src/trusted-documents';
import { fixtureIds } from '../../../packages/kit/src';
import { defaultBillingSettings } from '../../../subgraphs/billing/src/billing-settings';
import { SandboxPaymentProvider } from '../../../subgraphs/billing/src/payment/sandbox-payment-provider';
import { createBilling } from '../../../subgraphs/billing/src/subgraph';
import { makeFixture, Stack } from '../../../test/support/stack';
import { documentationShot, flow, freePort, launchChromium, startDevServer } from './browser-harness';

/**
 * The seed's flows in a real browser: the customer area (Vite dev server) calls the real gateway
 * from its own origin (CORS), with trusted documents only, in front of the four subgraphs on SQLite.
 */
const MANIFEST = resolve(__dirname, '../src/gql/persisted-documents.json');

describe('customer area in Chromium', () => {
  let stack: Stack;
  let dev: { origin: string; stop: () => Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const settings = { ...defaultBillingSettings(), paymentProvider: new SandboxPaymentProvider(), returnUrlOrigins: [origin] };
    stack = await Stack.start({
      definitions: { billing: createBilling(settings) },
      linkSecret: randomBytes(32).toString('hex'),
      gateway: { corsOrigins: [origin] },
      trustedDocuments: loadTrustedDocuments(MANIFEST),
    });
    settings.publicOrigin = new URL(stack.gateway.url).origin;
    const fixture = makeFixture({ extensions: 3, numbers: 1, identities: 1 }, 'Browser');
    const accountId = await stack.seed(fixture);
    token = await stack.customerToken(accountId);
    // The quote shows VAT once the account has a billing profile; the client has no profile form yet.
    const saved = await stack.requestSubgraph(
      'billing',
      { subject: 'owner', role: 'CUSTOMER', accountId, accountRole: 'owner' },
      `mutation($input: SaveBillingProfileInput!) { saveBillingProfile(input: $input) { userErrors { code } } }`,
      {
        input: {
          legalName: 'Browser SAS',
          addressLine1: '1 rue de Rivoli',
          postalCode: '75001',
          city: 'Paris',
          countryCode: 'FR',
          customerKind: 'BUSINESS',
          siren: '552100554',
        },
      },
    );
    expect(saved.body.data?.saveBillingProfile.userErrors).toEqual([]);
    expect(fixtureIds.account(fixture)).toBe(accountId);
    dev = await startDevServer(port, stack.gateway.url);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    await stack?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 900, height: 700 } });
    page = await context.newPage();
    await signIn(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  async function signIn(target: Page) {
    await target.goto(`${dev.origin}/#/plans`);
    await target.getByLabel('Bearer token').fill(token);
    await target.getByRole('button', { name: 'Sign in with this token' }).click();
  }

  /** Users shown for a plan on My plans (phone system tab). */
  async function usersOf(planCode: string): Promise<string> {
    return (await page.locator(`tr[data-plan="${planCode}"] [data-testid="users"]`).textContent()) ?? '';
  }

  it('My plans: four families, active plans, users per plan, destinations open their list, 0 users inactive', async () => {
    await flow(page, 'my-plans', async () => {
      for (const tab of ['Phone system', 'Number Orders', 'Predictive Dialer', 'Robot Dialer']) await page.getByRole('tab', { name: tab }).waitFor();
      await page.getByTestId('active-plans').waitFor();
      const rows = page.locator('tr[data-plan]');
      expect(await rows.count()).toBeGreaterThan(1);
      const inactive = page.locator('tr.inactive');
      for (let i = 0; i < (await inactive.count()); i++) expect(await inactive.nth(i).locator('[data-testid="users"]').textContent()).toBe('0');
      const active = Number(await page.getByTestId('active-plans').textContent());
      expect(active).toBe((await rows.count()) - (await inactive.count()));
      const destinations = rows.first().getByRole('button', { name: /destinations?$/ });
      const count = Number((await destinations.textContent())!.split(' ')[0]);
      await destinations.click();
      expect(await page.locator('ul.destinations li').count()).toBe(count);
      await documentationShot(page, 'my-plans.png');
      await page.setViewportSize({ width: 390, height: 800 });
      await page.getByRole('tab', { name: 'Predictive Dialer' }).click();
      await page.getByRole('link', { name: 'Upgrade/Downgrade' }).waitFor();
    });
  });

  it('Upgrade/Downgrade: Add a plan and quantity, Continue, the quote excl. and incl. VAT, a declined card, then Checkout paid', async () => {
    await flow(page, 'upgrade-add', async () => {
      await page.getByTestId('active-plans').waitFor();
      const planCode = await page.locator('tr[data-plan]').first().getAttribute('data-plan');
      const before = Number(await usersOf(planCode!));
      await page.getByRole('link', { name: 'Upgrade/Downgrade' }).click();
      await page.getByRole('heading', { name: 'Summary' }).waitFor();
      await page.getByLabel('Quantity').fill('2');
      await page.getByRole('button', { name: 'Add plan' }).click();
      await page.getByTestId('cart-lines').waitFor();
      // A quantity the API refuses: the user error is shown under the Add form.
      await page.getByLabel('Quantity').fill('500');
      await page.getByRole('button', { name: 'Add plan' }).click();
      await page.locator('.field-errors li').first().waitFor();
      // Back to a valid cart: replace the lines with one addition of 2 (every save sends all lines).
      await page.goto(`${dev.origin}/#/plans`);
      await page.reload();
      await page.getByRole('link', { name: 'Upgrade/Downgrade' }).click();
      await page.getByRole('heading', { name: 'Summary' }).waitFor();
      await page.getByLabel('Quantity').fill('2');
      await page.getByRole('button', { name: 'Add plan' }).click();
      await page.getByTestId('cart-lines').waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByTestId('quote').waitFor();
      expect(await page.getByTestId('subtotal').textContent()).toMatch(/€/);
      expect(await page.getByTestId('total').textContent()).toMatch(/€/);
      await documentationShot(page, 'quote.png');
      await page.getByLabel('Card (sandbox)').selectOption('pm_card_chargeDeclined');
      await page.getByRole('button', { name: 'Checkout' }).click();
      await page.getByTestId('declined').waitFor();
      await page.getByLabel('Card (sandbox)').selectOption('pm_card_visa');
      await page.getByRole('button', { name: 'Pay with this card' }).click();
      await page.getByTestId('paid').waitFor();
      await page.getByRole('link', { name: 'Back to My plans' }).click();
      await page.getByTestId('active-plans').waitFor();
      expect(Number(await usersOf(planCode!))).toBe(before + 2);
    });
  });

  it('Upgrade/Downgrade with 3-D Secure: the bank page, approve, back to the client, paid', async () => {
    await flow(page, 'upgrade-3ds', async () => {
      await page.goto(`${dev.origin}/#/change/PHONE_SYSTEM`);
      await page.getByRole('heading', { name: 'Summary' }).waitFor();
      await page.getByRole('button', { name: 'Add plan' }).click();
      await page.getByTestId('cart-lines').waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('Card (sandbox)').selectOption('pm_card_threeDSecure2Required');
      await page.getByRole('button', { name: 'Checkout' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/pay/'));
      await page.screenshot({ path: join(__dirname, '../test-results/3ds-page.png') }).catch(() => undefined);
      await page
        .locator('button, input[type=submit]')
        .filter({ hasText: /approve|complete|authori[sz]e/i })
        .first()
        .click();
      await page.waitForURL((url) => url.pathname === '/payment-return');
      await page.getByTestId('paid').waitFor();
    });
  });

  it('Predictive Dialer: choose the quantity of users, Continue, pay', async () => {
    await flow(page, 'predictive', async () => {
      await page.goto(`${dev.origin}/#/change/PREDICTIVE_DIALER`);
      await page.getByRole('heading', { name: 'Summary' }).waitFor();
      const quantity = page.locator('input[type=number]').first();
      await quantity.fill(String(Number(await quantity.inputValue()) + 3));
      await page.getByRole('button', { name: 'Update quantity' }).click();
      await page.getByTestId('cart-lines').waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Checkout' }).click();
      await page.getByTestId('paid').waitFor();
    });
  });
});
