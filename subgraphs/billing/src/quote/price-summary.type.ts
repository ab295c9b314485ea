import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../money';
import { formatRate } from '../money-math';
import { Plan } from '../plan/plan.entity';
import type { PricedChange, PricedLine, SeatChange } from './pricing';
import type { VatAssessment } from './vat';
import { VatTreatment } from './vat.enums';

export enum PlanChangeLineKind {
  ADD = 'ADD',
  EDIT = 'EDIT',
  REMOVE = 'REMOVE',
}
registerEnumType(PlanChangeLineKind, {
  name: 'PlanChangeLineKind',
  description: 'The tab a line comes from.',
  valuesConfig: {
    ADD: { description: 'Add tab: users added to a plan.' },
    EDIT: { description: 'Edit tab: an extension moved to another plan of the family.' },
    REMOVE: { description: 'Remove tab: a named extension, or a quantity of users, removed.' },
  },
});

export enum Effective {
  NOW = 'NOW',
  NEXT_PERIOD = 'NEXT_PERIOD',
}
registerEnumType(Effective, {
  name: 'Effective',
  description: 'When a line takes effect.',
  valuesConfig: {
    NOW: { description: 'As soon as the payment succeeds (additions and upgrades), charged prorated for the rest of the month.' },
    NEXT_PERIOD: { description: 'Scheduled for the first day of the next billing period (removals and downgrades), with no credit.' },
  },
});

@ObjectType({ description: 'One priced line of a plan change.' })
export class PriceLine {
  @Field(() => PlanChangeLineKind, { description: 'The tab the line comes from.' })
  kind!: PlanChangeLineKind;

  @Field(() => Plan, { description: 'Add: the plan added; Edit: the plan the extension moves to; Remove: the plan losing users.' })
  plan!: Plan;

  @Field(() => Plan, { nullable: true, description: 'Edit: the plan the extension leaves (null if it had none).' })
  fromPlan!: Plan | null;

  @Field(() => ID, { nullable: true, description: 'Edit, and Remove of a named extension: the extension (owned by telephony).' })
  extensionId!: string | null;

  @Field(() => String, { nullable: true, description: 'The extension number, for display ("901").' })
  extensionNumber!: string | null;

  @Field(() => Int, { description: 'Users added or removed; 1 for a line about an extension.' })
  quantity!: number;

  @Field(() => Money, { description: 'Add and Remove: the monthly price per user; Edit: the monthly difference per user (negative for a downgrade).' })
  unitPrice!: Money;

  @Field(() => Money, { description: 'How the monthly bill changes from the next period on, before VAT (negative for removals and downgrades).' })
  monthlyChange!: Money;

  @Field(() => Money, {
    description: 'Charged now, before VAT: prorated by day (days left including today / days in the month), rounded half-up for the line.',
  })
  dueNow!: Money;

  @Field(() => Effective, { description: 'When the line takes effect.' })
  effective!: Effective;

  @Field({ description: 'The day the line takes effect (ISO date, Europe/Paris).' })
  effectiveOn!: string;

  @Field({ description: 'The line in words, in English.' })
  description!: string;
}

@ObjectType({ description: 'One number of a number order, priced.' })
export class NumberPriceLine {
  @Field(() => ID, { description: "The order's line (numbering owns it)." })
  numberOrderLineId!: string;

  @Field({ description: 'The number in E.164 form.' })
  e164!: string;

  @Field(() => Money, { description: 'One-time fee, charged in full now.' })
  setupFee!: Money;

  @Field(() => Money, { description: 'Monthly fee: charged prorated now, then in full each month on the Numbers Orders subscription.' })
  monthlyFee!: Money;

  @Field(() => Money, { description: 'Charged now, before VAT: the setup fee plus the monthly fee prorated by day for the rest of the month.' })
  dueNow!: Money;

  @Field({ description: 'The line in words, in English.' })
  description!: string;
}

@ObjectType({ description: 'Users of one plan before and after the change (Kavkom shows "France fixed & mobile 3 -> 4").' })
export class SeatChangeRow {
  @Field(() => Plan, { description: 'The plan.' })
  plan!: Plan;

  @Field(() => Int, { description: 'Users (seats) before the change.' })
  usersBefore!: number;

  @Field(() => Int, { description: 'Users right after payment: additions and upgrades applied, removals and downgrades not yet.' })
  usersNow!: number;

  @Field(() => Int, { description: 'Users from the next period, with everything applied.' })
  usersAfter!: number;

  @Field({ description: 'For display: "<plan> <before> -> <after>".' })
  summary!: string;
}

@ObjectType({ description: 'How VAT applies, with the mentions the quote and the invoice carry.' })
export class VatDetails {
  @Field(() => VatTreatment, { description: 'Which VAT rule applies.' })
  treatment!: VatTreatment;

  @Field(() => Int, { description: 'Rate in basis points: 2000 is 20 %.' })
  rateBasisPoints!: number;

  @Field({ description: 'Rate for display, for example "20 %".' })
  rate!: string;

  @Field(() => String, { nullable: true, description: 'Country whose VAT applies; null when none does.' })
  countryCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The legal mention ("Autoliquidation ...", or why no French VAT applies); null for plain VAT.' })
  mention!: string | null;

