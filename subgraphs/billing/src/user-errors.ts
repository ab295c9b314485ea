import { defineUserErrorTypes } from '../../../packages/kit/src';
import { BILLING_PROFILE_USER_ERROR_CODES } from './billing-profile/billing-profile.rules';
import { CREDIT_NOTE_USER_ERROR_CODES } from './invoice/credit-note.service';
import { PAYMENT_USER_ERROR_CODES } from './payment/payment.errors';
import { PLAN_CHANGE_USER_ERROR_CODES } from './plan-change/plan-change.errors';
import { NUMBER_ORDER_PAYMENT_USER_ERROR_CODES } from './number-order/number-order.errors';

/** Billing's `UserErrorCode` enum, `UserError` type and payload base (one set per subgraph). */
export const { UserErrorCode, UserError, UserErrorsPayload } = defineUserErrorTypes({
  ...BILLING_PROFILE_USER_ERROR_CODES,
  ...PLAN_CHANGE_USER_ERROR_CODES,
  ...PAYMENT_USER_ERROR_CODES,
  ...CREDIT_NOTE_USER_ERROR_CODES,
  ...NUMBER_ORDER_PAYMENT_USER_ERROR_CODES,
});
