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
import { DEFAULT_PEER_TIMEOUT_MS, type PeerSettings } from './peers';

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
  /**
   * Other subgraphs this one calls (subgraph name to URL in the local default layout), for the
   * few facts it must ask a peer at write time. `runSubgraph` reads `<NAME>_URL` for each.
   */
  peers?: Record<string, string>;
  buildSchema(): GraphQLSchema;
  /** Per-request context: the caller plus fresh DataLoaders (and, for subgraphs with peers, a client for them). */
  createContext(db: DataSource, base: BaseContext, peers: PeerSettings): Context;
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

export interface OpenOptions {
  databaseUrl: string;
  /**
   * Peer URLs (name to URL), defaulting to the definition's. The object is read at request time,
   * so a caller may fill it in after the peers started listening (tests on port 0).
   */
  peers?: Record<string, string>;
  peerTimeoutMs?: number;
}

export async function openSubgraph<Context extends BaseContext>(definition: SubgraphDefinition<Context>, options: OpenOptions): Promise<Subgraph<Context>> {
  const counter = new StatementCounter();
  const peers: PeerSettings = { urls: options.peers ?? definition.peers ?? {}, timeoutMs: options.peerTimeoutMs ?? DEFAULT_PEER_TIMEOUT_MS };
  const db = await openDatabase({ url: options.databaseUrl, entities: definition.entities, migrations: definition.migrations, counter });
  await definition.prepare?.(db);
  return {
    definition,
    name: definition.name,
    schema: definition.buildSchema(),
    dataSource: db,
    counter,
    createContext: (base) => definition.createContext(db, base, peers),
    dispose: () => db.destroy(),
  };
}

export function createSubgraphApp(subgraph: Subgraph<any>, server: ApolloServer<BaseContext>): express.Express {
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
export async function serveSubgraph(subgraph: Subgraph<any>, port: number, host?: string): Promise<Listening> {
  const apollo = new ApolloServer<BaseContext>({
    schema: subgraph.schema,
    includeStacktraceInErrorResponses: false,
    // Inline tracing (ftv1) is for Apollo usage reporting, which we do not use.
    plugins: [maskErrorsPlugin<BaseContext>(), ApolloServerPluginInlineTraceDisabled()],
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
