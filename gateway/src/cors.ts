import cors from 'cors';
import type { RequestHandler } from 'express';

/** How long a browser may cache a preflight answer (Chrome caps it at 2 h, Firefox at 24 h). */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/**
 * CORS for our web apps on other origins (CORS_ORIGINS): a listed origin gets a grant for POST
 * and GET with the headers our clients send; any other origin gets no `Access-Control-Allow-*`
 * header at all, so the browser keeps the response from its script. No cookies are involved
 * (bearer tokens), so no credentials are granted.
 */
export function corsFor(origins: readonly string[]): RequestHandler {
  return cors({
    // An array: the origin is compared exactly, and `Vary: Origin` is set for every origin.
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
    exposedHeaders: ['retry-after', 'x-request-id'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    credentials: false,
  });
}
