import { callingCodeOf, ErrorCode, PublicError } from '../../../../packages/kit/src';
import type { AvailableNumberFilter } from './inventory.inputs';

export interface InventorySearch {
  countryCode: string;
  callingCode: number;
  locality: string | null;
  type: string | null;
  /** A LIKE pattern over the E.164 text, anchored after the country code. */
  e164Like: string | null;
}

/** A search filter as SQL can take it, or BAD_USER_INPUT naming the field (a query, not a mutation). */
export function checkSearchFilter(filter: AvailableNumberFilter): InventorySearch {
  const countryCode = filter.countryCode.trim().toUpperCase();
  const callingCode = /^[A-Z]{2}$/.test(countryCode) ? callingCodeOf(countryCode) : null;
  if (!callingCode) throw new PublicError(ErrorCode.BAD_USER_INPUT, 'countryCode must be a two-letter ISO country code.', { field: 'countryCode' });
  const digits = filter.digits?.trim() || null;
  if (digits !== null && !/^[0-9*]{1,15}$/.test(digits)) {
    throw new PublicError(ErrorCode.BAD_USER_INPUT, 'digits may hold 1 to 15 digits or "*".', { field: 'digits' });
  }
  const locality = filter.locality?.trim() || null;
  if (locality !== null && locality.length > 100) throw new PublicError(ErrorCode.BAD_USER_INPUT, 'locality is at most 100 characters.', { field: 'locality' });
  return {
    countryCode,
    callingCode,
    locality,
    type: filter.type ?? null,
    // "+33" then anything, then the digits: they can never straddle the country code.
    e164Like: digits ? `+${callingCode}%${digits.replace(/\*/g, '_')}%` : null,
  };
}
