/**
 * Standard VAT rates of the EU member states, in basis points (2000 = 20 %), each with the day it
 * took effect. The one place rates live: a change of rate is one new dated row here, and quotes
 * look up the rate in force on their proration date, so an old quote keeps the rate of its day.
 * Telecommunications services take the standard rate everywhere in the EU.
 */
export const EU_STANDARD_VAT_RATES: Readonly<Record<string, readonly { from: string; basisPoints: number }[]>> = {
  AT: [{ from: '2016-01-01', basisPoints: 2000 }],
  BE: [{ from: '1996-01-01', basisPoints: 2100 }],
  BG: [{ from: '2007-01-01', basisPoints: 2000 }],
  CY: [{ from: '2014-01-13', basisPoints: 1900 }],
  CZ: [{ from: '2013-01-01', basisPoints: 2100 }],
  DE: [{ from: '2021-01-01', basisPoints: 1900 }],
  DK: [{ from: '1992-01-01', basisPoints: 2500 }],
  EE: [
    { from: '2024-01-01', basisPoints: 2200 },
    { from: '2025-07-01', basisPoints: 2400 },
  ],
  ES: [{ from: '2012-09-01', basisPoints: 2100 }],
  FI: [
    { from: '2013-01-01', basisPoints: 2400 },
    { from: '2024-09-01', basisPoints: 2550 },
  ],
  FR: [{ from: '2014-01-01', basisPoints: 2000 }],
  GR: [{ from: '2016-06-01', basisPoints: 2400 }],
  HR: [{ from: '2012-03-01', basisPoints: 2500 }],
  HU: [{ from: '2012-01-01', basisPoints: 2700 }],
  IE: [{ from: '2021-03-01', basisPoints: 2300 }],
  IT: [{ from: '2013-10-01', basisPoints: 2200 }],
  LT: [{ from: '2009-09-01', basisPoints: 2100 }],
  LU: [{ from: '2024-01-01', basisPoints: 1700 }],
  LV: [{ from: '2012-07-01', basisPoints: 2100 }],
  MT: [{ from: '2004-01-01', basisPoints: 1800 }],
  NL: [{ from: '2012-10-01', basisPoints: 2100 }],
  PL: [{ from: '2011-01-01', basisPoints: 2300 }],
  PT: [{ from: '2011-01-01', basisPoints: 2300 }],
  RO: [
    { from: '2017-01-01', basisPoints: 1900 },
    { from: '2025-08-01', basisPoints: 2100 },
  ],
  SE: [{ from: '1990-07-01', basisPoints: 2500 }],
  SI: [{ from: '2013-07-01', basisPoints: 2200 }],
  SK: [
    { from: '2011-01-01', basisPoints: 2000 },
    { from: '2025-01-01', basisPoints: 2300 },
  ],
};

/** Monaco is inside the French VAT territory: its customers are taxed as French ones. */
const FRENCH_VAT_TERRITORY = new Set(['FR', 'MC']);

export const isFrenchVatTerritory = (countryCode: string) => FRENCH_VAT_TERRITORY.has(countryCode);

export const isEuMemberState = (countryCode: string) => countryCode in EU_STANDARD_VAT_RATES || countryCode === 'MC';

/** The standard rate of an EU state in force on `date` (ISO), or null outside the EU. */
export function standardVatRate(countryCode: string, date: string): number | null {
  const table = EU_STANDARD_VAT_RATES[isFrenchVatTerritory(countryCode) ? 'FR' : countryCode];
  if (!table) return null;
  const inForce = table.filter((row) => row.from <= date).at(-1);
  if (!inForce) throw new Error(`no VAT rate of ${countryCode} known on ${date}`);
  return inForce.basisPoints;
}
