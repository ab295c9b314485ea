import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fixtureIds } from '../../../packages/kit/src';
import { samplePdf, sampleJpeg, samplePng } from '../../../bench/sample-documents';
import { testCompliance } from '../../../test/support/identities';
import { makeFixture, Stack } from '../../../test/support/stack';
import { documentationShot, fillBillingProfile, flow, signIn as signInWith, startCustomerArea, type CustomerArea } from './browser-harness';

/**
 * The seed's flows in a real browser: the customer area (Vite dev server) calls the real gateway
 * from its own origin (CORS), with trusted documents only, in front of the four subgraphs on SQLite.
 */
describe('customer area in Chromium', () => {
  let area: CustomerArea;
  let stack: Stack;
  let dev: { origin: string; stop: () => Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  let staffToken: string;
  const compliance = testCompliance();
  const files = mkdtempSync(join(tmpdir(), 'customer-area-files-'));

  beforeAll(async () => {
    area = await startCustomerArea({ definitions: { compliance: compliance.definition } });
    ({ stack, dev, browser } = area);
    const fixture = makeFixture({ extensions: 3, numbers: 1, identities: 1 }, 'Browser');
    const accountId = await stack.seed(fixture);
    token = await stack.customerToken(accountId);
    staffToken = await stack.staffToken('compliance');
    writeFileSync(join(files, 'id-front.jpg'), sampleJpeg(320, 200));
    writeFileSync(join(files, 'id-back.png'), samplePng(320, 200));
    writeFileSync(join(files, 'kbis.pdf'), await samplePdf('Extrait Kbis'));
    writeFileSync(join(files, 'facture.pdf'), await samplePdf('Facture EDF'));
    writeFileSync(join(files, 'notes.txt'), 'not a document');
    expect(fixtureIds.account(fixture)).toBe(accountId);
  }, 180_000);

  afterAll(async () => {
    await area?.close();
    compliance.remove();
    rmSync(files, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 900, height: 700 } });
    page = await context.newPage();
    await signIn(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  const signIn = (target: Page, as = token) => signInWith(target, dev.origin, as);

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
      // The demo account has no billing profile yet: the API asks for it, the form is shown, then the quote.
      await fillBillingProfile(page, 'Browser SAS');
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

  it('Upgrade/Downgrade: Edit the plan of extension 901, Remove a ticked line, Continue, the quote, Checkout', async () => {
    await flow(page, 'upgrade-edit-remove', async () => {
      await page.goto(`${dev.origin}/#/change/PHONE_SYSTEM`);
      await page.getByRole('heading', { name: 'Summary' }).waitFor();
      await page.getByRole('tab', { name: 'Edit' }).click();
      const plan901 = page.getByLabel('Plan of extension 901');
      const current = await plan901.inputValue();
      const other = await plan901
        .locator('option')
        .evaluateAll((options, now) => (options as HTMLOptionElement[]).map((o) => o.value).find((v) => v && v !== now), current);
      await plan901.selectOption(other!);
      await page.getByTestId('cart-lines').waitFor();
      await page.getByRole('tab', { name: 'Remove' }).click();
      await page.getByLabel('Remove extension 903').check();
      await page.locator('[data-testid="cart-lines"] li').nth(1).waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByTestId('quote').waitFor();
      expect(await page.getByTestId('quote').textContent()).toMatch(/903/);
      await page.getByRole('button', { name: 'Checkout' }).click();
      await page.locator('[data-testid="paid"], [data-testid="accepted"]').first().waitFor();
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

  it('Number orders: Order Now, France and Paris, forward to extension 901, an approved identity, the order and its progress', async () => {
    await flow(page, 'number-order', async () => {
      await page.getByRole('tab', { name: 'Number Orders' }).click();
      await page.getByRole('link', { name: 'Order Now' }).click();
      await page.locator('select[name=country]').selectOption('FR');
      const paris = page.locator('select[name=locality]').locator('option', { hasText: 'Paris' });
      await paris.waitFor({ state: 'attached' });
      await page.locator('select[name=locality]').selectOption((await paris.getAttribute('value'))!);
      await page.getByRole('button', { name: 'Next' }).click();
      expect(await page.getByTestId('reserved').textContent()).toMatch(/^\+331/);
      await page.locator('select[name=action]').selectOption('FORWARD_TO_EXTENSION');
      const ext901 = page.locator('select[name=extension]').locator('option', { hasText: /^901 / });
      await page.locator('select[name=extension]').selectOption((await ext901.getAttribute('value'))!);
      await page.getByRole('button', { name: 'Next' }).click();
      const approved = page.locator('select[name=identity]').locator('option', { hasText: 'approved' }).first();
      await page.locator('select[name=identity]').selectOption((await approved.getAttribute('value'))!);
      await page.getByRole('button', { name: 'Order' }).click();
      await page.getByTestId('order-state').waitFor();
      expect(await page.getByTestId('order-state').textContent()).toBe('DRAFT');
      expect(await page.getByTestId('order').textContent()).toMatch(/forward to extension/);
      await page.getByRole('link', { name: 'Back to My plans' }).click();
      await page.getByRole('tab', { name: 'Number Orders' }).click();
      await page.getByTestId('order').first().waitFor();
    });
  });

  it('New identity: the form with a field error, the four uploads with a clear error for a wrong file, sent for verification', async () => {
    await flow(page, 'new-identity', async () => {
      await page.getByRole('link', { name: 'Identities' }).click();
      await page.getByRole('link', { name: 'New' }).click();
      await page.getByLabel('Company name').fill('Browser Télécom SAS');
      await page.getByLabel('SIREN or SIRET').fill('123456789');
      await page.getByLabel('Address').fill('1 rue de Rivoli');
      await page.getByLabel('Postal code').fill('75001');
      await page.getByLabel('City').fill('Paris');
      await page.getByLabel('Contact email').fill('compliance@browser.example');
      await page.getByRole('button', { name: 'Create' }).click();
      // A SIREN with a wrong check digit: the API's user error under that field.
      await page.locator('label:has-text("SIREN or SIRET") .field-errors li').waitFor();
      await page.getByLabel('SIREN or SIRET').fill('552100554');
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByTestId('identity-status').waitFor();
      expect(await page.getByTestId('identity-status').textContent()).toBe('DRAFT');
      // A text file as the ID card: refused, with the API's message next to that upload.
      await page.getByLabel('ID card front').setInputFiles(join(files, 'notes.txt'));
      await page.locator('[data-kind="ID_CARD_FRONT"] .field-errors li').waitFor();
      const uploads: [string, string, string][] = [
        ['ID card front', 'id-front.jpg', 'ID_CARD_FRONT'],
        ['ID card back', 'id-back.png', 'ID_CARD_BACK'],
        ['Certificate of Incorporation (KBIS)', 'kbis.pdf', 'CERTIFICATE_OF_INCORPORATION'],
        ['Proof of address', 'facture.pdf', 'PROOF_OF_ADDRESS'],
      ];
      for (const [label, file, kind] of uploads) {
        await page.getByLabel(label).setInputFiles(join(files, file));
        await page.getByTestId(`uploaded-${kind}`).waitFor();
      }
      await page.getByRole('button', { name: 'Send for verification' }).click();
      await page.locator('[data-testid="identity-status"]:has-text("IN_REVIEW")').waitFor();
    });
  });

  it('Staff review: the queue, each document with its signed link, approve three, reject one with a reason', async () => {
    await flow(page, 'staff-review', async () => {
      await signIn(page, staffToken);
      await page.getByRole('link', { name: 'Staff review' }).click();
      const card = page.locator('[data-identity="Browser Télécom SAS"]');
      await card.waitFor();
      const link = card.locator('[data-kind="CERTIFICATE_OF_INCORPORATION"] a');
      // The signed link is on the API's origin (the gateway's /files/compliance/ route) and opens the document.
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^${new URL(stack.gateway.url).origin}/files/compliance/`));
      const opened = await fetch(href);
      expect([opened.status, opened.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      for (const kind of ['ID_CARD_FRONT', 'ID_CARD_BACK', 'CERTIFICATE_OF_INCORPORATION']) {
        await card.locator(`[data-kind="${kind}"]`).getByRole('button', { name: 'Approve' }).click();
        await card.locator(`[data-kind="${kind}"]:has-text("approved")`).waitFor();
      }
      const proof = card.locator('[data-kind="PROOF_OF_ADDRESS"]');
      await proof.getByLabel('Reason').selectOption('ADDRESS_MISMATCH');
      await proof.getByLabel('Note').fill('The bill is for another street.');
      await proof.getByRole('button', { name: 'Reject' }).click();
      await card.waitFor({ state: 'detached' });
      // The customer sees the rejection and its reason.
      await signIn(page);
      await page.getByRole('link', { name: 'Identities' }).click();
      await page.locator('tr', { hasText: 'Browser Télécom SAS' }).getByRole('link', { name: 'Documents' }).click();
      await page.locator('[data-testid="identity-status"]:has-text("REJECTED")').waitFor();
      expect(await page.getByTestId('uploaded-PROOF_OF_ADDRESS').textContent()).toMatch(/rejected: .*another street/i);
    });
  });
});
