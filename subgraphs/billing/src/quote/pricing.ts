import { prorate, vatOn } from '../money-math';
import type { BillingPeriod } from './billing-calendar';
import type { VatAssessment } from './vat';
import type { PricedNumberLine } from '../number-order/number-order-pricing';

/** A plan as pricing sees it. */
export interface PricedPlan {
  id: string;
  name: string;
  family: string;
  pricePerUserMinor: number;
}

export type LineKind = 'ADD' | 'EDIT' | 'REMOVE';

/** One line of a plan change, checked (see plan-change.rules.ts). */
export interface LineDraft {
  kind: LineKind;
  /** ADD: the plan added; EDIT: the plan the extension moves to; REMOVE: the plan losing users. */
  planId: string;
  /** EDIT: the extension's current plan (null if it had none). */
  fromPlanId: string | null;
  extensionId: string | null;
  extensionNumber: string | null;
  /** Users added or removed; 1 for a line about an extension. */
  quantity: number;
}

export type Effective = 'NOW' | 'NEXT_PERIOD';

export interface PricedLine extends LineDraft {
  /** ADD and REMOVE: the plan's monthly price per user; EDIT: the monthly difference per user. */
  unitPriceMinor: number;
  /** How the monthly bill changes from the next period on (negative for removals and downgrades). */
  monthlyChangeMinor: number;
  /** Charged now, before VAT: prorated by day, rounded half-up for the line. */
  dueNowMinor: number;
  effective: Effective;
  /** The day the line takes effect: today, or the first day of the next period. */
  effectiveOn: string;
  description: string;
}

export interface SeatChange {
  planId: string;
  usersBefore: number;
  /** Right after payment (additions and upgrades applied). */
  usersNow: number;
  /** From the next period (everything applied). */
  usersAfter: number;
}

export interface PricedChange {
  period: BillingPeriod;
  lines: PricedLine[];
  /** A number order's numbers (its quote has no plan lines); empty for a plan change. */
  numberLines: PricedNumberLine[];
  seats: SeatChange[];
  subtotalDueNowMinor: number;
  /** Null without a VAT assessment (no billing profile yet). */
  vat: VatAssessment | null;
  vatDueNowMinor: number | null;
  totalDueNowMinor: number | null;
  /** The family's monthly bill from the next period, before VAT. */
  monthlyAfterMinor: number;
  monthlyAfterVatMinor: number | null;
  monthlyAfterTotalMinor: number | null;
}

export interface PricingInput {
  family: string;
  lines: LineDraft[];
  plans: ReadonlyMap<string, PricedPlan>;
  /** Users per plan before the change (the account's subscriptions). */
  seatsBefore: ReadonlyMap<string, number>;
  period: BillingPeriod;
  vat: VatAssessment | null;
}

/**
 * Prices a plan change (pure; the quote rules of the README):
 * - ADD: quantity x price, prorated by day for the days left including today, now;
 * - EDIT to a dearer (or equal) plan: the prorated difference now; to a cheaper one: nothing now,
 *   effective at the next period;
 * - REMOVE: nothing now, no credit, effective at the next period;
 * - each line is rounded half-up in minor units; VAT is computed once on the subtotal.
 */
export function priceChange(input: PricingInput): PricedChange {
  const { period } = input;
  const plan = (id: string) => {
    const found = input.plans.get(id);
    if (!found) throw new Error(`plan ${id} missing from the catalogue given to pricing`);
    return found;
  };
  const seats = new Map<string, SeatChange>();
  const seat = (planId: string) => {
    let row = seats.get(planId);
    if (!row) {
      const before = input.seatsBefore.get(planId) ?? 0;
      row = { planId, usersBefore: before, usersNow: before, usersAfter: before };
      seats.set(planId, row);
    }
    return row;
  };
  for (const [planId, users] of input.seatsBefore) if (users > 0 && input.plans.get(planId)?.family === input.family) seat(planId);

  const lines = input.lines.map((line): PricedLine => {
    const target = plan(line.planId);
    if (line.kind === 'ADD') {
      const monthly = line.quantity * target.pricePerUserMinor;
      seat(target.id).usersNow += line.quantity;
      seat(target.id).usersAfter += line.quantity;
      return {
        ...line,
        unitPriceMinor: target.pricePerUserMinor,
        monthlyChangeMinor: monthly,
        dueNowMinor: prorate(monthly, period.daysLeftIncludingToday, period.daysInPeriod),
        effective: 'NOW',
        effectiveOn: period.today,
        description: `Add ${line.quantity} user${line.quantity > 1 ? 's' : ''} of ${target.name}`,
      };
    }
    if (line.kind === 'EDIT') {
      const from = line.fromPlanId ? plan(line.fromPlanId) : null;
      const difference = target.pricePerUserMinor - (from?.pricePerUserMinor ?? 0);
      const now = difference >= 0;
      for (const counts of [seat(target.id), ...(from ? [seat(from.id)] : [])]) {
        const delta = counts.planId === target.id ? 1 : -1;
        if (now) counts.usersNow += delta;
        counts.usersAfter += delta;
      }
      return {
        ...line,
        unitPriceMinor: difference,
        monthlyChangeMinor: difference,
        dueNowMinor: now ? prorate(difference, period.daysLeftIncludingToday, period.daysInPeriod) : 0,
        effective: now ? 'NOW' : 'NEXT_PERIOD',
        effectiveOn: now ? period.today : period.nextStart,
        description: `Extension ${line.extensionNumber}: ${from?.name ?? 'no plan'} -> ${target.name}${now ? '' : ' (downgrade, from the next period)'}`,
      };
    }
    seat(target.id).usersAfter -= line.quantity;
    return {
      ...line,
      unitPriceMinor: target.pricePerUserMinor,
      monthlyChangeMinor: -line.quantity * target.pricePerUserMinor,
      dueNowMinor: 0,
      effective: 'NEXT_PERIOD',
      effectiveOn: period.nextStart,
      description: line.extensionId
        ? `Remove extension ${line.extensionNumber} from ${target.name} (from the next period)`
        : `Remove ${line.quantity} user${line.quantity > 1 ? 's' : ''} of ${target.name} (from the next period)`,
    };
  });

  const subtotal = lines.reduce((sum, line) => sum + line.dueNowMinor, 0);
  const seatRows = [...seats.values()].sort(
    (a, b) => plan(a.planId).pricePerUserMinor - plan(b.planId).pricePerUserMinor || plan(a.planId).name.localeCompare(plan(b.planId).name),
  );
  const monthlyAfter = seatRows.reduce((sum, row) => sum + row.usersAfter * plan(row.planId).pricePerUserMinor, 0);
  const rate = input.vat?.rateBasisPoints;
  const vatNow = rate === undefined ? null : vatOn(subtotal, rate);
  const vatAfter = rate === undefined ? null : vatOn(monthlyAfter, rate);
  return {
    period,
    lines,
    numberLines: [],
    seats: seatRows,
    subtotalDueNowMinor: subtotal,
    vat: input.vat,
    vatDueNowMinor: vatNow,
    totalDueNowMinor: vatNow === null ? null : subtotal + vatNow,
    monthlyAfterMinor: monthlyAfter,
    monthlyAfterVatMinor: vatAfter,
    monthlyAfterTotalMinor: vatAfter === null ? null : monthlyAfter + vatAfter,
  };
}
