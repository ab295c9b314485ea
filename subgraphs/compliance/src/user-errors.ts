import { defineUserErrorTypes } from '../../../packages/kit/src';
import { COMPLIANCE_USER_ERROR_CODES } from './identity/identity.errors';

/** Compliance's `UserErrorCode` enum, `UserError` type and payload base (one set per subgraph). */
export const { UserErrorCode, UserError, UserErrorsPayload } = defineUserErrorTypes({ ...COMPLIANCE_USER_ERROR_CODES });
