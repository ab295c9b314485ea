import { randomBytes, randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { REQUEST_ID_HEADER, type Caller } from './caller';
import { openDatabase, StatementCounter } from './database';
import type { AccountFixture } from './fixtures';
import { ErrorCode } from './errors';
import { graphqlApp, listen, type Listening } from './http';
import { InternalTokens } from './internal-token';
import { maskErrorsPlugin } from './mask-errors.plugin';
import { DEFAULT_PEER_TIMEOUT_MS, type PeerSettings } from './peers';
import { DEFAULT_MAX_ATTEMPTS, EventInbox } from './events/event-inbox';
import { EVENTS_PATH } from './events/http-event-transport';
import { eventsEndpoint } from './events/events-endpoint';
import type { SubgraphEventsDefinition, EventsRuntime } from './events/subgraph-events';
import { SecretServiceCredentials, type ServiceCredentials } from './service-credentials';

/** What every request context carries; subgraphs add their loaders. */
export interface BaseContext {
  caller: Caller | null;
  requestId: string;
  /** The subgraph's event inbox and outbox, for its staff fields (parked events, relay lag). */
  events?: EventsRuntime;
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
  /**
   * Events this subgraph publishes (contracts from packages/events) and handles (one small
   * function per event type, `on(contract, handler)`), next to its resolvers.
   */
  events?: SubgraphEventsDefinition;
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
  /** Signs and checks subgraph-to-subgraph credentials (the events relay and endpoint). */
  serviceCredentials: ServiceCredentials;
  /** Applies the events this subgraph handles (also those staff retry). */
  inbox: EventInbox;
  /** Peer subgraph name to GraphQL URL (also where the HTTP transport finds subscribers' /events). */
  peerUrls: Record<string, string>;
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
  /** Service credentials of this subgraph; defaults to a random secret (fails closed). */
  serviceCredentials?: ServiceCredentials;
  /** Handler failures before an event is parked. */
  eventMaxAttempts?: number;
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
  const inbox = new EventInbox(db, definition.events?.handlers ?? [], options.eventMaxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const events: EventsRuntime = { db, inbox };
  return {
    definition,
    name: definition.name,
    schema: definition.buildSchema(),
    dataSource: db,
    counter,
    tokens,
    serviceCredentials: options.serviceCredentials ?? new SecretServiceCredentials(definition.name, randomBytes(32).toString('hex')),
    inbox,
    peerUrls: peers.urls,
    createContext: (base) => definition.createContext(db, { events, ...base }, peers),
    dispose: () => db.destroy(),
  };
}

/** Largest request body a subgraph reads; the gateway's own limit is far smaller. */
const SUBGRAPH_BODY_LIMIT = '1mb';

export function createSubgraphApp(subgraph: Subgraph<any>, server: ApolloServer<BaseContext>, options: Pick<ServeOptions, 'exposeStatementCount'> = {}): express.Express {
  const app = graphqlApp(
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
        const requestId = (req.headers[REQUEST_ID_HEADER] as string | undefined) ?? randomUUID();
        return subgraph.createContext({ caller: res.locals.caller as Caller, requestId });
      },
    }),
  );
  // The HTTP transport's receiving end, for subgraphs that handle events (service credentials only).
  if (subgraph.inbox.types.length) app.post(EVENTS_PATH, ...eventsEndpoint(subgraph.inbox, subgraph.serviceCredentials));
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
    includeStacktraceInErrorResponses: false,
    // Inline tracing (ftv1) is for Apollo usage reporting, and cache-control hints for HTTP
    // caching: we use neither, and both hook every resolved field.
    plugins: [maskErrorsPlugin<BaseContext>(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
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
