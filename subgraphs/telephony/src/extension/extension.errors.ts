import { userError } from '../../../../packages/kit/src';

/** Telephony's own user error codes (the kit adds NOT_FOUND, ACCOUNT_REQUIRED, VERSION_CONFLICT and the idempotency ones). */
export const EXTENSION_USER_ERROR_CODES = {
  INVALID_EXTENSION_NUMBER: "The extension number is not digits only, or its length is outside the account's range (3 to 6 digits by default).",
  EXTENSION_NUMBER_RESERVED: "The extension number is an emergency or service short code of the account's country.",
  EXTENSION_NUMBER_TAKEN: 'Another extension of the account already has this number.',
  INVALID_DISPLAY_NAME: 'The display name is empty, longer than 80 characters, or contains control characters.',
  INVALID_EMAIL: 'The email address is not valid.',
  CALLER_ID_NOT_OWNED: "The outbound caller id is not one of the account's phone numbers.",
  INVALID_PLAN: 'The plan does not exist or is not a phone-system plan.',
  EXTENSION_IN_USE:
    'Phone numbers still ring the extension; route them elsewhere first (`blockingNumbers` lists the first of them, `blockingNumberCount` counts them).',
} as const;

export const DISPLAY_NAME_MAX_LENGTH = 80;

export const extensionErrors = {
  numberTaken: (number: string) => userError('EXTENSION_NUMBER_TAKEN', `Extension ${number} already exists in this account.`, 'number'),
  callerIdNotOwned: () => userError('CALLER_ID_NOT_OWNED', "The outbound caller id must be one of the account's phone numbers.", 'outboundCallerIdNumberId'),
  invalidPlan: () => userError('INVALID_PLAN', 'The plan must be a phone-system plan of the catalogue.', 'planId'),
  inUse: (number: string, e164s: string[], total: number) =>
    userError(
      'EXTENSION_IN_USE',
      `Extension ${number} still receives the calls of ${e164s.join(', ')}${total > e164s.length ? ` and ${total - e164s.length} more` : ''}; route ${total === 1 ? 'that number' : 'those numbers'} elsewhere first.`,
      'id',
    ),
  createdThenRemoved: () => userError('NOT_FOUND', 'The extension created with this idempotency key has since been removed.', 'idempotencyKey'),
};
