import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline, Transform } from 'node:stream';
import type { RequestHandler, Response } from 'express';
import { ErrorCode, log, REQUEST_ID_HEADER } from '../../packages/kit/src';

/** One public route that is not GraphQL: a path prefix on the gateway's origin and its owner. */
export interface PublicRoute {
  /** `/files/billing/` matches everything under it; `/webhooks/stripe` that path (and below). */
  prefix: string;
  /** The subgraph that serves it (under `/public<path>` on its own server) and signs its links. */
  subgraph: string;
  methods: readonly string[];
  /** Largest request body, in raw bytes (413 `PAYLOAD_TOO_LARGE` beyond); 0 refuses any body. */
  maxBodyBytes: number;
  /** Longest wait for the subgraph's response, and longest silence while a body streams (504). */
  timeoutMs: number;
  /** Request headers the owner needs beyond the common ones (e.g. a webhook's signature). */
  forwardHeaders?: readonly string[];
}

/**
 * THE route table: every public path that is not GraphQL, and which subgraph owns it. Subgraphs
 * are never public; the gateway proxies these prefixes to their owner, streaming both ways, and
 * an ingress may route the same prefixes straight to the owners in production. The owner
 * authenticates each request itself (a signed link, a webhook signature over the raw body).
 */
export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  // Signed download links: invoices (billing), identity documents (compliance).
  { prefix: '/files/billing/', subgraph: 'billing', methods: ['GET', 'HEAD'], maxBodyBytes: 0, timeoutMs: 30_000 },
  { prefix: '/files/compliance/', subgraph: 'compliance', methods: ['GET', 'HEAD'], maxBodyBytes: 0, timeoutMs: 30_000 },
  // The payment challenge page (3-D Secure) and its form posts.
  { prefix: '/pay/', subgraph: 'billing', methods: ['GET', 'POST'], maxBodyBytes: 16 * 1024, timeoutMs: 10_000 },
  // Stripe's events; the signature is computed over the exact bytes, which are forwarded untouched.
  { prefix: '/webhooks/stripe', subgraph: 'billing', methods: ['POST'], maxBodyBytes: 512 * 1024, timeoutMs: 10_000, forwardHeaders: ['stripe-signature'] },
];

/** Request headers every route forwards (no cookies, no Authorization: links carry their own proof). */
const COMMON_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'content-length', 'range', 'if-none-match', 'if-modified-since', 'user-agent'];
/** Response headers that belong to one hop, or say too much about the server behind. */
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'proxy-authenticate',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
  'x-powered-by',
  'server',
]);

const agents = { http: new Agent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/** The route a path belongs to, or undefined. */
export function matchRoute(table: readonly PublicRoute[], path: string): PublicRoute | undefined {
  return table.find((route) => (route.prefix.endsWith('/') ? path.startsWith(route.prefix) : path === route.prefix || path.startsWith(`${route.prefix}/`)));
}

/** `.` and `..` segments (also percent-encoded) could climb out of the prefix behind us. */
const climbs = (path: string) => path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment)) || path.includes('//') || /%2f|%5c|\\/i.test(path);

function fail(res: Response, status: number, code: ErrorCode, message: string, requestId: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res
    .status(status)
    .set(REQUEST_ID_HEADER, requestId)
    .json({ errors: [{ message, extensions: { code, requestId } }] });
}

/**
 * Proxies the route table's paths to their owners. The request body is streamed untouched (never
 * parsed, counted against the route's limit on the way); the response is streamed back with
 * backpressure, so the gateway holds a few chunks of a large file, never the file. Failures are
 * masked like GraphQL errors: a code, a safe message and the request id; the subgraph's URL and
 * error text go to the log only, and a subgraph's 5xx body is replaced.
 */
