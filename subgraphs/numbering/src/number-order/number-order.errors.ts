import { userError } from '../../../../packages/kit/src';

export const NUMBER_ORDER_USER_ERROR_CODES = {
  ORDER_TRANSITION_FORBIDDEN: 'The order is not in a state that allows this (for example, cancelling a paid order).',
  IDENTITY_REQUIRED: 'Link the numbers to an identity of the account (identityId).',
  IDENTITY_RETIRED: 'The identity was replaced by a newer revision, or expired: choose a current one.',
  NUMBER_NOT_ACTIVE: 'The phone number is not in service.',
} as const;

export const orderErrors = {
  notFound: () => userError('NOT_FOUND', 'No number order with this id.', 'id'),
  transition: (reason: string) => userError('ORDER_TRANSITION_FORBIDDEN', reason, null),
  identityRequired: () => userError('IDENTITY_REQUIRED', 'Choose the identity the numbers are registered to.', 'identityId'),
  identityRetired: () => userError('IDENTITY_RETIRED', 'This identity was replaced by a newer revision, or expired; choose a current one.', 'identityId'),
};
