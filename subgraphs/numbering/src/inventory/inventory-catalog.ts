import { PhoneNumberType } from '../phone-number/phone-number.entity';

/**
 * What numbering sells: blocks of real number ranges per locality (the area codes customers
 * recognise), priced per country and type. Generated numbers keep the last six digits of the
 * national number at 100000 or more: the generated demo and test accounts (kit fixtures) use
 * suffixes below 100000, so an inventory number never equals an account's existing number.
 */
export interface CatalogRange {
  countryCode: string;
  /** City or area of a geographic number; null for national, mobile and toll-free numbers. */
  locality: string | null;
  type: PhoneNumberType;
  /** National significant number without its last six digits, for example "142" for Paris 01 42. */
  prefix: string;
}

const local = (countryCode: string, locality: string, ...prefixes: string[]): CatalogRange[] =>
  prefixes.map((prefix) => ({ countryCode, locality, type: PhoneNumberType.LOCAL, prefix }));
const other = (countryCode: string, type: PhoneNumberType, ...prefixes: string[]): CatalogRange[] =>
  prefixes.map((prefix) => ({ countryCode, locality: null, type, prefix }));

export const CATALOG: readonly CatalogRange[] = [
  // France: 01 Île-de-France, 02 north-west, 03 north-east, 04 south-east, 05 south-west;
  // 09 non-geographic, 06 mobile, 0800 free.
  ...local('FR', 'Paris', '142', '145'),
  ...local('FR', 'Lyon', '472', '478'),
  ...local('FR', 'Marseille', '491'),
  ...local('FR', 'Lille', '320'),
  ...local('FR', 'Bordeaux', '556'),
  ...local('FR', 'Toulouse', '561'),
  ...local('FR', 'Nice', '493'),
  ...local('FR', 'Nantes', '240'),
  ...local('FR', 'Strasbourg', '388'),
  ...other('FR', PhoneNumberType.NATIONAL, '972'),
  ...other('FR', PhoneNumberType.MOBILE, '612', '651'),
  ...other('FR', PhoneNumberType.TOLL_FREE, '800'),
  // United Kingdom: 020 London, 0161 Manchester, 0121 Birmingham, 0131 Edinburgh, 0141 Glasgow,
  // 0117 Bristol, 0113 Leeds; 03 national, 07 mobile, 0800 free.
  ...local('GB', 'London', '2079', '2034'),
  ...local('GB', 'Manchester', '1614'),
  ...local('GB', 'Birmingham', '1214'),
  ...local('GB', 'Edinburgh', '1314'),
  ...local('GB', 'Glasgow', '1414'),
  ...local('GB', 'Bristol', '1174'),
  ...local('GB', 'Leeds', '1134'),
  ...other('GB', PhoneNumberType.NATIONAL, '3034'),
  ...other('GB', PhoneNumberType.MOBILE, '7400'),
  ...other('GB', PhoneNumberType.TOLL_FREE, '8001'),
  // United States: area codes of the cities; 800 and 888 free. NANP numbers do not tell mobile
  // from fixed lines, and there is no national range, so the US sells local and toll-free only.
  ...local('US', 'New York', '2127', '6467'),
  ...local('US', 'San Francisco', '4157'),
  ...local('US', 'Chicago', '3127'),
  ...local('US', 'Los Angeles', '2137'),
  ...local('US', 'Boston', '6177'),
  ...local('US', 'Seattle', '2067'),
  ...local('US', 'Miami', '3057'),
  ...local('US', 'Austin', '5127'),
  ...other('US', PhoneNumberType.TOLL_FREE, '8007', '8887'),
  // Germany: 030 Berlin, 089 München, 040 Hamburg, 069 Frankfurt am Main, 0221 Köln,
  // 0711 Stuttgart, 0211 Düsseldorf; 032 national, 015x/017x mobile, 0800 free.
  ...local('DE', 'Berlin', '3012'),
  ...local('DE', 'München', '8912'),
  ...local('DE', 'Hamburg', '4012'),
  ...local('DE', 'Frankfurt am Main', '6912'),
  ...local('DE', 'Köln', '22112'),
  ...local('DE', 'Stuttgart', '71112'),
  ...local('DE', 'Düsseldorf', '21112'),
  ...other('DE', PhoneNumberType.NATIONAL, '32123'),
  ...other('DE', PhoneNumberType.MOBILE, '15112', '17012'),
  ...other('DE', PhoneNumberType.TOLL_FREE, '8001'),
  // Spain: 91 Madrid, 93 Barcelona, 96 Valencia, 954 Sevilla, 944 Bilbao, 976 Zaragoza,
  // 952 Málaga; 51 national, 6/7 mobile, 900 free.
  ...local('ES', 'Madrid', '912', '915'),
  ...local('ES', 'Barcelona', '932', '934'),
  ...local('ES', 'Valencia', '962'),
  ...local('ES', 'Sevilla', '954'),
  ...local('ES', 'Bilbao', '944'),
  ...local('ES', 'Zaragoza', '976'),
  ...local('ES', 'Málaga', '952'),
  ...other('ES', PhoneNumberType.NATIONAL, '510'),
  ...other('ES', PhoneNumberType.MOBILE, '612', '712'),
  ...other('ES', PhoneNumberType.TOLL_FREE, '900'),
];

