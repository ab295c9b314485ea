import { SandboxVatRegistry, type VatRegistry } from './billing-profile/vat-registry';
import { QUOTE_LIFETIME_MS } from './quote/quote-state';

/** What billing is built with; tests choose the clock (the day prices are computed for). */
export interface BillingSettings {
  clock: () => Date;
  vatRegistry: VatRegistry;
  /** How long a quote can be checked out (it also ends with its billing period). */
  quoteLifetimeMs: number;
}

export const defaultBillingSettings = (): BillingSettings => ({ clock: () => new Date(), vatRegistry: new SandboxVatRegistry(), quoteLifetimeMs: QUOTE_LIFETIME_MS });
