import { billingPeriodAt } from './billing-calendar';
import { priceChange, type LineDraft, type PricedPlan } from './pricing';
import { assessVat, CustomerKind } from './vat';

const plans = new Map<string, PricedPlan>(
  [
    { id: 'fr', name: 'Phone System France', family: 'PHONE_SYSTEM', pricePerUserMinor: 1500 },
    { id: 'eu', name: 'Phone System Europe', family: 'PHONE_SYSTEM', pricePerUserMinor: 2500 },
    { id: 'ww', name: 'Phone System World', family: 'PHONE_SYSTEM', pricePerUserMinor: 4000 },
    { id: 'fm', name: 'France fixed & mobile', family: 'PHONE_SYSTEM', pricePerUserMinor: 4990 },
  ].map((plan) => [plan.id, plan]),
);
const june16 = billingPeriodAt(new Date('2026-06-16T10:00:00Z')); // 15 of 30 days left
const french = assessVat({ countryCode: 'FR', kind: CustomerKind.BUSINESS, vatNumber: null, vatNumberVerified: false }, june16.today);
const add = (planId: string, quantity: number): LineDraft => ({ kind: 'ADD', planId, quantity, fromPlanId: null, extensionId: null, extensionNumber: null });
const edit = (number: string, fromPlanId: string, planId: string): LineDraft => ({
  kind: 'EDIT',
  planId,
  fromPlanId,
  extensionId: `ext-${number}`,
  extensionNumber: number,
  quantity: 1,
});
const removeExtension = (number: string, planId: string): LineDraft => ({
  kind: 'REMOVE',
  planId,
  fromPlanId: null,
  extensionId: `ext-${number}`,
  extensionNumber: number,
  quantity: 1,
});

describe('pricing a plan change', () => {
  it('charges an addition prorated by day: EUR 49.90 on the 16th of a 30-day month is EUR 24.95', () => {
    const priced = priceChange({ family: 'PHONE_SYSTEM', lines: [add('fm', 1)], plans, seatsBefore: new Map([['fm', 3]]), period: june16, vat: french });
    expect(priced.lines[0]).toMatchObject({ dueNowMinor: 2495, monthlyChangeMinor: 4990, effective: 'NOW', effectiveOn: '2026-06-16' });
    expect(priced.seats).toEqual([{ planId: 'fm', usersBefore: 3, usersNow: 4, usersAfter: 4 }]);
    expect(priced).toMatchObject({
      subtotalDueNowMinor: 2495,
      vatDueNowMinor: 499,
      totalDueNowMinor: 2994,
      monthlyAfterMinor: 4 * 4990,
      monthlyAfterVatMinor: 3992,
      monthlyAfterTotalMinor: 23952,
    });
  });

  it('rounds each line half-up, then VAT once on the subtotal', () => {
    const july10 = billingPeriodAt(new Date('2026-07-10T10:00:00Z')); // 22 of 31 days
    const priced = priceChange({ family: 'PHONE_SYSTEM', lines: [add('eu', 1), add('ww', 1)], plans, seatsBefore: new Map(), period: july10, vat: french });
    // 2500 * 22 / 31 = 1774.19 -> 1774; 4000 * 22 / 31 = 2838.71 -> 2839
    expect(priced.lines.map((l) => l.dueNowMinor)).toEqual([1774, 2839]);
    expect(priced.subtotalDueNowMinor).toBe(4613);
    expect(priced.vatDueNowMinor).toBe(923); // 922.6
  });

  it('charges an upgrade the prorated difference now, and schedules a downgrade with no credit', () => {
    const priced = priceChange({
      family: 'PHONE_SYSTEM',
      lines: [edit('901', 'eu', 'ww'), edit('909', 'ww', 'fr')],
      plans,
      seatsBefore: new Map([
        ['eu', 8],
        ['ww', 2],
      ]),
      period: june16,
      vat: french,
    });
    expect(priced.lines[0]).toMatchObject({ unitPriceMinor: 1500, dueNowMinor: 750, effective: 'NOW' });
    expect(priced.lines[1]).toMatchObject({
      unitPriceMinor: -2500,
      dueNowMinor: 0,
      monthlyChangeMinor: -2500,
      effective: 'NEXT_PERIOD',
      effectiveOn: '2026-07-01',
    });
    expect(priced.seats).toEqual([
      { planId: 'fr', usersBefore: 0, usersNow: 0, usersAfter: 1 },
      { planId: 'eu', usersBefore: 8, usersNow: 7, usersAfter: 7 },
      { planId: 'ww', usersBefore: 2, usersNow: 3, usersAfter: 2 },
    ]);
  });

  it('schedules removals for the next period with nothing due now', () => {
    const priced = priceChange({
      family: 'PHONE_SYSTEM',
      lines: [removeExtension('902', 'eu')],
      plans,
      seatsBefore: new Map([['eu', 8]]),
      period: june16,
      vat: french,
    });
    expect(priced.lines[0]).toMatchObject({ dueNowMinor: 0, monthlyChangeMinor: -2500, effective: 'NEXT_PERIOD', effectiveOn: '2026-07-01' });
    expect(priced).toMatchObject({ subtotalDueNowMinor: 0, vatDueNowMinor: 0, totalDueNowMinor: 0, monthlyAfterMinor: 7 * 2500 });
  });

  it('leaves VAT totals null without a billing profile', () => {
    const priced = priceChange({ family: 'PHONE_SYSTEM', lines: [add('fm', 1)], plans, seatsBefore: new Map(), period: june16, vat: null });
    expect(priced).toMatchObject({ subtotalDueNowMinor: 2495, vatDueNowMinor: null, totalDueNowMinor: null });
  });
});
