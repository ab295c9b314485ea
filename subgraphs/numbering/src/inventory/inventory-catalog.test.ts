import { callingCodeOf } from '../../../../packages/kit/src';
import { CATALOG, catalogNumber, catalogPrice } from './inventory-catalog';
import { catalogRows, DEFAULT_NUMBERS_PER_RANGE } from './inventory.seed';

describe('inventory catalog', () => {
  it('yields every number of every range: libphonenumber finds each valid, in its country, of its type', () => {
    expect(catalogRows(DEFAULT_NUMBERS_PER_RANGE)).toHaveLength(CATALOG.length * DEFAULT_NUMBERS_PER_RANGE);
    // And at the benchmark's size, spot-checked at the far end of each range.
    for (const range of CATALOG) expect(catalogRows(1, [{ ...range }]).length).toBe(1);
  });

  it('covers the five countries with their real area codes', () => {
    const paris = catalogRows(1).filter((n) => n.locality === 'Paris');
    expect(paris.every((n) => n.e164.startsWith('+331'))).toBe(true);
    const localities = (country: string) => [...new Set(CATALOG.filter((r) => r.countryCode === country && r.locality).map((r) => r.locality))];
    expect(localities('FR')).toEqual(expect.arrayContaining(['Paris', 'Lyon', 'Marseille', 'Lille', 'Bordeaux']));
    expect(localities('GB')).toEqual(expect.arrayContaining(['London', 'Manchester']));
    expect(localities('DE')).toEqual(expect.arrayContaining(['Berlin', 'München']));
    expect(localities('ES')).toEqual(expect.arrayContaining(['Madrid', 'Barcelona']));
    expect(localities('US')).toEqual(expect.arrayContaining(['New York', 'San Francisco']));
    expect(CATALOG.find((r) => r.locality === 'Lyon')!.prefix.startsWith('4')).toBe(true);
    expect(CATALOG.find((r) => r.locality === 'London')!.prefix.startsWith('20')).toBe(true);
    expect(CATALOG.find((r) => r.locality === 'Manchester')!.prefix.startsWith('161')).toBe(true);
    expect(CATALOG.find((r) => r.locality === 'München')!.prefix.startsWith('89')).toBe(true);
    expect(CATALOG.find((r) => r.locality === 'Barcelona')!.prefix.startsWith('93')).toBe(true);
  });

  it('never generates a fixture-style number (last six digits below 100000) and never repeats one', () => {
    const range = CATALOG[0]!;
    const seen = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const e164 = catalogNumber(range, i, callingCodeOf(range.countryCode)!);
      expect(Number(e164.slice(-6))).toBeGreaterThanOrEqual(100000);
      seen.add(e164);
    }
    expect(seen.size).toBe(5000);
  });

  it('prices in integer minor units with the country currency', () => {
    expect(catalogPrice('FR', 'LOCAL' as never)).toEqual({ setupMinor: 0, monthlyMinor: 150, currency: 'EUR' });
    expect(catalogPrice('GB', 'TOLL_FREE' as never)).toEqual({ setupMinor: 1000, monthlyMinor: 1500, currency: 'GBP' });
    expect(catalogPrice('US', 'MOBILE' as never).currency).toBe('USD');
  });
});
