import { PhoneNumberFormat, PhoneNumberType, PhoneNumberUtil, ShortNumberInfo } from 'google-libphonenumber';

/**
 * One source of numbering-plan facts for every subgraph: Google's libphonenumber metadata
 * (parsing, E.164 and national formats, number types, short numbers of every country), never a
 * hand-made table. Telephony's dial plan reserves short codes with it; numbering checks its
 * inventory and forwarding targets with it.
 */
const util = PhoneNumberUtil.getInstance();
const shortNumbers = ShortNumberInfo.getInstance();

/** libphonenumber's number types, by name (its enum is numeric). */
export type NumberKind =
  | 'FIXED_LINE'
  | 'MOBILE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'TOLL_FREE'
  | 'PREMIUM_RATE'
  | 'SHARED_COST'
  | 'VOIP'
  | 'PERSONAL_NUMBER'
  | 'PAGER'
  | 'UAN'
  | 'VOICEMAIL'
  | 'UNKNOWN';

const KIND_NAMES = new Map<number, NumberKind>(Object.entries(PhoneNumberType).map(([name, value]) => [value as number, name as NumberKind]));

export interface ParsedPhoneNumber {
  /** "+33142345678". */
  e164: string;
  /** ISO 3166-1 alpha-2 region the number belongs to, for example "FR". */
  regionCode: string;
  /** Country calling code, for example 33. */
  callingCode: number;
  /** The national significant number, without country code or trunk prefix: "142345678". */
  nationalNumber: string;
  kind: NumberKind;
  /** As dialled at home, for example "01 42 34 56 78". */
  national: string;
  /** For example "+33 1 42 34 56 78". */
  international: string;
}

/**
 * A valid, dialable number in E.164 form ("+" and digits, as a client sends it), or null: a
 * number that is not E.164, or that no numbering plan assigns, is refused rather than guessed.
 */
export function parseE164(raw: string): ParsedPhoneNumber | null {
  const text = raw.trim();
  if (!/^\+[1-9][0-9]{6,14}$/.test(text)) return null;
  let number;
  try {
    number = util.parse(text);
  } catch {
    return null;
  }
  if (!util.isValidNumber(number)) return null;
  const e164 = util.format(number, PhoneNumberFormat.E164);
  if (e164 !== text) return null; // extra digits or an Italian-style leading zero mismatch
  return {
    e164,
    regionCode: util.getRegionCodeForNumber(number) ?? 'ZZ',
    callingCode: number.getCountryCode() ?? 0,
    nationalNumber: util.getNationalSignificantNumber(number),
    kind: KIND_NAMES.get(util.getNumberType(number)) ?? 'UNKNOWN',
    national: util.format(number, PhoneNumberFormat.NATIONAL),
    international: util.format(number, PhoneNumberFormat.INTERNATIONAL),
  };
}

/** Country calling code of a region ("FR" -> 33), or null for a region libphonenumber does not know. */
export function callingCodeOf(regionCode: string): number | null {
  const code = util.getCountryCodeForRegion(regionCode.toUpperCase());
  return code > 0 ? code : null;
}

/** What a short code is in a country, for the rules that must keep it dialable. */
export type ShortCodeKind = 'EMERGENCY' | 'SERVICE';

/**
 * Whether `digits` dialled inside `countryCode` reach an emergency or public service short code
 * (SAMU 15 and 116xxx in France, 999 and 111 in the UK, 911 and the N11 codes in the US...),
 * from libphonenumber's short-number metadata. Carrier-specific short codes (one operator's
 * customer service, such as 901 on some UK networks) are not reserved: they differ from
 * network to network and our PBX does not route them.
 */
export function reservedShortCode(digits: string, countryCode: string): ShortCodeKind | null {
  if (!/^[0-9]{2,8}$/.test(digits)) return null;
  const region = countryCode.toUpperCase() as Parameters<typeof shortNumbers.isEmergencyNumber>[1];
  if (shortNumbers.isEmergencyNumber(digits, region)) return 'EMERGENCY';
  let number;
  try {
    number = util.parse(digits, region);
  } catch {
    return null;
  }
  if (shortNumbers.isValidShortNumberForRegion(number, region) && !shortNumbers.isCarrierSpecificForRegion(number, region)) return 'SERVICE';
  return null;
}

/** Kinds a customer's calls may not be forwarded to: the caller of the account would pay a surcharge. */
export const SURCHARGED_KINDS: readonly NumberKind[] = ['PREMIUM_RATE', 'SHARED_COST'];
