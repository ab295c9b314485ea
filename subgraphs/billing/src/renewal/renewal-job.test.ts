import 'reflect-metadata';
import { renewalPeriodOf } from './renew-command';
import { scheduledPeriodAt } from './renewal-job';

describe('which period a renewal run is for', () => {
  it('the job: the current month, on its 1st in Paris only', () => {
    expect(scheduledPeriodAt(new Date('2026-06-30T22:10:00Z'))).toBe('2026-07-01'); // 00:10 on 1 July in Paris
    expect(scheduledPeriodAt(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(scheduledPeriodAt(new Date('2026-07-01T22:00:00Z'))).toBeNull(); // the 2nd in Paris
    expect(scheduledPeriodAt(new Date('2026-06-30T21:59:00Z'))).toBeNull();
    expect(scheduledPeriodAt(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01'); // winter time, new year
  });
  it('the command: the month containing --at, or today', () => {
    const now = new Date('2026-06-30T22:10:00Z');
    expect(renewalPeriodOf([], now)).toBe('2026-07-01');
    expect(renewalPeriodOf(['--at', '2026-08-14'], now)).toBe('2026-08-01');
    expect(renewalPeriodOf(['--at=2026-09-01'], now)).toBe('2026-09-01');
    for (const bad of [['--at'], ['--at', '2026-02-30'], ['--at', '1 July'], ['--at=2026-7-1'], ['--dry-run'], ['--at', '2026-07-01', 'extra']]) {
      expect(() => renewalPeriodOf(bad, now)).toThrow();
    }
  });
});
