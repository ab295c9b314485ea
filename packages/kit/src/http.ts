import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from './errors';
import { log } from './log';

/**
 * Express's own error page is HTML with a stack trace; ours is a GraphQL-shaped JSON error with a
 * stable code. Covers what fails before GraphQL runs: a body too large, malformed JSON.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 600 ? error.status : 500;
  const code = status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : status < 500 ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL_SERVER_ERROR;
  const message = status === 413 ? 'The request body is too large.' : status < 500 ? 'The request body could not be read.' : 'Internal server error.';
  if (status >= 500) log({ level: 'error', msg: 'http error', error: String(error?.stack ?? error) });
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
