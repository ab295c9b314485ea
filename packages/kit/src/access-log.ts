import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { REQUEST_ID_HEADER } from './caller';
import { logger } from './logger';

/**
 * What the access line of one request says beyond HTTP: filled in while the request runs (the
 * GraphQL plugin knows the operation and the caller), read when the response is finished.
 */
export interface RequestFacts {
  requestId?: string;
  operation?: string;
  /** The caller's subject, never a token. */
  subject?: string;
  role?: string;
}

const current = new AsyncLocalStorage<RequestFacts>();
const FACTS = Symbol('requestFacts');

/** The facts of the request being served (for the GraphQL plugin), if any. */
export function currentRequestFacts(): RequestFacts | undefined {
  return current.getStore();
}

export interface AccessLogOptions {
  /**
   * Take the request id from the x-request-id header (subgraphs: the gateway sets it) instead of
   * making a new one (the gateway: a client's header is not trusted).
   */
  trustRequestIdHeader: boolean;
}

/**
 * One access line per request (pino-http): request id, operation name, caller subject, status,
 * duration. No headers, no body: what identifies a caller is the subject, and the request id
 * leads to the rest. 5xx lines are errors, the others info.
 */
export function accessLog(options: AccessLogOptions): RequestHandler {
  const middleware = pinoHttp({
    logger: logger(),
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    genReqId: (req) => {
      const header = req.headers[REQUEST_ID_HEADER];
      return options.trustRequestIdHeader && typeof header === 'string' && header.length <= 100 ? header : randomUUID();
    },
    serializers: { req: () => undefined, res: () => undefined, err: (error: Error) => ({ type: error.name, message: error.message }) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${(req as { originalUrl?: string }).originalUrl ?? req.url} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${(req as { originalUrl?: string }).originalUrl ?? req.url} ${res.statusCode}`,
    customProps: (_req: IncomingMessage, res: ServerResponse) => {
      const facts = (res as unknown as Record<symbol, RequestFacts | undefined>)[FACTS];
      return facts ? { operation: facts.operation, subject: facts.subject, role: facts.role, statusCode: res.statusCode } : {};
    },
  });
  return function accessLogged(req, res, next) {
    const facts: RequestFacts = {};
    (res as unknown as Record<symbol, RequestFacts>)[FACTS] = facts;
    middleware(req, res);
    facts.requestId = String(req.id);
    current.run(facts, next);
  };
}

/** The request id the access line carries, for the GraphQL context (one id in every log line and error). */
export function requestIdOf(req: { id?: unknown }): string {
  return typeof req.id === 'string' && req.id ? req.id : randomUUID();
}
