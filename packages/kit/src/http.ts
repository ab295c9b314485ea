import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
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
  close(): Promise<void>;
}

export async function listen(app: express.Express, port: number, host = '127.0.0.1'): Promise<Listening> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  server.keepAliveTimeout = 65_000;
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/graphql`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