export interface CatalogPrice {
  /** One-time fee when the number is activated, in minor units. */
  setupMinor: number;
  /** Monthly fee, in minor units. */
  monthlyMinor: number;
}

/** Currency of each country's numbers. */
export const CATALOG_CURRENCY: Readonly<Record<string, string>> = { FR: 'EUR', DE: 'EUR', ES: 'EUR', GB: 'GBP', US: 'USD' };

const EURO_PRICES: Record<PhoneNumberType, CatalogPrice> = {
  LOCAL: { setupMinor: 0, monthlyMinor: 150 },
  NATIONAL: { setupMinor: 0, monthlyMinor: 200 },
  MOBILE: { setupMinor: 500, monthlyMinor: 900 },
  TOLL_FREE: { setupMinor: 2000, monthlyMinor: 1500 },
};

/** Price list by country and type. */
export const CATALOG_PRICES: Readonly<Record<string, Partial<Record<PhoneNumberType, CatalogPrice>>>> = {
  FR: EURO_PRICES,
  DE: EURO_PRICES,
  ES: { ...EURO_PRICES, LOCAL: { setupMinor: 0, monthlyMinor: 120 } },
  GB: {
    LOCAL: { setupMinor: 0, monthlyMinor: 100 },
    NATIONAL: { setupMinor: 0, monthlyMinor: 200 },
    MOBILE: { setupMinor: 0, monthlyMinor: 500 },
    TOLL_FREE: { setupMinor: 1000, monthlyMinor: 1500 },
  },
  US: { LOCAL: { setupMinor: 0, monthlyMinor: 100 }, TOLL_FREE: { setupMinor: 0, monthlyMinor: 200 } },
};

/** What a number of this country and type costs; a type a country does not sell costs like its local numbers. */
export function catalogPrice(countryCode: string, type: PhoneNumberType): CatalogPrice & { currency: string } {
  const prices = CATALOG_PRICES[countryCode] ?? EURO_PRICES;
  return { ...(prices[type] ?? prices.LOCAL ?? EURO_PRICES.LOCAL), currency: CATALOG_CURRENCY[countryCode] ?? 'EUR' };
}

/**
 * The index-th number of a range: six digits from 100000 up, spread by a stride prime to
 * 900000 (distinct for every index below 900000) so that neighbouring numbers do not look sequential.
 */
export function catalogNumber(range: Pick<CatalogRange, 'prefix'>, index: number, callingCode: number): string {
  const suffix = 100000 + ((index * 7919) % 900000);
  return `+${callingCode}${range.prefix}${suffix}`;
}
