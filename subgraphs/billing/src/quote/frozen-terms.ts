import type { BillingProfile } from '../billing-profile/billing-profile.entity';
import type { BillingPeriod } from './billing-calendar';
import type { Quote } from './quote.entity';
import type { VatAssessment } from './vat';

/**
 * The columns every quote freezes whatever it prices (a plan change or a number order): the
 * proration day and period, the buyer as its billing profile reads now, and the VAT that applies.
 */
export function frozenTerms(
  period: BillingPeriod,
  profile: BillingProfile,
  vat: VatAssessment,
): Pick<
  Quote,
  | 'prorationDate'
  | 'periodStart'
  | 'nextPeriodStart'
  | 'daysInPeriod'
  | 'daysCharged'
  | 'buyerLegalName'
  | 'buyerCountryCode'
  | 'buyerKind'
  | 'buyerVatNumber'
  | 'sellerVatNumber'
  | 'vatTreatment'
  | 'vatRateBasisPoints'
  | 'vatCountryCode'
  | 'vatMention'
> {
  return {
    prorationDate: period.today,
    periodStart: period.start,
    nextPeriodStart: period.nextStart,
    daysInPeriod: period.daysInPeriod,
    daysCharged: period.daysLeftIncludingToday,
    buyerLegalName: profile.legalName,
    buyerCountryCode: profile.countryCode,
    buyerKind: profile.customerKind,
    buyerVatNumber: profile.vatNumber,
    sellerVatNumber: vat.sellerVatNumber,
    vatTreatment: vat.treatment,
    vatRateBasisPoints: vat.rateBasisPoints,
    vatCountryCode: vat.rateCountryCode,
    vatMention: vat.mention,
  };
}
