import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SubgraphName } from '../../../subgraphs/registry';
import type { SubgraphDefinition } from '../../../packages/kit/src';
import { loadTrustedDocuments } from '../../../gateway/src/trusted-documents';
import { defaultBillingSettings } from '../../../subgraphs/billing/src/billing-settings';
import { SandboxPaymentProvider } from '../../../subgraphs/billing/src/payment/sandbox-payment-provider';
import { createBilling } from '../../../subgraphs/billing/src/subgraph';
import { Stack } from '../../../test/support/stack';

const ROOT = resolve(__dirname, '../../..');
const RESULTS = join(ROOT, 'examples/customer-area/test-results');
/** The client's trusted documents: the gateway accepts these only, as in production. */
const MANIFEST = join(ROOT, 'examples/customer-area/src/gql/persisted-documents.json');

/** A free TCP port on 127.0.0.1 (the dev server's origin must be known before the gateway starts: CORS). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The Vite dev server of the customer area, as a child process pointed at a gateway. */
export async function startDevServer(port: number, gatewayUrl: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), '--config', 'examples/customer-area/vite.config.ts'], {
    cwd: ROOT,
    env: { ...process.env, CLIENT_PORT: String(port), VITE_GATEWAY_URL: gatewayUrl, BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite exited: ${output}`);
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`vite did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Debian's Chromium, headless (flags of GUIDE §1). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Runs a flow; on failure keeps a full-page screenshot under test-results/ (a CI artifact) and fails. */
export async function flow(page: Page, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true }).catch(() => undefined);
    throw error;
  }
}

/** README screenshots, refreshed with SCREENSHOTS=1 npm run test:browser. */
export async function documentationShot(page: Page, file: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  await page.screenshot({ path: join(ROOT, 'examples/customer-area/docs', file), fullPage: true });
}

/** Fills the billing profile form the API asks for before a first quote (BILLING_PROFILE_REQUIRED), and saves it. */
export async function fillBillingProfile(page: Page, legalName: string): Promise<void> {
  const profile = page.getByTestId('billing-profile');
  await profile.waitFor();
  await profile.getByLabel('Legal name').fill(legalName);
  await profile.getByLabel('Billing address').fill('1 rue de Rivoli');
  await profile.getByLabel('Postal code').fill('75001');
  await profile.getByLabel('City').fill('Paris');
  await profile.getByLabel('SIREN').fill('552100554');
  await profile.getByRole('button', { name: 'Save and continue' }).click();
}

/** The stack, the dev server and Chromium a browser suite drives (see `startCustomerArea`). */
export interface CustomerArea {
  stack: Stack;
  dev: { origin: string; stop: () => Promise<void> };
  browser: Browser;
  close(): Promise<void>;
}

/**
 * What every browser suite starts: the gateway and the four subgraphs (billing with the sandbox
 * provider, 3-D Secure returning to the client's origin), CORS for that origin, trusted documents
 * from the client's manifest only, the Vite dev server on that origin, and Chromium.
 * `definitions` replaces other subgraphs (compliance on a test folder, numbering with a fast carrier).
 */
export async function startCustomerArea(
  options: { definitions?: Partial<Record<SubgraphName, SubgraphDefinition<any>>>; events?: NonNullable<Parameters<typeof Stack.start>[0]>['events'] } = {},
): Promise<CustomerArea> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const settings = { ...defaultBillingSettings(), paymentProvider: new SandboxPaymentProvider(), returnUrlOrigins: [origin] };
  const stack = await Stack.start({
    definitions: { billing: createBilling(settings), ...options.definitions },
    linkSecret: randomBytes(32).toString('hex'),
    gateway: { corsOrigins: [origin] },
    trustedDocuments: loadTrustedDocuments(MANIFEST),
    ...(options.events ? { events: options.events } : {}),
  });
  // Billing's links (3-D Secure page, invoices) point at the gateway's origin.
  settings.publicOrigin = new URL(stack.gateway.url).origin;
  const dev = await startDevServer(port, stack.gateway.url);
  const browser = await launchChromium();
  return {
    stack,
    dev,
    browser,
    close: async () => {
      await browser.close();
      await dev.stop();
      await stack.close();
    },
  };
}

/** Signs in on the client's page with a token (the development sign-in form), from a clean session. */
export async function signIn(page: Page, origin: string, token: string): Promise<void> {
  await page.goto(`${origin}/#/plans`);
  await page.evaluate(() => sessionStorage.clear());
  await page.reload();
  await page.getByLabel('Bearer token').fill(token);
  await page.getByRole('button', { name: 'Sign in with this token' }).click();
}
