/**
 * Integer money arithmetic. Amounts are integer minor units (cents); nothing here ever holds a
 * fraction of a cent in a float. Products stay far below 2^53 (1,000 users x EUR 10,000 x 31
 * days x 10,000 basis points is 3.1e15), and `assertSafe` fails loudly if that ever changes.
 */

function assertSafe(...values: number[]): void {
  for (const value of values) if (!Number.isSafeInteger(value)) throw new Error(`money arithmetic left the safe integer range: ${value}`);
}

/**
 * numerator / denominator rounded half-up (half away from zero for negatives, so a credit
 * mirrors a charge): 2495.5 -> 2496, -2495.5 -> -2496. Integer-only: floor((2n + d) / 2d).
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  assertSafe(numerator, denominator);
  if (denominator <= 0) throw new Error('denominator must be positive');
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}

/** Share of a monthly amount for `days` of a `daysInPeriod`-day month, rounded half-up in minor units. */
export function prorate(monthlyMinor: number, days: number, daysInPeriod: number): number {
  if (days < 0 || days > daysInPeriod) throw new Error(`days ${days} outside a ${daysInPeriod}-day period`);
  return divideRoundHalfUp(monthlyMinor * days, daysInPeriod);
}

/** VAT on an amount at a rate in basis points (2000 = 20 %), rounded half-up in minor units. */
export function vatOn(amountMinor: number, rateBasisPoints: number): number {
  return divideRoundHalfUp(amountMinor * rateBasisPoints, 10_000);
}

/** "20 %", "25.5 %", "0 %": a rate in basis points for people (French typography: a space before %). */
export function formatRate(rateBasisPoints: number): string {
  const whole = Math.floor(rateBasisPoints / 100);
  const rest = rateBasisPoints % 100;
  return rest === 0 ? `${whole} %` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')} %`;
}
