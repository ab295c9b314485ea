import { SELLER } from '../seller';
import { formatRate } from '../money-math';
import { isEuMemberState, isFrenchVatTerritory, standardVatRate } from './vat-rates';

/** How VAT applies to a customer (telecommunications services sold from France). */
export enum VatTreatment {
  /** French customers, business or individual: French VAT (20 %). */
  FRENCH_VAT = 'FRENCH_VAT',
  /** EU business outside France with a verified VAT number: 0 %, the customer self-assesses. */
  REVERSE_CHARGE = 'REVERSE_CHARGE',
  /** EU individual (or business without a verified VAT number): the VAT of the customer's country. */
  CUSTOMER_COUNTRY_VAT = 'CUSTOMER_COUNTRY_VAT',
  /** Customer established outside the EU: no French VAT. */
  OUTSIDE_EU = 'OUTSIDE_EU',
}

export enum CustomerKind {
  BUSINESS = 'BUSINESS',
  INDIVIDUAL = 'INDIVIDUAL',
}

export interface VatCustomer {
  countryCode: string;
  kind: CustomerKind;
  vatNumber: string | null;
  /** The registry (VIES) confirmed the VAT number. */
  vatNumberVerified: boolean;
}

export interface VatAssessment {
  treatment: VatTreatment;
  rateBasisPoints: number;
  /** Country whose VAT applies; null when none does. */
  rateCountryCode: string | null;
  /** The mention the quote and invoice carry, null when plain VAT needs none. */
  mention: string | null;
  sellerVatNumber: string;
  /** The customer's VAT number as the documents show it (reverse charge needs it). */
  buyerVatNumber: string | null;
}

export const REVERSE_CHARGE_MENTION = 'Autoliquidation';

/**
 * The VAT rules for telecommunications services (place of supply: the customer's country for a
 * business, Directive 2006/112/EC art. 44; where the consumer lives for an individual, art. 58):
 * - French customers (France and Monaco), business or individual: French VAT;
 * - an EU business outside France with a verified VAT number: 0 %, reverse charge
 *   ("Autoliquidation", art. 196), with both VAT numbers on the document;
 * - an EU individual: the standard rate of their own country, on `date` (one-stop shop);
 *   an EU business whose VAT number is missing or not verified is taxed the same way;
 * - outside the EU: no French VAT, with the article that says why.
 */
export function assessVat(customer: VatCustomer, date: string): VatAssessment {
  const base = { sellerVatNumber: SELLER.vatNumber, buyerVatNumber: customer.vatNumber };
  if (isFrenchVatTerritory(customer.countryCode)) {
    return { ...base, treatment: VatTreatment.FRENCH_VAT, rateBasisPoints: standardVatRate('FR', date)!, rateCountryCode: 'FR', mention: null };
  }
  if (!isEuMemberState(customer.countryCode)) {
    return {
      ...base,
      treatment: VatTreatment.OUTSIDE_EU,
      rateBasisPoints: 0,
      rateCountryCode: null,
      mention: 'VAT not applicable: customer established outside the European Union (French General Tax Code, article 259-1; article 259 B for consumers).',
    };
  }
  if (customer.kind === CustomerKind.BUSINESS && customer.vatNumber && customer.vatNumberVerified) {
    return {
      ...base,
      treatment: VatTreatment.REVERSE_CHARGE,
      rateBasisPoints: 0,
      rateCountryCode: null,
      mention: `${REVERSE_CHARGE_MENTION}: VAT reverse charge, article 196 of Directive 2006/112/EC. Seller VAT number ${SELLER.vatNumber}, customer VAT number ${customer.vatNumber}.`,
    };
  }
  const rate = standardVatRate(customer.countryCode, date)!;
  const why =
    customer.kind === CustomerKind.BUSINESS
      ? "no verified VAT number, so the VAT of the customer's country applies"
      : 'telecommunications services are taxed where the consumer lives (article 58 of Directive 2006/112/EC)';
  return {
    ...base,
    treatment: VatTreatment.CUSTOMER_COUNTRY_VAT,
    rateBasisPoints: rate,
    rateCountryCode: customer.countryCode,
    mention: `VAT of ${customer.countryCode} at ${formatRate(rate)}: ${why}.`,
  };
}
