import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { CALLER_HEADERS, callerFromHeaders, type Caller } from './caller';
import type { StatementCounter } from './database';
import { maskErrorsPlugin } from './mask-errors.plugin';

/** What every request context carries; subgraphs add their loaders. */
export interface BaseContext {
  caller: Caller | null;
  requestId: string;
}

/** A subgraph as a value: importable with no side effects, served by `serveSubgraph`. */
export interface Subgraph<Context extends BaseContext = BaseContext> {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  counter: StatementCounter;
  createContext(base: BaseContext): Context;
  dispose(): Promise<void>;
}

export function createSubgraphApp(subgraph: Subgraph, server: ApolloServer<BaseContext>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Open, and says nothing about the database or the code.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const requestId = (req.headers[CALLER_HEADERS.requestId] as string | undefined) ?? randomUUID();
        return subgraph.createContext({ caller: callerFromHeaders(req.headers), requestId });
      },
    }),
  );
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

/** Starts a subgraph's HTTP server (port 0 picks a free port). */
export async function serveSubgraph(subgraph: Subgraph, port: number, host?: string): Promise<Listening> {
  const apollo = new ApolloServer<BaseContext>({
    schema: subgraph.schema,
    includeStacktraceInErrorResponses: false,
    plugins: [maskErrorsPlugin<BaseContext>()],
  });
  await apollo.start();
  const listening = await listen(createSubgraphApp(subgraph, apollo), port, host);
  return {
    ...listening,
    close: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}
