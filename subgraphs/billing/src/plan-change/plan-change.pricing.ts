import type { BillingLoaders } from '../context';
import type { Plan } from '../plan/plan.entity';
import { billingPeriodAt, parseDate, startOfDay } from '../quote/billing-calendar';
import { priceChange, type LineDraft, type PricedChange } from '../quote/pricing';
import type { PlanQuoteLine, Quote, QuoteLine } from '../quote/quote.entity';
import { assessVat, type VatAssessment } from '../quote/vat';
import { VatNumberStatus } from '../billing-profile/billing-profile.entity';
import type { PlanChange, PlanChangeLine } from './plan-change.entity';
import type { PlanChangeLinesRequest } from './plan-change.rules';

/** The facts every price needs, from the request's loaders (a few statements, shared by all fields). */
export async function pricingFacts(loaders: BillingLoaders, accountId: string, now: Date) {
  const [catalogue, subscriptions, profile] = await Promise.all([
    loaders.catalogue.load('all'),
    loaders.subscriptionsByAccount.load(accountId),
    loaders.billingProfile.load(accountId),
  ]);
  const plans = new Map<string, Plan>((catalogue as unknown as Plan[]).map((plan) => [plan.id, plan]));
  const period = billingPeriodAt(now);
  const vat: VatAssessment | null = profile
    ? assessVat(
        {
          countryCode: profile.countryCode,
          kind: profile.customerKind,
          vatNumber: profile.vatNumber,
          vatNumberVerified: profile.vatNumberStatus === VatNumberStatus.VERIFIED,
        },
        period.today,
      )
    : null;
  return { plans, seatsBefore: new Map(subscriptions.map((s) => [s.planId, s.quantity])), period, vat, profile };
}

export const toDraft = (line: PlanChangeLine): LineDraft => ({
  kind: line.kind,
  planId: line.planId,
  fromPlanId: line.fromPlanId,
  extensionId: line.extensionId,
  extensionNumber: line.extensionNumber,
  quantity: line.quantity,
});

/** Stored lines as the tabs would send them again (to check them against fresh facts). */
export function toRequest(lines: readonly LineDraft[]): PlanChangeLinesRequest {
  return {
    additions: lines.filter((l) => l.kind === 'ADD').map((l) => ({ planId: l.planId, quantity: l.quantity })),
    edits: lines.filter((l) => l.kind === 'EDIT').map((l) => ({ extensionId: l.extensionId!, planId: l.planId })),
    removals: lines
      .filter((l) => l.kind === 'REMOVE')
      .map((l) => (l.extensionId ? { extensionId: l.extensionId } : { planId: l.planId, quantity: l.quantity })),
  };
}

/** The live price of a plan change, at the billing clock's now. */
export async function priceLive(loaders: BillingLoaders, change: PlanChange, now: Date): Promise<{ priced: PricedChange; plans: Map<string, Plan> }> {
  const [facts, lines] = await Promise.all([pricingFacts(loaders, change.accountId, now), loaders.planChangeLines.load(change.id)]);
  return {
    priced: priceChange({
      family: change.family,
      lines: lines.map(toDraft),
      plans: facts.plans,
      seatsBefore: facts.seatsBefore,
      period: facts.period,
      vat: facts.vat,
    }),
    plans: facts.plans,
  };
}

/** A quote's price read back exactly as it was frozen. */
export function frozenPrice(quote: Quote, lines: readonly QuoteLine[]): PricedChange {
  const vat: VatAssessment = {
    treatment: quote.vatTreatment,
    rateBasisPoints: quote.vatRateBasisPoints,
    rateCountryCode: quote.vatCountryCode,
    mention: quote.vatMention,
    sellerVatNumber: quote.sellerVatNumber,
    buyerVatNumber: quote.buyerVatNumber,
  };
  return {
    period: {
      today: quote.prorationDate,
      start: quote.periodStart,
      nextStart: quote.nextPeriodStart,
      daysInPeriod: quote.daysInPeriod,
      daysLeftIncludingToday: quote.daysCharged,
    },
    lines: lines.filter((line): line is PlanQuoteLine => line.kind !== 'NUMBER').map((line) => ({ ...line })),
    numberLines: lines
      .filter((line) => line.kind === 'NUMBER')
      .map((line) => ({
        numberOrderLineId: line.numberOrderLineId!,
        e164: line.e164!,
        setupFeeMinor: line.setupFeeMinor ?? 0,
        monthlyFeeMinor: line.monthlyChangeMinor,
        dueNowMinor: line.dueNowMinor,
        description: line.description,
      })),
    seats: quote.seatChanges,
    subtotalDueNowMinor: quote.subtotalMinor,
    vat,
    vatDueNowMinor: quote.vatMinor,
    totalDueNowMinor: quote.totalMinor,
    monthlyAfterMinor: quote.monthlyAfterMinor,
    monthlyAfterVatMinor: quote.monthlyAfterVatMinor,
    monthlyAfterTotalMinor: quote.monthlyAfterMinor + quote.monthlyAfterVatMinor,
  };
}

/** A quote can be checked out for `lifetimeMs`, and never past the start of the next period. */
export function quoteExpiry(now: Date, nextPeriodStart: string, lifetimeMs: number): Date {
  return new Date(Math.min(now.getTime() + lifetimeMs, startOfDay(parseDate(nextPeriodStart)).getTime()));
}
