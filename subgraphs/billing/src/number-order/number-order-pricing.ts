import { divideRoundHalfUp, prorate, vatOn } from '../money-math';
import type { BillingPeriod } from '../quote/billing-calendar';
import type { VatAssessment } from '../quote/vat';
import type { OrderedNumber } from './numbering-facts';

/** One number of an order, priced (stored as a quote line of kind NUMBER). */
export interface PricedNumberLine {
  numberOrderLineId: string;
  e164: string;
  /** Charged in full now. */
  setupFeeMinor: number;
  /** The number's monthly fee: its Numbers Orders subscription line from the next period on. */
  monthlyFeeMinor: number;
  /** Setup fee plus the monthly fee prorated by day for the rest of the month, before VAT. */
  dueNowMinor: number;
  description: string;
}

export interface PricedNumberOrder {
  period: BillingPeriod;
  lines: PricedNumberLine[];
  subtotalDueNowMinor: number;
  vatDueNowMinor: number;
  totalDueNowMinor: number;
  /** The numbers' monthly fees from the next period, before VAT. */
  monthlyAfterMinor: number;
  monthlyAfterVatMinor: number;
}

/**
 * Prices a number order (pure; README, "Ordering numbers"): each number's setup fee in full plus
 * its monthly fee prorated by day for the days left including today, rounded half-up per line;
 * VAT once on the subtotal, as for plan changes. Numbers in E.164 order.
 */
export function priceNumberOrder(numbers: readonly OrderedNumber[], period: BillingPeriod, vat: VatAssessment): PricedNumberOrder {
  const lines = [...numbers]
    .sort((a, b) => a.e164.localeCompare(b.e164))
    .map((number): PricedNumberLine => {
      const monthlyNow = prorate(number.monthlyMinor, period.daysLeftIncludingToday, period.daysInPeriod);
      return {
        numberOrderLineId: number.id,
        e164: number.e164,
        setupFeeMinor: number.setupMinor,
        monthlyFeeMinor: number.monthlyMinor,
        dueNowMinor: number.setupMinor + monthlyNow,
        description: `Number ${number.e164}: ${number.setupMinor > 0 ? 'setup fee and ' : ''}monthly fee ${period.daysLeftIncludingToday}/${period.daysInPeriod} days`,
      };
    });
  const subtotal = lines.reduce((sum, line) => sum + line.dueNowMinor, 0);
  const monthlyAfter = lines.reduce((sum, line) => sum + line.monthlyFeeMinor, 0);
  const vatNow = vatOn(subtotal, vat.rateBasisPoints);
  return {
    period,
    lines,
    subtotalDueNowMinor: subtotal,
    vatDueNowMinor: vatNow,
    totalDueNowMinor: subtotal + vatNow,
    monthlyAfterMinor: monthlyAfter,
    monthlyAfterVatMinor: vatOn(monthlyAfter, vat.rateBasisPoints),
  };
}

/** A refund split as its credit note shows it: before VAT, and VAT. */
export interface LineRefund {
  netMinor: number;
  vatMinor: number;
}

/**
 * What refunding one line gives back: its amount due now plus its VAT, never more than is left
 * of the payment (then the VAT-inclusive amount left is split back into net and VAT).
 */
export function lineRefund(line: { dueNowMinor: number }, rateBasisPoints: number, leftOnPaymentMinor: number): LineRefund {
  const whole = { netMinor: line.dueNowMinor, vatMinor: vatOn(line.dueNowMinor, rateBasisPoints) };
  const left = Math.max(0, leftOnPaymentMinor);
  if (whole.netMinor + whole.vatMinor <= left) return whole;
  const netMinor = divideRoundHalfUp(left * 10_000, 10_000 + rateBasisPoints);
  return { netMinor, vatMinor: left - netMinor };
}
