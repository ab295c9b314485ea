import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createScratchDatabase, openSubgraph, type AccountFixture, type DatabaseDriver } from '../packages/kit/src';
import { SUBGRAPHS, type SubgraphName } from '../subgraphs/registry';

export interface BenchDatabases {
  urls: Record<SubgraphName, string>;
  drop(): Promise<void>;
}

/**
 * One scratch database per subgraph, migrated and seeded with every fixture (one account per
 * size), before any server starts: the subgraphs then find their migrations applied.
 * SQLite files go in `sqliteDir` (git-ignored); MySQL databases come from `createScratchDatabase`.
 */
export async function prepareDatabases(options: {
  driver: DatabaseDriver;
  mysqlUrl: string;
  sqliteDir: string;
  fixtures: AccountFixture[];
}): Promise<BenchDatabases> {
  const drops: (() => Promise<void>)[] = [];
  const urls = {} as Record<SubgraphName, string>;
  if (options.driver === 'sqlite') {
    rmSync(options.sqliteDir, { recursive: true, force: true });
    mkdirSync(options.sqliteDir, { recursive: true });
    drops.push(async () => rmSync(options.sqliteDir, { recursive: true, force: true }));
  }
  const drop = async () => {
    for (const d of drops) await d();
  };
  try {
    for (const definition of SUBGRAPHS) {
      let url: string;
      if (options.driver === 'sqlite') {
        url = `sqlite:${join(options.sqliteDir, `${definition.name}.sqlite`)}`;
      } else {
        const scratch = await createScratchDatabase('mysql', `bench_${definition.name}`, options.mysqlUrl);
        drops.unshift(scratch.drop);
        url = scratch.url;
      }
      urls[definition.name] = url;
      const subgraph = await openSubgraph(definition as never, { databaseUrl: url });
      try {
        for (const fixture of options.fixtures) await definition.seedAccount(subgraph.dataSource, fixture);
      } finally {
        await subgraph.dispose();
      }
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { urls, drop };
}
