import { randomBytes } from 'node:crypto';
import { SandboxVatRegistry, type VatRegistry } from './billing-profile/vat-registry';
import type { PaymentProvider } from './payment/payment-provider';
import { SandboxPaymentProvider } from './payment/sandbox-payment-provider';
import { QUOTE_LIFETIME_MS } from './quote/quote-state';

/** What billing is built with; tests choose the clock (the day prices are computed for). */
export interface BillingSettings {
  clock: () => Date;
  vatRegistry: VatRegistry;
  /** How long a quote can be checked out (it also ends with its billing period). */
  quoteLifetimeMs: number;
  paymentProvider: PaymentProvider;
  /** Origins a 3-D Secure return URL may point to (the customer area's): no open redirect. */
  returnUrlOrigins: readonly string[];
  /** The public origin (the gateway's) where invoice downloads and the 3-D Secure page live. */
  publicOrigin: string;
  /** Signs invoice download links; a random one by default (links then die with the process). */
  linkSecret: string;
}

/** The public origin the sandbox's 3-D Secure page lives on (the gateway's, through its route table). */
export const DEFAULT_PUBLIC_ORIGIN = 'http://127.0.0.1:4000';

export const sandboxChallengeUrl = (publicOrigin: string) => (intentId: string) => `${publicOrigin}/payments/3ds/${intentId}`;

export const defaultBillingSettings = (): BillingSettings => ({
  clock: () => new Date(),
  vatRegistry: new SandboxVatRegistry(),
  quoteLifetimeMs: QUOTE_LIFETIME_MS,
  paymentProvider: new SandboxPaymentProvider(sandboxChallengeUrl(DEFAULT_PUBLIC_ORIGIN)),
  returnUrlOrigins: ['http://127.0.0.1:3000', 'http://localhost:3000'],
  publicOrigin: DEFAULT_PUBLIC_ORIGIN,
  linkSecret: randomBytes(32).toString('hex'),
});
