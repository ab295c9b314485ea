import { bool, cleanEnv, host, num, port, str, url } from 'envalid';
import { InternalTokens } from './internal-token';
import { developmentSecret } from './secrets';
import { DEMO_ACCOUNTS } from './fixtures';
import { DEFAULT_SHUTDOWN_GRACE_MS, shutDown, stopOnSignals } from './lifecycle';
import { log } from './log';
import { DEFAULT_PEER_TIMEOUT_MS } from './peers';
import { openSubgraph, serveSubgraph, type BaseContext, type SubgraphDefinition } from './subgraph';

/** `BILLING_URL` for the peer "billing": the same variables the gateway reads. */
export const peerUrlVariable = (peer: string) => `${peer.toUpperCase()}_URL`;

/** Reads a subgraph's configuration from the environment it is given (only `main.ts` passes it). */
export function subgraphConfig(env: NodeJS.ProcessEnv, definition: Pick<SubgraphDefinition, 'name' | 'defaultPort' | 'peers' | 'publicRoutes'>) {
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
    BENCH_STATS: bool({ default: false, desc: 'Serve GET /stats (SQL statement count) for `npm run bench`; never in production.' }),
    ...shutdownVariables,
    LINK_SECRET: str({ default: '', desc: 'Key material of the signed links of public routes (32+ characters; one key per subgraph is derived from it).' }),
    DEV_LINK_SECRET_FILE: str({ default: 'data/dev-link-secret', desc: 'Where a development link secret is kept when LINK_SECRET is unset.' }),
  });
  if (base.NODE_ENV === 'production' && definition.publicRoutes && !base.LINK_SECRET) throw new Error('Production needs LINK_SECRET (this subgraph serves public routes).');
  return { ...base, peers: Object.fromEntries(peerDefaults.map(([peer]) => [peer, peerUrls[peerUrlVariable(peer)]!])) };
}

/** The shutdown settings, the same for the gateway and every subgraph (kit/lifecycle.ts). */
export const shutdownVariables = {
  SHUTDOWN_GRACE_MS: num({ default: DEFAULT_SHUTDOWN_GRACE_MS, desc: 'On SIGTERM, longest wait for requests in flight before their connections are cut.' }),
  SHUTDOWN_DELAY_MS: num({ default: 0, desc: 'On SIGTERM, time /ready answers 503 before the server stops accepting (for a load balancer to notice).' }),
};

/** The internal secret shared by the gateway and the subgraphs: configured, or a development one. */
export function internalSecret(config: { INTERNAL_JWT_SECRET: string; NODE_ENV: string; DEV_INTERNAL_SECRET_FILE: string }): string {
  if (config.INTERNAL_JWT_SECRET) return config.INTERNAL_JWT_SECRET;
  if (config.NODE_ENV === 'production') throw new Error('Production needs INTERNAL_JWT_SECRET.');
  return developmentSecret(config.DEV_INTERNAL_SECRET_FILE);
}

/** Opens, migrates, seeds and serves one subgraph until SIGTERM/SIGINT. */
export async function runSubgraph<C extends BaseContext>(definition: SubgraphDefinition<C>, env: NodeJS.ProcessEnv): Promise<void> {
  const config = subgraphConfig(env, definition);
  const subgraph = await openSubgraph(definition, {
    databaseUrl: config.DATABASE_URL,
    internalTokens: new InternalTokens(internalSecret(config)),
    peers: config.peers,
    peerTimeoutMs: config.PEER_TIMEOUT_MS,
    linkSecret: config.LINK_SECRET || developmentSecret(config.DEV_LINK_SECRET_FILE),
  });
  if (config.SEED_DEMO) await seedDemoAccounts(definition, subgraph.dataSource);
  const server = await serveSubgraph(subgraph, {
    port: config.PORT,
    host: config.HOST,
    exposeStatementCount: config.BENCH_STATS,
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
  });
  log({ level: 'info', msg: 'subgraph listening', subgraph: definition.name, url: server.url });
  // /ready 503, stop accepting, requests in flight finish (mutations commit), then the close
  // hooks: whatever registered on subgraph.lifecycle, then the database.
  stopOnSignals(() => shutDown({ lifecycle: subgraph.lifecycle, drainHttp: server.close, delayMs: config.SHUTDOWN_DELAY_MS, service: definition.name }));
}

/** Seeds each demo account this subgraph has no rows for yet (first start, or a wiped file). */
async function seedDemoAccounts<C extends BaseContext>(definition: SubgraphDefinition<C>, db: import('typeorm').DataSource): Promise<void> {
  const [mainEntity] = definition.entities as Function[];
  if (await db.getRepository(mainEntity!).count()) return;
  for (const fixture of DEMO_ACCOUNTS) await definition.seedAccount(db, fixture);
  log({ level: 'info', msg: 'seeded demo accounts', subgraph: definition.name, accounts: DEMO_ACCOUNTS.map((a) => a.key) });
}
