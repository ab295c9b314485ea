import { backoffMs } from './backoff';

describe('backoffMs', () => {
  const settings = { baseMs: 100, maxMs: 1000 };

  it('doubles per attempt between half and all of the ceiling, capped', () => {
    expect([1, 2, 3, 4, 5, 10].map((a) => backoffMs(a, settings, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 10].map((a) => backoffMs(a, settings, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('spreads retries: the same attempt waits differently', () => {
    const waits = new Set(Array.from({ length: 50 }, () => backoffMs(3, settings)));
    expect(waits.size).toBeGreaterThan(10);
  });
});
