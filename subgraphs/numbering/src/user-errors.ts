import { defineUserErrorTypes } from '../../../packages/kit/src';
import { INBOUND_ACTION_USER_ERROR_CODES } from './inbound-action/inbound-action.rules';
import { NUMBER_ORDER_USER_ERROR_CODES } from './number-order/number-order.errors';
import { RESERVATION_USER_ERROR_CODES } from './reservation/reservation.errors';

/** Numbering's `UserErrorCode` enum, `UserError` type and payload base (one set per subgraph). */
export const { UserErrorCode, UserError, UserErrorsPayload } = defineUserErrorTypes({
  ...RESERVATION_USER_ERROR_CODES,
  ...INBOUND_ACTION_USER_ERROR_CODES,
  ...NUMBER_ORDER_USER_ERROR_CODES,
});
