import { billingPeriodAt, calendarDateOf, startOfDay } from './billing-calendar';

describe('billing calendar (calendar months, Europe/Paris)', () => {
  it('counts the days left including today', () => {
    expect(billingPeriodAt(new Date('2026-06-16T10:00:00Z'))).toEqual({
      today: '2026-06-16',
      start: '2026-06-01',
      nextStart: '2026-07-01',
      daysInPeriod: 30,
      daysLeftIncludingToday: 15,
    });
    expect(billingPeriodAt(new Date('2026-06-01T10:00:00Z')).daysLeftIncludingToday).toBe(30);
    expect(billingPeriodAt(new Date('2026-06-30T10:00:00Z')).daysLeftIncludingToday).toBe(1);
    expect(billingPeriodAt(new Date('2028-02-10T10:00:00Z'))).toMatchObject({ daysInPeriod: 29, daysLeftIncludingToday: 20 });
    expect(billingPeriodAt(new Date('2026-12-31T10:00:00Z'))).toMatchObject({ nextStart: '2027-01-01', daysLeftIncludingToday: 1 });
  });

  it('uses the Paris day, not the UTC day', () => {
    // 23:30 UTC on 30 June is 01:30 on 1 July in Paris (summer time).
    expect(billingPeriodAt(new Date('2026-06-30T23:30:00Z'))).toMatchObject({ today: '2026-07-01', daysInPeriod: 31, daysLeftIncludingToday: 31 });
    expect(calendarDateOf(new Date('2026-01-31T23:30:00Z'))).toEqual({ year: 2026, month: 2, day: 1 });
  });

  it('finds local midnight across summer and winter time', () => {
    expect(startOfDay({ year: 2026, month: 7, day: 1 }).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDay({ year: 2026, month: 1, day: 1 }).toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(startOfDay({ year: 2026, month: 3, day: 29 }).toISOString()).toBe('2026-03-28T23:00:00.000Z'); // DST starts that night
    expect(startOfDay({ year: 2026, month: 3, day: 30 }).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});
