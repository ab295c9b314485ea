import { bool, cleanEnv, host, num, port, str, url } from 'envalid';
import { InternalTokens } from './internal-token';
import { developmentSecret } from './secrets';
import { DEMO_ACCOUNTS } from './fixtures';
import { log } from './log';
import { DEFAULT_PEER_TIMEOUT_MS } from './peers';
import { DEFAULT_MAX_ATTEMPTS } from './events/event-inbox';
import { startEvents } from './events/subgraph-events';
import { SecretServiceCredentials } from './service-credentials';
import { openSubgraph, serveSubgraph, type BaseContext, type SubgraphDefinition } from './subgraph';

/** `BILLING_URL` for the peer "billing": the same variables the gateway reads. */
export const peerUrlVariable = (peer: string) => `${peer.toUpperCase()}_URL`;

/** Reads a subgraph's configuration from the environment it is given (only `main.ts` passes it). */
export function subgraphConfig(env: NodeJS.ProcessEnv, definition: Pick<SubgraphDefinition, 'name' | 'defaultPort' | 'peers'>) {
  const peerDefaults = Object.entries(definition.peers ?? {});
  const peerUrls = cleanEnv(
    env,
    Object.fromEntries(peerDefaults.map(([peer, fallback]) => [peerUrlVariable(peer), url({ default: fallback, desc: `Where the ${peer} subgraph is.` })])),
  ) as Record<string, string>;
  const base = cleanEnv(env, {
    PORT: port({ default: definition.defaultPort, desc: 'Port the subgraph listens on.' }),
    HOST: host({ default: '127.0.0.1', desc: 'Interface to bind; 0.0.0.0 in containers.' }),
    DATABASE_URL: str({
      default: `sqlite:data/${definition.name}.sqlite`,
      desc: 'sqlite:<file> (embedded default) or mysql://user:password@host:3306/database.',
    }),
    SEED_DEMO: bool({ default: true, desc: 'Seed the demo accounts when the database has none.' }),
    INTERNAL_JWT_SECRET: str({ default: '', desc: 'Secret the gateway signs subgraph credentials with (32+ characters).' }),
    NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
    DEV_INTERNAL_SECRET_FILE: str({ default: 'data/dev-internal-secret', desc: 'Where a development internal secret is kept when INTERNAL_JWT_SECRET is unset.' }),
    PEER_TIMEOUT_MS: num({ default: DEFAULT_PEER_TIMEOUT_MS, desc: 'Longest wait for one call to a peer subgraph.' }),
    EVENTS_URL: str({ default: '', desc: 'nats://host:4222 to carry events over NATS JetStream; empty: HTTP to each subscriber (the embedded default).' }),
    EVENT_MAX_ATTEMPTS: num({ default: DEFAULT_MAX_ATTEMPTS, desc: 'Failed attempts to apply an event before it is parked for staff.' }),
    BENCH_STATS: bool({ default: false, desc: 'Serve GET /stats (SQL statement count) for `npm run bench`; never in production.' }),
  });
  return { ...base, peers: Object.fromEntries(peerDefaults.map(([peer]) => [peer, peerUrls[peerUrlVariable(peer)]!])) };
}

/** The internal secret shared by the gateway and the subgraphs: configured, or a development one. */
export function internalSecret(config: { INTERNAL_JWT_SECRET: string; NODE_ENV: string; DEV_INTERNAL_SECRET_FILE: string }): string {
  if (config.INTERNAL_JWT_SECRET) return config.INTERNAL_JWT_SECRET;
  if (config.NODE_ENV === 'production') throw new Error('Production needs INTERNAL_JWT_SECRET.');
  return developmentSecret(config.DEV_INTERNAL_SECRET_FILE);
}

/** Opens, migrates, seeds and serves one subgraph until SIGTERM/SIGINT. */
export async function runSubgraph<C extends BaseContext>(definition: SubgraphDefinition<C>, env: NodeJS.ProcessEnv): Promise<void> {
  const config = subgraphConfig(env, definition);
  const secret = internalSecret(config);
  const subgraph = await openSubgraph(definition, {
    databaseUrl: config.DATABASE_URL,
    internalTokens: new InternalTokens(secret),
    serviceCredentials: new SecretServiceCredentials(definition.name, secret),
    peers: config.peers,
    peerTimeoutMs: config.PEER_TIMEOUT_MS,
    eventMaxAttempts: config.EVENT_MAX_ATTEMPTS,
  });
  if (config.SEED_DEMO) await seedDemoAccounts(definition, subgraph.dataSource);
  const server = await serveSubgraph(subgraph, { port: config.PORT, host: config.HOST, exposeStatementCount: config.BENCH_STATS });
  const events = await startEvents(subgraph, { eventsUrl: config.EVENTS_URL || null });
  log({ level: 'info', msg: 'subgraph listening', subgraph: definition.name, url: server.url, events: events.transport.kind });
  const stop = async () => {
    // Relay and NATS consumer first: nothing half-sent (an unmarked event is sent again at the next start).
    await events.close();
    await server.close();
    await subgraph.dispose();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Seeds each demo account this subgraph has no rows for yet (first start, or a wiped file). */
async function seedDemoAccounts<C extends BaseContext>(definition: SubgraphDefinition<C>, db: import('typeorm').DataSource): Promise<void> {
  const [mainEntity] = definition.entities as Function[];
  if (await db.getRepository(mainEntity!).count()) return;
  for (const fixture of DEMO_ACCOUNTS) await definition.seedAccount(db, fixture);
  log({ level: 'info', msg: 'seeded demo accounts', subgraph: definition.name, accounts: DEMO_ACCOUNTS.map((a) => a.key) });
}
