import { accept, parseE164, refuse, SURCHARGED_KINDS, userError, type Checked } from '../../../../packages/kit/src';
import { RouteAction } from '../phone-number/phone-number.entity';
import type { InboundActionInput } from './inbound-action.input';

export const INBOUND_ACTION_USER_ERROR_CODES = {
  INVALID_INBOUND_ACTION: 'The action lacks what it needs (an extension, a number) or carries what it does not use.',
  INVALID_FORWARD_NUMBER: 'The number to forward to is not a valid E.164 number.',
  FORWARD_NUMBER_SURCHARGED: 'Calls cannot be forwarded to premium-rate or shared-cost numbers.',
  EXTENSION_NOT_ROUTABLE: 'The extension does not exist in the account, or was removed.',
} as const;

/** A route as the phone_numbers and order-line columns store it. */
export interface RouteFields {
  routeAction: RouteAction;
  routeExtensionId: string | null;
  routeForwardTo: string | null;
}

const NEEDS_EXTENSION = new Set([RouteAction.FORWARD_TO_EXTENSION, RouteAction.EXTENSION_VOICEMAIL]);

/**
 * The typed rules of an inbound action, without a database: which fields each action takes, and
 * a forwarding number by libphonenumber (valid, not surcharged for the account). Whether the
 * extension exists is the database's question (`checkRoutableExtension`, in the write).
 */
export function checkInboundAction(input: InboundActionInput, field = 'inboundAction'): Checked<RouteFields> {
  const extensionId = input.extensionId?.trim() || null;
  const forwardTo = input.forwardTo?.trim() || null;
  const wrong = (what: string, sub: string) => refuse(userError('INVALID_INBOUND_ACTION', what, `${field}.${sub}`));
  if (NEEDS_EXTENSION.has(input.action)) {
    if (!extensionId) return wrong(`${input.action} needs the extension (extensionId).`, 'extensionId');
    if (forwardTo) return wrong(`${input.action} takes no forwardTo.`, 'forwardTo');
    return accept({ routeAction: input.action, routeExtensionId: extensionId, routeForwardTo: null });
  }
  if (extensionId) return wrong(`${input.action} takes no extensionId.`, 'extensionId');
  if (input.action !== RouteAction.FORWARD_TO_NUMBER) {
    if (forwardTo) return wrong(`${input.action} takes no forwardTo.`, 'forwardTo');
    return accept({ routeAction: input.action, routeExtensionId: null, routeForwardTo: null });
  }
  if (!forwardTo) return wrong('FORWARD_TO_NUMBER needs the number to forward to (forwardTo).', 'forwardTo');
  const parsed = parseE164(forwardTo);
  if (!parsed)
    return refuse(userError('INVALID_FORWARD_NUMBER', `${forwardTo} is not a valid number in E.164 form, such as +33612345678.`, `${field}.forwardTo`));
  if (SURCHARGED_KINDS.includes(parsed.kind)) {
    return refuse(
      userError(
        'FORWARD_NUMBER_SURCHARGED',
        `${parsed.international} is a premium-rate or shared-cost number; calls cannot be forwarded there.`,
        `${field}.forwardTo`,
      ),
    );
  }
  return accept({ routeAction: input.action, routeExtensionId: null, routeForwardTo: parsed.e164 });
}
