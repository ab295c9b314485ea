import { billingPeriodAt } from '../quote/billing-calendar';
import { assessVat, CustomerKind } from '../quote/vat';
import { lineRefund, priceNumberOrder } from './number-order-pricing';

const june16 = billingPeriodAt(new Date('2026-06-16T10:00:00Z')); // 15 of 30 days left
const french = assessVat({ countryCode: 'FR', kind: CustomerKind.BUSINESS, vatNumber: null, vatNumberVerified: false }, june16.today);
const paris = { id: 'l1', e164: '+33142000001', setupMinor: 1000, monthlyMinor: 299, currency: 'EUR' };
const lyon = { id: 'l2', e164: '+33472000001', setupMinor: 0, monthlyMinor: 150, currency: 'EUR' };

describe('pricing a number order', () => {
  it('charges the setup fee in full and the monthly fee prorated to the month end, then VAT once', () => {
    const priced = priceNumberOrder([lyon, paris], june16, french);
    // 2.99 x 15/30 = 1.495 -> 1.50 (half-up), plus the 10.00 setup fee; 1.50 x 15/30 = 0.75.
    expect(priced.lines.map((l) => [l.e164, l.setupFeeMinor, l.dueNowMinor])).toEqual([
      ['+33142000001', 1000, 1150],
      ['+33472000001', 0, 75],
    ]);
    expect(priced).toMatchObject({ subtotalDueNowMinor: 1225, vatDueNowMinor: 245, totalDueNowMinor: 1470, monthlyAfterMinor: 449, monthlyAfterVatMinor: 90 });
    expect(priced.lines[0]!.description).toBe('Number +33142000001: setup fee and monthly fee 15/30 days');
  });

  it('on the first day charges a whole month, on the last day one day', () => {
    const first = priceNumberOrder([paris], billingPeriodAt(new Date('2026-06-01T10:00:00Z')), french);
    const last = priceNumberOrder([paris], billingPeriodAt(new Date('2026-06-30T10:00:00Z')), french);
    expect(first.lines[0]!.dueNowMinor).toBe(1000 + 299);
    expect(last.lines[0]!.dueNowMinor).toBe(1000 + 10); // 2.99 / 30 = 0.0997 -> 0.10
  });

  it('refunds a line with its VAT, never more than is left of the payment (split back into net and VAT)', () => {
    expect(lineRefund({ dueNowMinor: 1150 }, 2000, 10_000)).toEqual({ netMinor: 1150, vatMinor: 230 });
    expect(lineRefund({ dueNowMinor: 1150 }, 2000, 1380)).toEqual({ netMinor: 1150, vatMinor: 230 });
    expect(lineRefund({ dueNowMinor: 1150 }, 2000, 1000)).toEqual({ netMinor: 833, vatMinor: 167 });
    expect(lineRefund({ dueNowMinor: 1150 }, 2000, 0)).toEqual({ netMinor: 0, vatMinor: 0 });
  });
});
