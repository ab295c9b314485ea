import { userError } from '../../../../packages/kit/src';

export const NUMBER_ORDER_USER_ERROR_CODES = {
  ORDER_TRANSITION_FORBIDDEN: 'The order is not in a state that allows this (for example, cancelling a paid order).',
  IDENTITY_REQUIRED: 'Link the numbers to an identity of the account (identityId).',
  IDENTITY_NOT_FOUND: 'The identity does not exist in the account.',
  IDENTITY_NOT_USABLE: 'The identity is neither approved nor under review (a draft, rejected, expired or superseded one).',
  IDENTITY_REQUIREMENTS_UNMET: "The identity lacks what the numbers' country and kind require; the message lists it.",
  NUMBER_NOT_ACTIVE: 'The phone number is not in service.',
} as const;

export const orderErrors = {
  notFound: () => userError('NOT_FOUND', 'No number order with this id.', 'id'),
  transition: (reason: string) => userError('ORDER_TRANSITION_FORBIDDEN', reason, null),
  identityRequired: () => userError('IDENTITY_REQUIRED', 'Choose the identity the numbers are registered to.', 'identityId'),
};
