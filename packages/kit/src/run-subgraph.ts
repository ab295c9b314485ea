import { bool, cleanEnv, host, num, port, str, url } from 'envalid';
import { CallerCredentialVerifier } from './caller-credentials';
import { DEMO_ACCOUNTS } from './fixtures';
import { developmentPrivateKey, developmentPublicKeys, parsePrivateJwk, parsePublicJwks, ServiceKeys } from './keys';
import { DEFAULT_SHUTDOWN_GRACE_MS, shutDown, stopOnSignals } from './lifecycle';
import { developmentSecret } from './secrets';
import { log } from './log';
import { DEFAULT_PEER_TIMEOUT_MS } from './peers';
import { DEFAULT_MAX_ATTEMPTS } from './events/event-inbox';
import { startEvents } from './events/subgraph-events';
import { DEFAULT_REQUEST_DEADLINE_MS, DEFAULT_ROW_BUDGET } from './request-budget';
import { openSubgraph, serveSubgraph, type BaseContext, type SubgraphCredentials, type SubgraphDefinition } from './subgraph';

/** `BILLING_URL` for the peer "billing": the same variables the gateway reads. */
export const peerUrlVariable = (peer: string) => `${peer.toUpperCase()}_URL`;

/** `TELEPHONY_SERVICE_PUBLIC_KEYS`: the public keys of the peer "telephony"'s service credentials. */
export const servicePublicKeysVariable = (peer: string) => `${peer.toUpperCase()}_SERVICE_PUBLIC_KEYS`;

/** Reads a subgraph's configuration from the environment it is given (only `main.ts` passes it). */
export function subgraphConfig(
  env: NodeJS.ProcessEnv,
  definition: Pick<SubgraphDefinition, 'name' | 'defaultPort' | 'peers' | 'serviceAccess' | 'publicRoutes'>,
) {
  const peerDefaults = Object.entries(definition.peers ?? {});
  const peerUrls = cleanEnv(
    env,
    Object.fromEntries(peerDefaults.map(([peer, fallback]) => [peerUrlVariable(peer), url({ default: fallback, desc: `Where the ${peer} subgraph is.` })])),
  ) as Record<string, string>;
  const servicePeers = Object.keys(definition.serviceAccess ?? {});
  const serviceKeys = cleanEnv(
    env,
    Object.fromEntries(
      servicePeers.map((peer) => [
        servicePublicKeysVariable(peer),
        str({ default: '', desc: `Public keys (JWK set) of the ${peer} subgraph's service credentials.` }),
      ]),
    ),
  ) as Record<string, string>;
  const base = cleanEnv(env, {
    PORT: port({ default: definition.defaultPort, desc: 'Port the subgraph listens on.' }),
    HOST: host({ default: '127.0.0.1', desc: 'Interface to bind; 0.0.0.0 in containers.' }),
    DATABASE_URL: str({
      default: `sqlite:data/${definition.name}.sqlite`,
      desc: 'sqlite:<file> (embedded default) or mysql://user:password@host:3306/database.',
    }),
    // Never by default in production: demo accounts there would be real, reachable accounts.
    SEED_DEMO: bool({ default: env.NODE_ENV !== 'production', desc: 'Seed the demo accounts when the database has none (default: on outside production).' }),
    GATEWAY_PUBLIC_KEYS: str({ default: '', desc: "The gateway's public keys (JWK set; two while rotating) that caller credentials are checked with." }),
    SERVICE_SIGNING_KEY: str({ default: '', desc: "This subgraph's private key (one JWK) for its service credentials." }),
    NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
    DEV_KEYS_DIR: str({ default: 'data/keys', desc: 'Where development key pairs are generated when keys are not configured (never in production).' }),
    PEER_TIMEOUT_MS: num({ default: DEFAULT_PEER_TIMEOUT_MS, desc: 'Longest wait for one call to a peer subgraph.' }),
    REQUEST_ROW_BUDGET: num({ default: DEFAULT_ROW_BUDGET, desc: 'Most rows one request may read through the loaders (REQUEST_TOO_LARGE beyond).' }),
    REQUEST_DEADLINE_MS: num({
      default: DEFAULT_REQUEST_DEADLINE_MS,
      desc: "Reads of a request are refused after this; keep it under the gateway's SUBGRAPH_TIMEOUT_MS.",
    }),
    EVENTS_URL: str({ default: '', desc: 'nats://host:4222 to carry events over NATS JetStream; empty: HTTP to each subscriber (the embedded default).' }),
    EVENT_MAX_ATTEMPTS: num({ default: DEFAULT_MAX_ATTEMPTS, desc: 'Failed attempts to apply an event before it is parked for staff.' }),
    BENCH_STATS: bool({ default: false, desc: 'Serve GET /stats (SQL statement count) for `npm run bench`; never in production.' }),
    ...shutdownVariables,
    LINK_SECRET: str({ default: '', desc: 'Key material of the signed links of public routes (32+ characters; one key per subgraph is derived from it).' }),
    DEV_LINK_SECRET_FILE: str({ default: 'data/dev-link-secret', desc: 'Where a development link secret is kept when LINK_SECRET is unset.' }),
  });
  if (base.NODE_ENV === 'production' && definition.publicRoutes && !base.LINK_SECRET)
    throw new Error('Production needs LINK_SECRET (this subgraph serves public routes).');
  return {
    ...base,
    peers: Object.fromEntries(peerDefaults.map(([peer]) => [peer, peerUrls[peerUrlVariable(peer)]!])),
    servicePublicKeys: Object.fromEntries(servicePeers.map((peer) => [peer, serviceKeys[servicePublicKeysVariable(peer)]!])),
  };
}

