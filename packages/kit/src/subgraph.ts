import { randomBytes } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Router, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource, MixedList } from 'typeorm';
import { accessLog, requestIdOf } from './access-log';
import type { Caller } from './caller';
import { openDatabase, StatementCounter } from './database';
import type { AccountFixture } from './fixtures';
import { ErrorCode } from './errors';
import { graphqlApp, jsonErrorHandler, listen, type Listening } from './http';
import { CallerCredentialVerifier } from './caller-credentials';
import { generateSigningKeyPair, ServiceKeys, type ServiceCredentials } from './keys';
import { Lifecycle } from './lifecycle';
import { maskErrorsPlugin } from './mask-errors.plugin';
import { costLimitPlugin } from './cost';
import { buildWithBudget, DEFAULT_BUDGET, requestBudgetMiddleware, requestBudgetOf, type BudgetOptions } from './request-budget';
import { apolloLogger } from './logger';
import { registerDatabasePool } from './metrics';
import { observabilityPlugin } from './observability.plugin';
import { serverSpanMiddleware } from './tracing';
import { DEFAULT_PEER_TIMEOUT_MS, type PeerSettings } from './peers';
import { bearerOf, serviceReadGuard, type ServiceAccessList } from './service-access';
import { LinkSigner } from './signed-links';
import { DEFAULT_MAX_ATTEMPTS, EventInbox } from './events/event-inbox';
import { EVENTS_PATH } from './events/http-event-transport';
import { eventsEndpoint } from './events/events-endpoint';
import type { SubgraphEventsDefinition, EventsRuntime } from './events/subgraph-events';

/** What every request context carries; subgraphs add their loaders. */
export interface BaseContext {
  caller: Caller | null;
  requestId: string;
  /**
   * The caller credential this request came with, forwarded as it is on peer calls (its audience
   * lists the peers this subgraph may call). Null for a service-credential request.
   */
  credential?: string | null;
  /** The calling peer subgraph when the request carries a service credential (then `caller` is null). */
  service?: string | null;
  /** The subgraph's event inbox and outbox, for its staff fields (parked events, relay lag). */
  events?: EventsRuntime;
}

/** What a subgraph's resolvers and public routes get besides the database: its link signer. */
export interface SubgraphServices {
  /** Signs this subgraph's links (resolvers mint them) and checks them (public routes). */
  links: LinkSigner;
}

/** What `publicRoutes` gets to serve its routes. */
export interface PublicRouteDeps extends SubgraphServices {
  db: DataSource;
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
  /**
   * Which peers may call this subgraph with a service credential (no caller), and for what: the
   * internal endpoints and read fields each may use. A peer not listed is refused everywhere.
   */
  serviceAccess?: ServiceAccessList;
  buildSchema(): GraphQLSchema;
  /** Per-request context: the caller plus fresh DataLoaders (and, for subgraphs with peers, a client for them). */
  createContext(db: DataSource, base: BaseContext, peers: PeerSettings, services: SubgraphServices): Context;
  /**
   * The public routes this subgraph owns (signed downloads, a payment page, a webhook), added to
   * `router` at their public paths (e.g. `router.get('/files/billing/:id', ...)`). They are served
   * under `/public` and reached only through the gateway's route table (gateway/src/public-routes.ts),
   * which must list their prefix. No gateway credential reaches them: each route authenticates
   * its request itself (`requireSignedLink`, a webhook signature over the raw body).
   */
  publicRoutes?(router: Router, deps: PublicRouteDeps): void;
  /**
   * Events this subgraph publishes (contracts from packages/events) and handles (one small
   * function per event type, `on(contract, handler)`), next to its resolvers.
   */
  events?: SubgraphEventsDefinition;
  /** Reference data every database needs (idempotent), run at every start. */
  prepare?(db: DataSource): Promise<void>;
  /**
   * Work the serving process runs beside requests (a sweep, a relay), started by `runSubgraph`
   * once the server listens and stopped before the database closes. Must be safe on several replicas.
   */
  startBackground?(db: DataSource): { stop(): void };
  /** Writes this subgraph's share of a generated account. */
  seedAccount(db: DataSource, fixture: AccountFixture): Promise<void>;
  /**
   * HTTP beyond JSON GraphQL, for the few subgraphs that need it: handlers run on /graphql after
   * the credential check and before Apollo (compliance's multipart uploads). Public links and
   * webhooks are not these: they are `publicRoutes`, behind the gateway's route table.
   */
  http?: {
    graphqlHandlers?(db: DataSource): RequestHandler[];
  };
  /** Releases what the definition holds besides the database (a storage client). */
  close?(): Promise<void>;
}