export function publicRoutesProxy(table: readonly PublicRoute[], subgraphUrls: Record<string, string>): RequestHandler {
  for (const route of table) {
    if (!subgraphUrls[route.subgraph]) throw new Error(`Public route ${route.prefix}: no URL for subgraph ${route.subgraph}`);
    if (route.prefix.startsWith('/graphql') || route.prefix.startsWith('/health') || route.prefix.startsWith('/ready'))
      throw new Error(`Public route ${route.prefix} shadows a gateway path`);
  }
  return (req, res, next) => {
    const route = matchRoute(table, req.path);
    if (!route) {
      next();
      return;
    }
    const requestId = randomUUID();
    const unavailable = (status: number, error: unknown) => {
      log({
        level: 'error',
        msg: 'public route failed',
        route: route.prefix,
        subgraph: route.subgraph,
        requestId,
        error: error instanceof Error ? error.message : String(error),
      });
      fail(res, status, ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${route.subgraph} service is unavailable; try again later.`, requestId);
    };
    if (climbs(req.path)) return fail(res, 400, ErrorCode.BAD_USER_INPUT, 'This path is not valid.', requestId);
    if (!route.methods.includes(req.method)) {
      res.set('allow', route.methods.join(', '));
      return fail(res, 405, ErrorCode.BAD_USER_INPUT, `This route accepts ${route.methods.join(', ')} only.`, requestId);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    const hasBody = declared > 0 || req.headers['transfer-encoding'] !== undefined;
    if (declared > route.maxBodyBytes || (hasBody && route.maxBodyBytes === 0)) {
      // Read no further; the connection closes after the answer so the unread body goes nowhere.
      res.set('connection', 'close');
      return fail(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large.', requestId);
    }

    const base = new URL(subgraphUrls[route.subgraph]!);
    const target = new URL(`/public${req.originalUrl}`, base.origin);
    const headers: OutgoingHttpHeaders = { [REQUEST_ID_HEADER]: requestId, 'x-forwarded-for': req.ip ?? '' };
    for (const name of [...COMMON_REQUEST_HEADERS, ...(route.forwardHeaders ?? [])]) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const upstream = send(target, { method: req.method, headers, agent: target.protocol === 'https:' ? agents.https : agents.http, timeout: route.timeoutMs });

    let done = false;
    const finish = (failure?: () => void) => {
      if (done) return;
      done = true;
      failure?.();
    };
    upstream.on('timeout', () => {
      upstream.destroy();
      finish(() => unavailable(504, new Error(`no answer within ${route.timeoutMs} ms`)));
    });
    upstream.on('error', (error) => finish(() => unavailable(502, error)));
    // The client went away: stop the subgraph's work too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });

    upstream.on('response', (answer: IncomingMessage) => {
      if (answer.statusCode === undefined || answer.statusCode >= 500) {
        answer.resume();
        finish(() => {
          log({
            level: 'error',
            msg: 'public route answered with an error',
            route: route.prefix,
            subgraph: route.subgraph,
            requestId,
            status: answer.statusCode,
          });
          fail(res, answer.statusCode === 503 ? 503 : 502, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.', requestId);
        });
        return;
      }
      res.status(answer.statusCode);
      copyResponseHeaders(answer.headers, res);
      res.set(REQUEST_ID_HEADER, requestId);
      pipeline(answer, res, (error) => {
        // Cut mid-body (a subgraph that died, a client that left): nothing more can be said.
        if (error) log({ level: 'warn', msg: 'public route stream cut', route: route.prefix, requestId, error: error.message });
        finish();
      });
    });

    // The body, byte for byte, counted against the route's limit as it passes.
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > route.maxBodyBytes) callback(Object.assign(new Error('body over the limit'), { status: 413 }));
        else callback(null, chunk);
      },
    });
    pipeline(req, counter, upstream, (error) => {
      if (!error) return;
      upstream.destroy();
      if ((error as { status?: number }).status === 413) {
        res.set('connection', 'close');
        finish(() => fail(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large.', requestId));
      } else {
        finish(() => unavailable(502, error));
      }
    });
  };
}

function copyResponseHeaders(headers: IncomingHttpHeaders, res: Response): void {
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !DROPPED_RESPONSE_HEADERS.has(name)) res.setHeader(name, value);
  }
}
