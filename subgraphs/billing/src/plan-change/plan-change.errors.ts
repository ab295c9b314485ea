import { MAX_PLAN_CHANGE_LINES, userError } from '../../../../packages/kit/src';

/** Billing's own user error codes for plan changes and quotes. */
export const PLAN_CHANGE_USER_ERROR_CODES = {
  PLAN_NOT_IN_FAMILY: 'The plan does not exist, or belongs to another family than the plan change.',
  EXTENSION_NOT_FOUND: 'No extension with this id in the account.',
  INVALID_LINE: 'The line is not valid as written (its message says why).',
  DUPLICATE_EXTENSION: 'The same extension is named by two lines.',
  QUANTITY_OUT_OF_RANGE: 'The quantity is outside 1 to 100 per line, or the plan would exceed 1,000 users.',
  SEATS_IN_USE: 'Removing these users would leave extensions that are not removed without a seat; name the extensions to remove instead.',
  TOO_MANY_LINES: 'A plan change holds at most 100 lines.',
  PLAN_CHANGE_CLOSED: 'The plan change is no longer open (checked out, applied or cancelled).',
  EMPTY_PLAN_CHANGE: 'The plan change has no line; add, edit or remove something first.',
  BILLING_PROFILE_REQUIRED: 'The account needs a billing profile (legal name, address, VAT status) before a quote.',
  QUOTE_EXPIRED: 'The quote has expired (or its plan change changed since); ask for a fresh quote.',
} as const;

export const MAX_QUANTITY_PER_LINE = 100;
export const MAX_USERS_PER_PLAN = 1000;
/** The kit's documented maximum of `PriceSummary.lines` (fixed-size-lists.ts). */
export const MAX_LINES = MAX_PLAN_CHANGE_LINES;

export const planChangeErrors = {
  closed: () => userError('PLAN_CHANGE_CLOSED', 'This plan change is no longer open; start a new one.', 'id'),
  empty: () => userError('EMPTY_PLAN_CHANGE', 'The plan change has no line; add, edit or remove something first.', 'planChangeId'),
  profileRequired: () =>
    userError(
      'BILLING_PROFILE_REQUIRED',
      'Fill in the billing profile (legal name, address, country, business or individual) before asking for a quote.',
      'planChangeId',
    ),
};
