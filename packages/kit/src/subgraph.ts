import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { accessLog, requestIdOf } from './access-log';
import type { Caller } from './caller';
import { openDatabase, StatementCounter } from './database';
import type { AccountFixture } from './fixtures';
import { ErrorCode } from './errors';
import { graphqlApp, listen, type Listening } from './http';
import { InternalTokens } from './internal-token';
import { maskErrorsPlugin } from './mask-errors.plugin';
import { apolloLogger } from './logger';
import { registerDatabasePool } from './metrics';
import { observabilityPlugin } from './observability.plugin';
import { serverSpanMiddleware } from './tracing';
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
  tokens: InternalTokens;
  createContext(base: BaseContext): Context;
  dispose(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl: string;
  /**
   * Checks the gateway's credential on every request, and signs this subgraph's calls to its
   * peers. Defaults to a random secret, which fails closed: fine for opening a database to seed
   * or inspect it, useless for serving behind a gateway.
   */
  internalTokens?: InternalTokens;
  /**
   * Peer URLs (name to URL), defaulting to the definition's. The object is read at request time,
   * so a caller may fill it in after the peers started listening (tests on port 0).
   */
  peers?: Record<string, string>;
  peerTimeoutMs?: number;
}

export async function openSubgraph<Context extends BaseContext>(definition: SubgraphDefinition<Context>, options: OpenOptions): Promise<Subgraph<Context>> {
  const counter = new StatementCounter();
  const tokens = options.internalTokens ?? new InternalTokens(randomBytes(32).toString('hex'));
  const peers: PeerSettings = {
    urls: options.peers ?? definition.peers ?? {},
    timeoutMs: options.peerTimeoutMs ?? DEFAULT_PEER_TIMEOUT_MS,
    tokens,
  };
  const db = await openDatabase({ url: options.databaseUrl, entities: definition.entities, migrations: definition.migrations, counter });
  await definition.prepare?.(db);
  const unregisterPool = registerDatabasePool(db);
  return {
    definition,
    name: definition.name,
    schema: definition.buildSchema(),
    dataSource: db,
    counter,
    tokens,
    createContext: (base) => definition.createContext(db, base, peers),
    dispose: () => {
      unregisterPool();
      return db.destroy();
    },
  };
}

/** Largest request body a subgraph reads; the gateway's own limit is far smaller. */
const SUBGRAPH_BODY_LIMIT = '1mb';

export function createSubgraphApp(subgraph: Subgraph<any>, server: ApolloServer<BaseContext>, options: Pick<ServeOptions, 'exposeStatementCount'> = {}): express.Express {
  const app = graphqlApp(
    accessLog({ trustRequestIdHeader: true }),
    serverSpanMiddleware(subgraph.name),
    // Before anything else, even parsing: only the gateway's credential for this subgraph gets in.
    async (req, res, next) => {
      const bearer = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(req.headers.authorization ?? '')?.[1];
      const caller = bearer ? await subgraph.tokens.verify(bearer, subgraph.name) : null;
      if (!caller) {
        res.status(401).json({ errors: [{ message: 'This service answers the gateway only.', extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
        return;
      }
      res.locals.caller = caller;
      next();
    },
    express.json({ limit: SUBGRAPH_BODY_LIMIT }),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        return subgraph.createContext({ caller: res.locals.caller as Caller, requestId: requestIdOf(req) });
      },
    }),
  );
  if (options.exposeStatementCount) {
    app.get('/stats', (_req, res) => {
      res.json({ statements: subgraph.counter.count });
    });
  }
  return app;
}

export interface ServeOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /**
   * Adds GET /stats with the number of SQL statements run since start, for the benchmark
   * (`npm run bench`), whose subgraphs are child processes: the count has to cross a process
   * boundary, and a route is the smallest way. Off unless BENCH_STATS=1; it shows a number only.
   */
  exposeStatementCount?: boolean;
}

/** Starts a subgraph's HTTP server. */
export async function serveSubgraph(subgraph: Subgraph<any>, { port, host, exposeStatementCount }: ServeOptions): Promise<Listening> {
  const apollo = new ApolloServer<BaseContext>({
    schema: subgraph.schema,
    logger: apolloLogger(),
    includeStacktraceInErrorResponses: false,
    // Inline tracing (ftv1) is for Apollo usage reporting, and cache-control hints for HTTP
    // caching: we use neither, and both hook every resolved field.
    plugins: [maskErrorsPlugin<BaseContext>(), observabilityPlugin<BaseContext>(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const listening = await listen(createSubgraphApp(subgraph, apollo, { exposeStatementCount }), port, host);
  return {
    ...listening,
    close: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}
