import { accept, refuse, reservedShortCode, userError, type Checked } from '../../../../packages/kit/src';

export interface NumberLengthRange {
  min: number;
  max: number;
}

/** Extension numbers of 3 to 6 digits unless the account's dial plan says otherwise. */
export const DEFAULT_NUMBER_LENGTH: NumberLengthRange = { min: 3, max: 6 };

export interface DialPlanRules {
  range: NumberLengthRange;
  /** The account's country, whose emergency and service codes are reserved. */
  countryCode: string;
}

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * An extension number as the PBX will dial it: ASCII digits only (leading zeros kept), length
 * within the account's range, and never an emergency or service short code of its country
 * (libphonenumber's short-number data, through the kit's `reservedShortCode`).
 */
export function checkExtensionNumber(raw: string, rules: DialPlanRules): Checked<string> {
  const number = raw.trim();
  const { min, max } = rules.range;
  if (!/^[0-9]+$/.test(number) || number.length < min || number.length > max) {
    const size = min === max ? `${min}` : `${min} to ${max}`;
    return refuse(userError('INVALID_EXTENSION_NUMBER', `An extension number is ${size} digits, nothing else.`, 'number'));
  }
  const reserved = reservedShortCode(number, rules.countryCode);
  if (reserved) {
    const country = COUNTRY_NAMES.of(rules.countryCode.toUpperCase()) ?? rules.countryCode;
    return refuse(
      userError('EXTENSION_NUMBER_RESERVED', `${number} is an emergency or service number in ${country}; choose another extension number.`, 'number'),
    );
  }
  return accept(number);
}
