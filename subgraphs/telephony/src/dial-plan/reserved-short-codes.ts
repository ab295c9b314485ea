/**
 * Emergency and service short codes per country (ISO 3166-1 alpha-2). An extension must never
 * take one: a user dialling 112 has to reach the emergency services, not a colleague.
 * "x" stands for any digit ("116xxx": the harmonised European services of social value, 116000
 * missing children, 116111 child helpline, 116117 out-of-hours doctor...).
 */
export const RESERVED_SHORT_CODES: Readonly<Record<string, readonly string[]>> = {
  // SAMU, police, fire brigade, European emergency, deaf and hard-of-hearing relay, homeless
  // emergency, child abuse helpline.
  FR: ['15', '17', '18', '112', '114', '115', '119', '116xxx'],
  // Emergency (999 and 112), NHS non-emergency, police non-emergency.
  GB: ['999', '112', '111', '101', '116xxx'],
  // Emergency, then the N11 service codes (community, city, directory, traffic, repair, relay,
  // dig-safe) and the 988 suicide and crisis lifeline.
  US: ['911', '211', '311', '411', '511', '611', '711', '811', '988'],
  // Police, fire and medical emergency, the public administration service number.
  DE: ['110', '112', '115', '116xxx'],
  // European emergency, national and municipal police, health emergencies, gender-violence helpline.
  ES: ['112', '091', '092', '061', '062', '016', '116xxx'],
};

/** Everywhere else: the European emergency number and the 116xxx services. */
export const DEFAULT_RESERVED_SHORT_CODES: readonly string[] = ['112', '116xxx'];

export const reservedShortCodesOf = (countryCode: string): readonly string[] => RESERVED_SHORT_CODES[countryCode.toUpperCase()] ?? DEFAULT_RESERVED_SHORT_CODES;

const matches = (number: string, code: string) => number.length === code.length && [...code].every((digit, i) => digit === 'x' || digit === number[i]);

/** The short code `number` is (for example "112" or "116xxx"), or null when it is none of the country's. */
export function reservedShortCode(number: string, countryCode: string): string | null {
  return reservedShortCodesOf(countryCode).find((code) => matches(number, code)) ?? null;
}
