import { defineUserErrorTypes } from '../../../packages/kit/src';
import { EXTENSION_USER_ERROR_CODES } from './extension/extension.errors';
import { SEAT_USER_ERROR_CODES } from './seats/seats.errors';

/** Telephony's `UserErrorCode` enum, `UserError` type and payload base (one set per subgraph). */
export const { UserErrorCode, UserError, UserErrorsPayload } = defineUserErrorTypes({ ...EXTENSION_USER_ERROR_CODES, ...SEAT_USER_ERROR_CODES });
