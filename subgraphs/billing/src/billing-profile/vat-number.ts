import { checkVAT, countries } from 'jsvat';

/** "de 136 695 976" -> "DE136695976": what customers type, as registries and documents spell it. */
export function normalizeVatNumber(raw: string): string {
  return raw.replace(/[\s.-]/g, '').toUpperCase();
}

/** The country a VAT number belongs to (Greece's prefix is EL, Switzerland's CHE). */
export function vatNumberCountry(vatNumber: string): string {
  if (vatNumber.startsWith('EL')) return 'GR';
  if (vatNumber.startsWith('CHE')) return 'CH';
  return vatNumber.slice(0, 2);
}

/**
 * Format and check digits of a VAT number, by `jsvat` (maintained, every EU state plus a few
 * others such as Switzerland and Norway). Says nothing about registration: that is VIES's job.
 */
export function isWellFormedVatNumber(vatNumber: string): boolean {
  return checkVAT(vatNumber, countries).isValid;
}
