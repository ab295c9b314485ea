import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { CALLER_HEADERS, callerFromHeaders, type Caller } from './caller';
import { openDatabase, StatementCounter } from './database';
import type { AccountFixture } from './fixtures';
import { maskErrorsPlugin } from './mask-errors.plugin';

/** What every request context carries; subgraphs add their loaders. */
export interface BaseContext {
  caller: Caller | null;
  requestId: string;
}

/** What a subgraph is made of: a value with no side effects until `openSubgraph` runs it. */
export interface SubgraphDefinition<Context extends BaseContext = BaseContext> {
  name: string;
  /** Port of the local default layout (gateway 4000, subgraphs 4001-4004). */
  defaultPort: number;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  buildSchema(): GraphQLSchema;
  /** Per-request context: the caller plus fresh DataLoaders. */
  createContext(db: DataSource, base: BaseContext): Context;
  /** Reference data every database needs (idempotent), run at every start. */
  prepare?(db: DataSource): Promise<void>;
  /** Writes this subgraph's share of a generated account. */
  seedAccount(db: DataSource, fixture: AccountFixture): Promise<void>;
}

/** A subgraph with its database open and migrated, ready to serve or to query in process. */
export interface Subgraph<Context extends BaseContext = BaseContext> {
  definition: SubgraphDefinition<Context>;
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  counter: StatementCounter;
  createContext(base: BaseContext): Context;
  dispose(): Promise<void>;
}

export async function openSubgraph<Context extends BaseContext>(definition: SubgraphDefinition<Context>, options: { databaseUrl: string }): Promise<Subgraph<Context>> {
  const counter = new StatementCounter();
  const db = await openDatabase({ url: options.databaseUrl, entities: definition.entities, migrations: definition.migrations, counter });
  await definition.prepare?.(db);
  return {
    definition,
    name: definition.name,
    schema: definition.buildSchema(),
    dataSource: db,
    counter,
    createContext: (base) => definition.createContext(db, base),
    dispose: () => db.destroy(),
  };
}

export interface ServeOptions {
  /**
   * Adds GET /stats with the number of SQL statements run since start, for the benchmark
   * (`npm run bench`), whose subgraphs are child processes: the count has to cross a process
   * boundary, and a route is the smallest way. Off unless BENCH_STATS=1; it shows a number only.
   */
  exposeStatementCount?: boolean;
}

export function createSubgraphApp(subgraph: Subgraph<any>, server: ApolloServer<BaseContext>, options: ServeOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Open, and says nothing about the database or the code.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (options.exposeStatementCount) {
    app.get('/stats', (_req, res) => {
      res.json({ statements: subgraph.counter.count });
    });
  }
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
export async function serveSubgraph(subgraph: Subgraph<any>, port: number, host?: string, options: ServeOptions = {}): Promise<Listening> {
  const apollo = new ApolloServer<BaseContext>({
    schema: subgraph.schema,
    includeStacktraceInErrorResponses: false,
    // Inline tracing (ftv1) is for Apollo usage reporting, which we do not use.
    plugins: [maskErrorsPlugin<BaseContext>(), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const listening = await listen(createSubgraphApp(subgraph, apollo, options), port, host);
  return {
    ...listening,
    close: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}