  @Field({ description: "The seller's VAT number." })
  sellerVatNumber!: string;

  @Field(() => String, { nullable: true, description: "The customer's VAT number, when it has one." })
  buyerVatNumber!: string | null;
}

@ObjectType({
  description: 'A plan change or number order priced: lines, users per plan, amounts due now and the monthly bill from the next period.',
})
export class PriceSummary {
  @Field({ description: 'ISO 4217 currency of every amount.' })
  currency!: string;

  @Field({ description: 'The day prices are computed for (ISO date, Europe/Paris).' })
  prorationDate!: string;

  @Field({ description: 'First day of the current billing period (calendar month).' })
  periodStart!: string;

  @Field({ description: 'First day of the next billing period: scheduled lines take effect, full prices resume.' })
  nextPeriodStart!: string;

  @Field(() => Int, { description: 'Days in the current month.' })
  daysInPeriod!: number;

  @Field(() => Int, { description: 'Days charged now: the days left in the month including today.' })
  daysCharged!: number;

  @Field(() => [PriceLine], { description: "The lines, Add then Edit then Remove; empty for a number order's quote." })
  lines!: PriceLine[];

  @Field(() => [NumberPriceLine], { description: "A number order's numbers, by E.164; empty for a plan change." })
  numberLines!: NumberPriceLine[];

  @Field(() => [SeatChangeRow], { description: 'Users per plan of the family before and after, by price.' })
  seats!: SeatChangeRow[];

  @Field(() => Money, { description: 'Due now, excluding VAT: the sum of the lines.' })
  subtotalDueNow!: Money;

  @Field(() => Money, { nullable: true, description: 'VAT due now, on the subtotal; null until the account has a billing profile.' })
  vatDueNow!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Due now, including VAT; null until the account has a billing profile.' })
  totalDueNow!: Money | null;

  @Field(() => Money, { description: "The family's monthly bill from the next period, excluding VAT (a number order: its numbers' monthly fees)." })
  nextPeriodMonthly!: Money;

  @Field(() => Money, { nullable: true, description: "The family's monthly bill from the next period, including VAT; null without a billing profile." })
  nextPeriodMonthlyIncludingVat!: Money | null;

  @Field(() => VatDetails, { nullable: true, description: 'How VAT applies; null until the account has a billing profile.' })
  vat!: VatDetails | null;
}

/** Builds the GraphQL view of a priced change (live, or read back from a frozen quote). */
export function toPriceSummary(priced: PricedChange, currency: string, plans: ReadonlyMap<string, Plan>): PriceSummary {
  const money = (minor: number | null) => (minor === null ? null : Money.of(minor, currency));
  const plan = (id: string) => plans.get(id)!;
  return Object.assign(new PriceSummary(), {
    currency,
    prorationDate: priced.period.today,
    periodStart: priced.period.start,
    nextPeriodStart: priced.period.nextStart,
    daysInPeriod: priced.period.daysInPeriod,
    daysCharged: priced.period.daysLeftIncludingToday,
    lines: priced.lines.map((line: PricedLine) =>
      Object.assign(new PriceLine(), {
        kind: line.kind as PlanChangeLineKind,
        plan: plan(line.planId),
        fromPlan: line.fromPlanId ? plan(line.fromPlanId) : null,
        extensionId: line.extensionId,
        extensionNumber: line.extensionNumber,
        quantity: line.quantity,
        unitPrice: Money.of(line.unitPriceMinor, currency),
        monthlyChange: Money.of(line.monthlyChangeMinor, currency),
        dueNow: Money.of(line.dueNowMinor, currency),
        effective: line.effective as Effective,
        effectiveOn: line.effectiveOn,
        description: line.description,
      }),
    ),
    numberLines: priced.numberLines.map((line) =>
      Object.assign(new NumberPriceLine(), {
        numberOrderLineId: line.numberOrderLineId,
        e164: line.e164,
        setupFee: Money.of(line.setupFeeMinor, currency),
        monthlyFee: Money.of(line.monthlyFeeMinor, currency),
        dueNow: Money.of(line.dueNowMinor, currency),
        description: line.description,
      }),
    ),
    seats: priced.seats.map((row: SeatChange) =>
      Object.assign(new SeatChangeRow(), { ...row, plan: plan(row.planId), summary: `${plan(row.planId).name} ${row.usersBefore} -> ${row.usersAfter}` }),
    ),
    subtotalDueNow: Money.of(priced.subtotalDueNowMinor, currency),
    vatDueNow: money(priced.vatDueNowMinor),
    totalDueNow: money(priced.totalDueNowMinor),
    nextPeriodMonthly: Money.of(priced.monthlyAfterMinor, currency),
    nextPeriodMonthlyIncludingVat: money(priced.monthlyAfterTotalMinor),
    vat: priced.vat ? toVatDetails(priced.vat) : null,
  });
}

function toVatDetails(vat: VatAssessment): VatDetails {
  return Object.assign(new VatDetails(), {
    treatment: vat.treatment,
    rateBasisPoints: vat.rateBasisPoints,
    rate: formatRate(vat.rateBasisPoints),
    countryCode: vat.rateCountryCode,
    mention: vat.mention,
    sellerVatNumber: vat.sellerVatNumber,
    buyerVatNumber: vat.buyerVatNumber,
  });
}
