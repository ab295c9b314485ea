import { createDataSource, openDatabase, pendingSchemaChanges } from '../packages/kit/src';
import { SUBGRAPHS } from '../subgraphs/registry';
import { scratchDatabase, testDriver } from './support/database';

/** Migrations build, on an empty database of this run's driver, exactly what the entities describe. */
describe.each(SUBGRAPHS.map((s) => [s.name, s] as const))(`%s migrations on ${testDriver}`, (name, definition) => {
  it('leave zero drift between entities and tables, and undo cleanly', async () => {
    const scratch = await scratchDatabase(`mig_${name}`);
    try {
      const db = await openDatabase({ url: scratch.url, entities: definition.entities, migrations: definition.migrations });
      expect(await pendingSchemaChanges(db)).toEqual([]);
      for (let i = 0; i < (definition.migrations as unknown[]).length; i++) await db.undoLastMigration();
      const runner = db.createQueryRunner();
      const left = [];
      for (const { tableName } of db.entityMetadatas) if (await runner.hasTable(tableName)) left.push(tableName);
      await runner.release();
      expect(left).toEqual([]);
      await db.runMigrations();
      expect(await pendingSchemaChanges(db)).toEqual([]);
      await db.destroy();
    } finally {
      await scratch.drop();
    }
  });

  it('never synchronize outside throwaway tests', async () => {
    const db = await createDataSource({ url: 'sqlite::memory:', entities: definition.entities, migrations: definition.migrations });
    expect(db.options.synchronize).toBe(false);
  });
});
