import { defineUserErrorTypes } from '../../../packages/kit/src';

/** Compliance's `UserErrorCode` enum, `UserError` type and payload base (one set per subgraph). */
export const { UserErrorCode, UserError, UserErrorsPayload } = defineUserErrorTypes({});
