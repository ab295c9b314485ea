import { accept, checkAll, checkDisplayText, refuse, userError, type Checked } from '../../../../packages/kit/src';
import { CustomerKind } from '../quote/vat';
import { isFrenchVatTerritory } from '../quote/vat-rates';
import { isValidSiren, normalizeSiren } from './siren';
import { isWellFormedVatNumber, normalizeVatNumber, vatNumberCountry } from './vat-number';

export const BILLING_PROFILE_USER_ERROR_CODES = {
  INVALID_LEGAL_NAME: 'The legal name is empty, longer than 200 characters, or contains control characters.',
  INVALID_ADDRESS: 'An address field is empty, too long, or contains control characters.',
  INVALID_COUNTRY: 'The country is not an ISO 3166-1 alpha-2 code.',
  INVALID_VAT_NUMBER: 'The VAT number is malformed (format or check digits), belongs to another country than the address, or was given for an individual.',
  VAT_NUMBER_NOT_REGISTERED: 'The EU VAT registry (VIES) says this VAT number is not registered.',
  INVALID_SIREN:
    'The SIREN is missing for a French business, is not 9 digits with a valid checksum, does not match the French VAT number, or was given outside France.',
} as const;

export interface BillingProfileFields {
  legalName: string;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  countryCode: string;
  customerKind: CustomerKind;
  vatNumber: string | null;
  siren: string | null;
}

export type BillingProfileRequest = Omit<BillingProfileFields, 'addressLine2' | 'vatNumber' | 'siren'> & {
  addressLine2?: string | null;
  vatNumber?: string | null;
  siren?: string | null;
};

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const isCountry = (code: string) => /^[A-Z]{2}$/.test(code) && regions.of(code) !== undefined;

function checkVatNumber(raw: string | null | undefined, countryCode: string, kind: CustomerKind): Checked<string | null> {
  if (raw === null || raw === undefined || raw.trim() === '') return accept(null);
  const fail = (message: string) => refuse(userError('INVALID_VAT_NUMBER', message, 'vatNumber'));
  if (kind === CustomerKind.INDIVIDUAL) return fail('Only a business has a VAT number; leave it empty for an individual.');
  const vatNumber = normalizeVatNumber(raw);
  if (!isWellFormedVatNumber(vatNumber)) return fail(`${vatNumber} is not a well-formed VAT number (format or check digits).`);
  const country = vatNumberCountry(vatNumber);
  if (country !== countryCode && !(isFrenchVatTerritory(country) && isFrenchVatTerritory(countryCode)))
    return fail(`${vatNumber} is a VAT number of ${country}, but the address is in ${countryCode}.`);
  return accept(vatNumber);
}

function checkSiren(raw: string | null | undefined, countryCode: string, kind: CustomerKind, vatNumber: string | null): Checked<string | null> {
  const fail = (message: string) => refuse(userError('INVALID_SIREN', message, 'siren'));
  const given = raw?.trim() ? normalizeSiren(raw) : null;
  const frenchBusiness = countryCode === 'FR' && kind === CustomerKind.BUSINESS;
  if (!frenchBusiness) return given ? fail('A SIREN is for French businesses only; leave it empty.') : accept(null);
  if (!given) return fail('A French business must give its SIREN (9 digits).');
  if (!isValidSiren(given)) return fail(`${given} is not a valid SIREN (9 digits with a valid checksum).`);
  // A French VAT number is FR + 2-character key + SIREN.
  if (vatNumber?.startsWith('FR') && vatNumber.slice(4) !== given) return fail(`The SIREN ${given} does not match the VAT number ${vatNumber}.`);
  return accept(given);
}

/** Every rule of a billing profile, reported together. Normalizes as it checks. */
export function checkBillingProfile(request: BillingProfileRequest): Checked<BillingProfileFields> {
  const text = (value: string, field: string, label: string, maxLength: number, code = 'INVALID_ADDRESS') =>
    checkDisplayText(value, { code, field, label, maxLength });
  const countryCode = request.countryCode.trim().toUpperCase();
  const country = isCountry(countryCode)
    ? accept(countryCode)
    : refuse(userError('INVALID_COUNTRY', `${request.countryCode} is not an ISO 3166-1 alpha-2 country code.`, 'countryCode'));
  const vatNumber = country.ok ? checkVatNumber(request.vatNumber, countryCode, request.customerKind) : accept(null);
  return checkAll({
    legalName: text(request.legalName, 'legalName', 'The legal name', 200, 'INVALID_LEGAL_NAME'),
    addressLine1: text(request.addressLine1, 'addressLine1', 'The address', 200),
    addressLine2: request.addressLine2?.trim() ? text(request.addressLine2, 'addressLine2', 'The second address line', 200) : accept(null),
    postalCode: text(request.postalCode, 'postalCode', 'The postal code', 20),
    city: text(request.city, 'city', 'The city', 100),
    countryCode: country,
    customerKind: accept(request.customerKind),
    vatNumber,
    siren: country.ok ? checkSiren(request.siren, countryCode, request.customerKind, vatNumber.ok ? vatNumber.value : null) : accept(null),
  });
}
