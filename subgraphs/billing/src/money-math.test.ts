import { divideRoundHalfUp, formatRate, prorate, vatOn } from './money-math';

describe('money arithmetic in minor units', () => {
  it('rounds half-up, and half away from zero for credits', () => {
    expect(divideRoundHalfUp(4991, 2)).toBe(2496); // 2495.5
    expect(divideRoundHalfUp(4989, 2)).toBe(2495); // 2494.5 -> 2495
    expect(divideRoundHalfUp(4990, 2)).toBe(2495);
    expect(divideRoundHalfUp(1, 3)).toBe(0);
    expect(divideRoundHalfUp(2, 3)).toBe(1);
    expect(divideRoundHalfUp(-4991, 2)).toBe(-2496);
    expect(divideRoundHalfUp(0, 7)).toBe(0);
    expect(() => divideRoundHalfUp(1, 0)).toThrow();
    expect(() => divideRoundHalfUp(0.5, 1)).toThrow();
  });

  it('prorates by day: EUR 49.90 for 15 of 30 days is EUR 24.95', () => {
    expect(prorate(4990, 15, 30)).toBe(2495);
    expect(prorate(4990, 30, 30)).toBe(4990);
    expect(prorate(4990, 1, 31)).toBe(161); // 160.97
    expect(prorate(2500, 16, 31)).toBe(1290); // 1290.32
    expect(prorate(6900, 14, 28)).toBe(3450);
    expect(() => prorate(4990, 31, 30)).toThrow();
  });

  it('computes VAT in basis points', () => {
    expect(vatOn(2495, 2000)).toBe(499); // 499.0
    expect(vatOn(2495, 1900)).toBe(474); // 474.05
    expect(vatOn(1005, 2000)).toBe(201);
    expect(vatOn(2495, 0)).toBe(0);
    expect(vatOn(1000, 2550)).toBe(255);
  });

  it('formats rates', () => {
    expect(formatRate(2000)).toBe('20 %');
    expect(formatRate(2550)).toBe('25.5 %');
    expect(formatRate(0)).toBe('0 %');
    expect(formatRate(1905)).toBe('19.05 %');
  });
});
