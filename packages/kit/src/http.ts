import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ErrorCode } from './errors';
import { DEFAULT_SHUTDOWN_GRACE_MS } from './lifecycle';
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

/**
 * The HTTP shape of every service, gateway and subgraphs alike: an open `/health` that says nothing
 * about the database or the code, GraphQL on `/graphql` behind the given handlers, JSON errors.
 */
export function graphqlApp(...graphqlHandlers: RequestHandler[]): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', ...graphqlHandlers);
  app.use(jsonErrorHandler);
  return app;
}

export interface Listening {
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets the requests in flight finish (up to the grace period; then
   * their connections are cut), and resolves once every connection is closed.
   */
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Longest wait for requests in flight once `close` is called (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
}

export async function listen(app: express.Express, port: number, host = '127.0.0.1', options: ListenOptions = {}): Promise<Listening> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  server.keepAliveTimeout = 65_000;
  const actual = (server.address() as AddressInfo).port;
  const drain = drainer(server, options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS);
  return { url: `http://${host}:${actual}/graphql`, port: actual, close: drain };
}

/**
 * Closing without dropping a request: `server.close()` stops accepting; idle keep-alive
 * connections close now; a connection with a request in flight answers it with
 * `Connection: close` and then closes. Only what is still running after the grace period is cut.
 * (Cutting every connection first, as `closeAllConnections` does, drops the requests in flight.)
 */
function drainer(server: Server, graceMs: number): () => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  // Before the app's own listener, so a response the app sends at once still carries Connection: close.
  server.prependListener('request', (_req, res: ServerResponse) => {
    // A keep-alive connection may still bring a request after close(): serve it, then close.
    if (draining && !res.headersSent) res.shouldKeepAlive = false;
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // A response already under way when draining began kept its keep-alive: close it once idle.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  let closed: Promise<void> | null = null;
  return () =>
    (closed ??= new Promise<void>((resolve) => {
      draining = true;
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      const cut = setTimeout(() => {
        if (inFlight.size) log({ level: 'warn', msg: 'grace period over; cutting requests in flight', requests: inFlight.size });
        server.closeAllConnections();
      }, graceMs);
      server.close(() => {
        clearTimeout(cut);
        resolve();
      });
      server.closeIdleConnections();
    }));
}
