import type Stripe from 'stripe';
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
  /** The public origin (the gateway's) where invoice downloads and the 3-D Secure page live; links are signed by the kit's LinkSigner (LINK_SECRET). */
  publicOrigin: string;
  /** Stripe's webhook (POST /webhooks/stripe): the SDK that checks signatures and the endpoint's secret ("whsec_..."); null answers 404. */
  stripeWebhook: { stripe: Stripe; secret: string } | null;
  /** How often each replica checks whether a period is due for renewal (renewal-job.ts); 0: no scheduled renewal. */
  renewalCheckIntervalMs: number;
}

/** The public origin the sandbox's 3-D Secure page lives on (the gateway's, through its route table). */
export const DEFAULT_PUBLIC_ORIGIN = 'http://127.0.0.1:4000';

export const defaultBillingSettings = (): BillingSettings => ({
  clock: () => new Date(),
  vatRegistry: new SandboxVatRegistry(),
  quoteLifetimeMs: QUOTE_LIFETIME_MS,
  paymentProvider: new SandboxPaymentProvider(),
  returnUrlOrigins: ['http://127.0.0.1:3000', 'http://localhost:3000'],
  publicOrigin: DEFAULT_PUBLIC_ORIGIN,
  stripeWebhook: null,
  renewalCheckIntervalMs: 15 * 60_000,
});