/** A subgraph with its database open and migrated, ready to serve or to query in process. */
export interface Subgraph<Context extends BaseContext = BaseContext> {
  definition: SubgraphDefinition<Context>;
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  counter: StatementCounter;
  credentials: SubgraphCredentials;
  links: LinkSigner;
  /** `/ready` checks and the close hooks (the database first registered, so closed last). */
  lifecycle: Lifecycle;
  /** Applies the events this subgraph handles (also those staff retry). */
  inbox: EventInbox;
  /** Peer subgraph name to GraphQL URL (also where the HTTP transport finds subscribers' /events). */
  peerUrls: Record<string, string>;
  createContext(base: BaseContext): Context;
  /** Runs the close hooks: whatever registered (brokers, relays), then the database. */
  dispose(): Promise<void>;
}

/** The keys a subgraph holds: public keys to check with, and its own service key. */
export interface SubgraphCredentials {
  /** Checks caller credentials with the gateway's public keys (it cannot make one). */
  callers: CallerCredentialVerifier;
  /** Signs this subgraph's service credentials; checks its peers' against their public keys. */
  service: ServiceCredentials;
}

/**
 * Keys no one else knows: every credential is refused. Fine for opening a database to seed or
 * inspect it, useless for serving behind a gateway.
 */
export function closedCredentials(name: string): SubgraphCredentials {
  const [gateway, own] = [generateSigningKeyPair(), generateSigningKeyPair()];
  return { callers: new CallerCredentialVerifier(gateway.publicJwks, name), service: new ServiceKeys({ self: name, signingKey: own.privateJwk, trusted: {} }) };
}

export interface OpenOptions {
  databaseUrl: string;
  /** Checks the gateway's credentials and the peers' service credentials; closed by default. */
  credentials?: SubgraphCredentials;
  /**
   * Peer URLs (name to URL), defaulting to the definition's. The object is read at request time,
   * so a caller may fill it in after the peers started listening (tests on port 0).
   */
  peers?: Record<string, string>;
  peerTimeoutMs?: number;
  /** Signs and checks this subgraph's links (LINK_SECRET); defaults to a random one. */
  linkSecret?: string;
  /** Handler failures before an event is parked. */
  eventMaxAttempts?: number;
}

