import { accept, checkAll, checkDisplayText, checkEmail, parseE164, refuse, userError, type Checked } from '../../../../packages/kit/src';
import { checkRegistrationNumber } from '../requirements/registration-number';
import type { IdentityAddressInput } from './identity.inputs';

/** Input rules of the identity form; each reports its code and field, all are reported together. */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export function checkCountry(raw: string, field = 'countryCode'): Checked<string> {
  const code = raw.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code)
    ? accept(code)
    : refuse(userError('INVALID_COUNTRY', 'The country must be a two-letter ISO 3166-1 code, for example "FR".', field));
}

export const checkLegalName = (raw: string): Checked<string> =>
  checkDisplayText(raw, { code: 'INVALID_LEGAL_NAME', field: 'legalName', label: 'The legal name', maxLength: 200 });

export function checkOptionalRegistration(countryCode: string, raw: string | null | undefined): Checked<string | null> {
  if (raw === null || raw === undefined || raw.trim() === '') return accept(null);
  const checked = checkRegistrationNumber(countryCode, raw);
  return checked.ok ? accept(checked.normalized) : refuse(userError('INVALID_REGISTRATION_NUMBER', checked.message, 'registrationNumber'));
}

export interface AddressFields {
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  addressCountryCode: string | null;
}

export const NO_ADDRESS: AddressFields = { addressLine: null, postalCode: null, city: null, addressCountryCode: null };

export function checkAddress(address: IdentityAddressInput | null | undefined): Checked<AddressFields> {
  if (!address) return accept(NO_ADDRESS);
  const text = (raw: string, field: string, maxLength: number) =>
    checkDisplayText(raw, { code: 'INVALID_ADDRESS', field: `address.${field}`, label: 'This part of the address', maxLength });
  const checked = checkAll({
    addressLine: text(address.line, 'line', 200),
    postalCode: text(address.postalCode, 'postalCode', 20),
    city: text(address.city, 'city', 100),
    addressCountryCode: checkCountry(address.countryCode, 'address.countryCode'),
  });
  return checked;
}

export const checkOptionalEmail = (raw: string | null | undefined): Checked<string | null> =>
  raw === null || raw === undefined ? accept(null) : checkEmail(raw, { code: 'INVALID_EMAIL', field: 'contactEmail', label: 'The contact email' });

export function checkOptionalPhone(raw: string | null | undefined): Checked<string | null> {
  if (raw === null || raw === undefined) return accept(null);
  // The kit's one phone-number library; spaces, dots, dashes and brackets as people type them are dropped first.
  const parsed = parseE164(raw.replace(/[\s.()-]/g, ''));
  return parsed
    ? accept(parsed.e164)
    : refuse(userError('INVALID_PHONE', 'The contact phone must be a valid number in international form, for example "+33612345678".', 'contactPhone'));
}
