import { defineUserErrorTypes } from '../../../packages/kit/src';

/** Billing's `UserErrorCode` enum, `UserError` type and payload base (one set per subgraph). */
export const { UserErrorCode, UserError, UserErrorsPayload } = defineUserErrorTypes({});
