import type { SelectQueryBuilder } from 'typeorm';
import { ErrorCode, LIKE_ESCAPE, likeContains, likeStartsWith, PublicError } from '../../../../packages/kit/src';
import type { Extension } from './extension.entity';
import type { ExtensionFilter } from './extension.inputs';

export const SEARCH_MAX_LENGTH = 100;

/** A filter once checked: null members match everything. Part of the page loader's key. */
export interface ExtensionCriteria {
  numberPrefix: string | null;
  search: string | null;
}

const badFilter = (field: string, message: string) => new PublicError(ErrorCode.BAD_USER_INPUT, message, { field: `filter.${field}` });

/** Trims the filter and refuses what could never match sensibly; an empty filter is no filter. */
export function checkExtensionFilter(filter: ExtensionFilter | null | undefined): ExtensionCriteria | null {
  const numberPrefix = filter?.numberPrefix?.trim() || null;
  const search = filter?.search?.trim().replace(/\s+/gu, ' ') || null;
  if (numberPrefix !== null && !/^[0-9]{1,8}$/.test(numberPrefix)) throw badFilter('numberPrefix', 'numberPrefix is 1 to 8 digits.');
  if (search !== null && [...search].length > SEARCH_MAX_LENGTH) throw badFilter('search', `search is at most ${SEARCH_MAX_LENGTH} characters.`);
  return numberPrefix === null && search === null ? null : { numberPrefix, search };
}

/**
 * Adds the criteria to a query on alias `row`. Wildcards in the user's text are escaped, so
 * "50%" finds "50%" only; LOWER() on both sides gives case-insensitive matching on both drivers
 * (SQLite folds ASCII letters only; MySQL's collation folds every letter and accents too).
 */
export function applyExtensionCriteria(query: SelectQueryBuilder<Extension>, criteria: ExtensionCriteria | null): SelectQueryBuilder<Extension> {
  if (criteria?.numberPrefix)
    query.andWhere(`row.number LIKE :extensionNumberPrefix ESCAPE '${LIKE_ESCAPE}'`, { extensionNumberPrefix: likeStartsWith(criteria.numberPrefix) });
  if (criteria?.search) {
    query.andWhere(`(LOWER(row.displayName) LIKE :extensionSearch ESCAPE '${LIKE_ESCAPE}' OR LOWER(row.email) LIKE :extensionSearch ESCAPE '${LIKE_ESCAPE}')`, {
      extensionSearch: likeContains(criteria.search.toLowerCase()),
    });
  }
  return query;
}
