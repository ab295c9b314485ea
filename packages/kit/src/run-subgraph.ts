import { bool, cleanEnv, host, port, str } from 'envalid';
import { DEMO_ACCOUNTS } from './fixtures';
import { log } from './log';
import { openSubgraph, serveSubgraph, type BaseContext, type SubgraphDefinition } from './subgraph';

/** Reads a subgraph's configuration from the environment it is given (only `main.ts` passes it). */
export function subgraphConfig(env: NodeJS.ProcessEnv, definition: Pick<SubgraphDefinition, 'name' | 'defaultPort'>) {
  return cleanEnv(env, {
    PORT: port({ default: definition.defaultPort, desc: 'Port the subgraph listens on.' }),
    HOST: host({ default: '127.0.0.1', desc: 'Interface to bind; 0.0.0.0 in containers.' }),
    DATABASE_URL: str({
      default: `sqlite:data/${definition.name}.sqlite`,
      desc: 'sqlite:<file> (embedded default) or mysql://user:password@host:3306/database.',
    }),
    SEED_DEMO: bool({ default: true, desc: 'Seed the demo accounts when the database has none.' }),
    BENCH_STATS: bool({ default: false, desc: 'Serve GET /stats (SQL statement count) for `npm run bench`; never in production.' }),
  });
}

/** Opens, migrates, seeds and serves one subgraph until SIGTERM/SIGINT. */
export async function runSubgraph<C extends BaseContext>(definition: SubgraphDefinition<C>, env: NodeJS.ProcessEnv): Promise<void> {
  const config = subgraphConfig(env, definition);
  const subgraph = await openSubgraph(definition, { databaseUrl: config.DATABASE_URL });
  if (config.SEED_DEMO) await seedDemoAccounts(definition, subgraph.dataSource);
  const server = await serveSubgraph(subgraph, config.PORT, config.HOST, { exposeStatementCount: config.BENCH_STATS });
  log({ level: 'info', msg: 'subgraph listening', subgraph: definition.name, url: server.url });
  const stop = async () => {
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
