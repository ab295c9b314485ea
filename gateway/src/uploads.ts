import type { RequestHandler } from 'express';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { ErrorCode } from '../../packages/kit/src';

/**
 * Limits on the multipart requests (GraphQL multipart request spec) the gateway accepts. Each is
 * refused before the body is read past it: the total by the Content-Length header, the number of
 * files by the `map` field (which comes before any file), a file's size by busboy as it streams.
 */
export interface UploadLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxTotalBytes: number;
  /** A forwarded upload fails when no byte moved for this long (instead of the total subgraph timeout). */
  idleTimeoutMs: number;
}

/** One identity's four documents of up to 10 MB each, plus the multipart overhead. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxFileBytes: 10 * 1024 * 1024, maxFiles: 4, maxTotalBytes: 41 * 1024 * 1024, idleTimeoutMs: 30_000 };

const refuse = (res: Parameters<RequestHandler>[1], status: number, code: string, message: string) => {
  // The client may still be sending: close the connection rather than read what it sends.
  res.set('connection', 'close');
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * In front of the gateway's Apollo middleware: multipart requests are checked (CSRF preflight
 * header, declared size), then graphql-upload spools each file to a temporary file (fs-capacitor,
 * not memory) and replaces it in the variables by an Upload the data source streams on to the
 * owning subgraph. Temporary files are released when the response ends, whatever the outcome.
 * Non-multipart requests pass untouched.
 */
export function uploadHandlers(limits: UploadLimits): RequestHandler[] {
  const check: RequestHandler = (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    // A browser sends a multipart form to any origin without asking first; this header makes it
    // ask (CORS preflight). Apollo checks it too, but only after the files were read.
    if (!req.headers['apollo-require-preflight'] && !req.headers['x-apollo-operation-name']) {
      return refuse(res, 400, 'BAD_REQUEST', 'This multipart request needs the Apollo-Require-Preflight header (CSRF protection).');
    }
    const declared = Number(req.headers['content-length']);
    if (!Number.isFinite(declared) || req.headers['content-length'] === undefined)
      return refuse(res, 411, ErrorCode.BAD_USER_INPUT, 'An upload must declare its Content-Length.');
    if (declared > limits.maxTotalBytes) {
      return refuse(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The upload is over ${Math.floor(limits.maxTotalBytes / (1024 * 1024))} MB in total.`);
    }
    next();
  };
  return [check, graphqlUploadExpress({ maxFileSize: limits.maxFileBytes, maxFiles: limits.maxFiles, maxFieldSize: 64 * 1024 })];
}