export async function openSubgraph<Context extends BaseContext>(definition: SubgraphDefinition<Context>, options: OpenOptions): Promise<Subgraph<Context>> {
  const counter = new StatementCounter();
  const credentials = options.credentials ?? closedCredentials(definition.name);
  const peers: PeerSettings = {
    urls: options.peers ?? definition.peers ?? {},
    timeoutMs: options.peerTimeoutMs ?? DEFAULT_PEER_TIMEOUT_MS,
  };
  const db = await openDatabase({ url: options.databaseUrl, entities: definition.entities, migrations: definition.migrations, counter });
  const lifecycle = new Lifecycle();
  lifecycle.onClose('database', () => db.destroy());
  // Closed before the database (hooks run newest first): what the definition holds (a storage client).
  if (definition.close) lifecycle.onClose(`${definition.name} resources`, () => definition.close!());
  lifecycle.addReadinessCheck('database', () => db.query('SELECT 1'));
  await definition.prepare?.(db);
  const services: SubgraphServices = { links: new LinkSigner(options.linkSecret ?? randomBytes(32).toString('hex'), definition.name) };
  const unregisterPool = registerDatabasePool(db);
  lifecycle.onClose('database pool metrics', async () => unregisterPool());
  const inbox = new EventInbox(db, definition.events?.handlers ?? [], options.eventMaxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const events: EventsRuntime = { db, inbox };
  return {
    definition,
    name: definition.name,
    schema: definition.buildSchema(),
    dataSource: db,
    counter,
    credentials,
    links: services.links,
    lifecycle,
    inbox,
    peerUrls: peers.urls,
    createContext: (base) => definition.createContext(db, { events, ...base }, peers, services),
    dispose: () => lifecycle.closeResources(),
  };
}

/** Largest request body a subgraph reads; the gateway's own limit is far smaller. */
const SUBGRAPH_BODY_LIMIT = '1mb';

export function createSubgraphApp(
  subgraph: Subgraph<any>,
  server: ApolloServer<BaseContext>,
  options: Pick<ServeOptions, 'exposeStatementCount' | 'budget'> = {},
): express.Express {
  const app = graphqlApp(
    accessLog({ trustRequestIdHeader: true }),
    serverSpanMiddleware(subgraph.name),
    // Before anything else, even parsing: a caller credential signed by the gateway for this
    // subgraph, or the service credential of a peer allowed some read fields here.
    async (req, res, next) => {
      const bearer = bearerOf(req.headers.authorization);
      const caller = bearer ? await subgraph.credentials.callers.verify(bearer) : null;
      const service = bearer && !caller ? await subgraph.credentials.service.verify(bearer) : null;
      if (!caller && !(service && subgraph.definition.serviceAccess?.[service]?.readFields?.length)) {
        res.status(401).json({ errors: [{ message: 'This service answers the gateway only.', extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
        return;
      }
      res.locals.caller = caller;
      res.locals.credential = caller ? bearer : null;
      res.locals.service = service;
      next();
    },
    express.json({ limit: SUBGRAPH_BODY_LIMIT }),
    serviceReadGuard(subgraph.schema, subgraph.definition.serviceAccess ?? {}),
    ...(subgraph.definition.http?.graphqlHandlers?.(subgraph.dataSource) ?? []),
    // Row budget, deadline and stop-on-disconnect for everything below (request-budget.ts).
    requestBudgetMiddleware(options.budget ?? DEFAULT_BUDGET),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req);
        return buildWithBudget(requestBudgetOf(res), () =>
          subgraph.createContext({
            caller: (res.locals.caller as Caller | null) ?? null,
            credential: (res.locals.credential as string | null) ?? null,
            service: (res.locals.service as string | null) ?? null,
            requestId,
          }),
        );
      },
    }),
  );
  app.get('/ready', subgraph.lifecycle.readyHandler);
  if (subgraph.definition.publicRoutes) {
    const router = Router();
    subgraph.definition.publicRoutes(router, { db: subgraph.dataSource, links: subgraph.links });
    app.use('/public', router, jsonErrorHandler);
  }
  // The HTTP transport's receiving end, for subgraphs that handle events: service credentials of
  // the peers `serviceAccess` lets call /events, each sending only its own events.
  if (subgraph.inbox.types.length)
    app.post(EVENTS_PATH, ...eventsEndpoint(subgraph.inbox, subgraph.credentials.service, subgraph.definition.serviceAccess ?? {}));
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
  /** Longest wait for requests in flight when the server closes (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
  /** Rows and time one request may take (request-budget.ts); defaults to DEFAULT_BUDGET. */
  budget?: BudgetOptions;
}

/** Starts a subgraph's HTTP server. */
export async function serveSubgraph(subgraph: Subgraph<any>, { port, host, exposeStatementCount, shutdownGraceMs, budget }: ServeOptions): Promise<Listening> {
  const apollo = new ApolloServer<BaseContext>({
    schema: subgraph.schema,
    logger: apolloLogger(),
    includeStacktraceInErrorResponses: false,
    // The process has one shutdown path (kit/lifecycle.ts), which drains HTTP before Apollo stops.
    stopOnTerminationSignals: false,
    // Inline tracing (ftv1) is for Apollo usage reporting, and cache-control hints for HTTP
    // caching: we use neither, and both hook every resolved field.
    // The gateway's cost rules again (`_entities` fan-out included), answered 200 so the gateway passes the code on.
    plugins: [
      maskErrorsPlugin<BaseContext>(),
      costLimitPlugin<BaseContext>({ httpStatus: 200 }),
      observabilityPlugin<BaseContext>(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const listening = await listen(createSubgraphApp(subgraph, apollo, { exposeStatementCount, budget }), port, host, { shutdownGraceMs });
  return {
    ...listening,
    // Requests in flight finish first (mutations commit), then Apollo stops.
    close: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}
