import { accept, checkDisplayText, checkEmail, refuse, type Checked } from '../../../../packages/kit/src';
import { DISPLAY_NAME_MAX_LENGTH, extensionErrors } from './extension.errors';

/** Input rules of an extension that need nothing but the input (the dial plan is in dial-plan/). */

export const checkDisplayName = (raw: string): Checked<string> =>
  checkDisplayText(raw, { code: 'INVALID_DISPLAY_NAME', field: 'displayName', label: 'The display name', maxLength: DISPLAY_NAME_MAX_LENGTH });

/** Null stays null (no email); anything else must be a valid address. */
export const checkOptionalEmail = (raw: string | null): Checked<string | null> =>
  raw === null ? accept(null) : checkEmail(raw, { code: 'INVALID_EMAIL', field: 'email', label: 'The email' });

export const PHONE_SYSTEM_FAMILY = 'PHONE_SYSTEM';

/** A plan, when one is given, must exist in billing's catalogue and belong to the phone system. */
export function checkPlan(planId: string | null, plan: { family: string } | null): Checked<string | null> {
  if (planId === null) return accept(null);
  return plan?.family === PHONE_SYSTEM_FAMILY ? accept(planId) : refuse(extensionErrors.invalidPlan());
}

/**
 * The caller id, when one is given, must be a number of this very account. Numbering answers null
 * for a number the caller may not see; staff see every number, hence the account comparison.
 */
export function checkCallerId(numberId: string | null, number: { accountId: string } | null, accountId: string): Checked<string | null> {
  if (numberId === null) return accept(null);
  return number?.accountId === accountId ? accept(numberId) : refuse(extensionErrors.callerIdNotOwned());
}