export type SubgraphConfig = ReturnType<typeof subgraphConfig>;

/**
 * The keys of a subgraph: configured, or (outside production) development pairs in DEV_KEYS_DIR.
 * It reads the gateway's and its peers' public keys only, and its own private key.
 */
export function subgraphCredentials(
  name: string,
  config: Pick<SubgraphConfig, 'GATEWAY_PUBLIC_KEYS' | 'SERVICE_SIGNING_KEY' | 'NODE_ENV' | 'DEV_KEYS_DIR' | 'servicePublicKeys'>,
): SubgraphCredentials {
  const production = config.NODE_ENV === 'production';
  const need = (variable: string) => {
    if (production) throw new Error(`Production needs ${variable}.`);
  };
  if (!config.GATEWAY_PUBLIC_KEYS) need('GATEWAY_PUBLIC_KEYS');
  if (!config.SERVICE_SIGNING_KEY) need('SERVICE_SIGNING_KEY');
  const gatewayKeys = config.GATEWAY_PUBLIC_KEYS
    ? parsePublicJwks(config.GATEWAY_PUBLIC_KEYS, 'GATEWAY_PUBLIC_KEYS')
    : developmentPublicKeys(config.DEV_KEYS_DIR, 'gateway');
  const ownKey = config.SERVICE_SIGNING_KEY
    ? parsePrivateJwk(config.SERVICE_SIGNING_KEY, 'SERVICE_SIGNING_KEY')
    : developmentPrivateKey(config.DEV_KEYS_DIR, name);
  const trusted: Record<string, { keys: import('jose').JWK[] }> = {};
  for (const [peer, json] of Object.entries(config.servicePublicKeys)) {
    if (!json) need(servicePublicKeysVariable(peer));
    trusted[peer] = json ? parsePublicJwks(json, servicePublicKeysVariable(peer)) : developmentPublicKeys(config.DEV_KEYS_DIR, peer);
  }
  return { callers: new CallerCredentialVerifier(gatewayKeys, name), service: new ServiceKeys({ self: name, signingKey: ownKey, trusted }) };
}

/** The shutdown settings, the same for the gateway and every subgraph (kit/lifecycle.ts). */
export const shutdownVariables = {
  SHUTDOWN_GRACE_MS: num({ default: DEFAULT_SHUTDOWN_GRACE_MS, desc: 'On SIGTERM, longest wait for requests in flight before their connections are cut.' }),
  SHUTDOWN_DELAY_MS: num({ default: 0, desc: 'On SIGTERM, time /ready answers 503 before the server stops accepting (for a load balancer to notice).' }),
};

/** Opens, migrates, seeds and serves one subgraph until SIGTERM/SIGINT. */
export async function runSubgraph<C extends BaseContext>(definition: SubgraphDefinition<C>, env: NodeJS.ProcessEnv): Promise<void> {
  const config = subgraphConfig(env, definition);
  const subgraph = await openSubgraph(definition, {
    databaseUrl: config.DATABASE_URL,
    credentials: subgraphCredentials(definition.name, config),
    peers: config.peers,
    peerTimeoutMs: config.PEER_TIMEOUT_MS,
    linkSecret: config.LINK_SECRET || developmentSecret(config.DEV_LINK_SECRET_FILE),
    eventMaxAttempts: config.EVENT_MAX_ATTEMPTS,
  });
  if (config.SEED_DEMO) await seedDemoAccounts(definition, subgraph.dataSource);
  const budget = { rowBudget: config.REQUEST_ROW_BUDGET, deadlineMs: config.REQUEST_DEADLINE_MS };
  const server = await serveSubgraph(subgraph, {
    port: config.PORT,
    host: config.HOST,
    exposeStatementCount: config.BENCH_STATS,
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    budget,
  });
  const events = await startEvents(subgraph, { eventsUrl: config.EVENTS_URL || null });
  log({ level: 'info', msg: 'subgraph listening', subgraph: definition.name, url: server.url, events: events.transport.kind });
  // Close hooks run newest first, once requests in flight finished: the sweeps, then the relay and
  // NATS consumer (nothing half-sent: an unmarked event is sent again at the next start), then the database.
  subgraph.lifecycle.onClose('events', () => events.close());
  const background = definition.startBackground?.(subgraph.dataSource);
  if (background) subgraph.lifecycle.onClose('background', async () => background.stop());
  stopOnSignals(() => shutDown({ lifecycle: subgraph.lifecycle, drainHttp: server.close, delayMs: config.SHUTDOWN_DELAY_MS }));
}

/** Seeds each demo account this subgraph has no rows for yet (first start, or a wiped file). */
async function seedDemoAccounts<C extends BaseContext>(definition: SubgraphDefinition<C>, db: import('typeorm').DataSource): Promise<void> {
  const [mainEntity] = definition.entities as Function[];
  if (await db.getRepository(mainEntity!).count()) return;
  for (const fixture of DEMO_ACCOUNTS) await definition.seedAccount(db, fixture);
  log({ level: 'info', msg: 'seeded demo accounts', subgraph: definition.name, accounts: DEMO_ACCOUNTS.map((a) => a.key) });
}
