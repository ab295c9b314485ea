import { userError } from '../../../../packages/kit/src';

/** Billing's user error codes for paying number orders. */
export const NUMBER_ORDER_PAYMENT_USER_ERROR_CODES = {
  NUMBER_ORDER_NOT_FOUND: 'No number order of the account with this id.',
  NUMBER_ORDER_NOT_PAYABLE: 'The order is not waiting for checkout (already checked out, paid, cancelled, or its reservation ran out).',
  CURRENCY_MISMATCH: "The numbers are priced in another currency than the account's; order numbers in the account's currency.",
} as const;

export const numberOrderPaymentErrors = {
  notFound: () => userError('NUMBER_ORDER_NOT_FOUND', 'No number order of the account with this id.', 'numberOrderId'),
  notPayable: (state: string) =>
    userError(
      'NUMBER_ORDER_NOT_PAYABLE',
      `The order is ${state}: only a DRAFT order whose reservation still holds its numbers can be checked out.`,
      'numberOrderId',
    ),
  expiredHold: () =>
    userError('NUMBER_ORDER_NOT_PAYABLE', 'The reservation behind this order ran out: its numbers were released. Reserve and order again.', 'numberOrderId'),
  currency: (numbers: string, account: string) =>
    userError('CURRENCY_MISMATCH', `These numbers are priced in ${numbers}; this account pays in ${account}.`, 'numberOrderId'),
};
