import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, type Logger, type MixedList, type MigrationInterface, type QueryRunner } from 'typeorm';
import { sqlStatementStarted, SqlSpanSubscriber } from './sql-tracing';

/**
 * Counts the SQL statements a data source sends. The N+1 tests and the benchmark read it;
 * the count is per data source, so each subgraph has its own.
 */
export class StatementCounter implements Logger {
  count = 0;
  /** The statements themselves, kept only while `recording` is on (tests that explain a count). */
  recorded: string[] = [];
  recording = false;

  constructor(private readonly onError?: (entry: Record<string, unknown>) => void) {}

  logQuery(query: string, parameters?: unknown[], runner?: QueryRunner): void {
    if (background.getStore()) return;
    this.count += 1;
    if (runner) sqlStatementStarted(runner.connection.options.type, query, parameters);
    if (this.recording) this.recorded.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    this.onError?.({ level: 'error', msg: 'sql error', error: String(error), query });
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  reset(): void {
    this.count = 0;
    this.recorded = [];
  }
}

const background = new AsyncLocalStorage<true>();

/**
 * Runs work that is not part of any request (the event relay, the NATS consumer): its statements
 * are not counted, so the per-request counts of the N+1 tests and the benchmark stay exact.
 */
export function backgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

export type DatabaseDriver = 'sqlite' | 'mysql';

/** `sqlite:<path>` (the embedded default) or `mysql://user:password@host:port/database`. */
export function driverOf(url: string): DatabaseDriver {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) return 'mysql';
  throw new Error(`Unsupported database URL scheme: ${url.split(':')[0]}`);
}

export interface DataSourceSpec {
  url: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  counter?: StatementCounter;
}

/**
 * MySQL and MariaDB speak the same protocol, but TypeORM reads their catalogues differently
 * (MariaDB quotes column defaults), so the server is asked which one it is.
 */
async function mysqlFlavour(url: string): Promise<'mysql' | 'mariadb'> {
  const { createConnection } = await import('mysql2/promise');
  const connection = await createConnection(url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test((rows as { version: string }[])[0]!.version) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

export async function createDataSource({ url, entities, migrations, counter }: DataSourceSpec): Promise<DataSource> {
  const common = {
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logger: counter ?? new StatementCounter(),
    // Closes the SQL span the statement logger opened (sql-tracing.ts).
    subscribers: [SqlSpanSubscriber] as Function[],
  } as const;
  if (driverOf(url) === 'sqlite') {
    const database = url.slice('sqlite:'.length);
    if (database !== ':memory:') mkdirSync(dirname(resolve(database)), { recursive: true });
    return new DataSource({
      ...common,
      type: 'better-sqlite3',
      database,
      enableWAL: true,
      // Foreign keys are off by default in SQLite; MySQL enforces them, so both must.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    });
  }
  const mysqlUrl = url.replace(/^mariadb:/, 'mysql:');
  return new DataSource({
    ...common,
    type: await mysqlFlavour(mysqlUrl),
    url: mysqlUrl,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    poolSize: 10,
  });
}

/** Opens the data source and applies pending migrations; every subgraph start goes through here. */
export async function openDatabase(spec: DataSourceSpec): Promise<DataSource> {
  const dataSource = await createDataSource(spec);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** SQL statements the entities would need beyond the migrations: empty means no drift. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

type DriverSql = { up: string[]; down: string[] };

/**
 * One migration, written as the SQL each driver needs. `scripts/generate-migration.ts` produces
 * these from the entities, so the two dialects never drift from each other or from the code.
 */
export function dualMigration(name: string, sql: Record<DatabaseDriver, DriverSql>): new () => MigrationInterface {
  const pick = (runner: QueryRunner) => sql[runner.connection.driver.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql'];
  const migration = class implements MigrationInterface {
    name = name;
    async up(runner: QueryRunner): Promise<void> {
      for (const statement of pick(runner).up) await runner.query(statement);
    }
    async down(runner: QueryRunner): Promise<void> {
      for (const statement of pick(runner).down) await runner.query(statement);
    }
  };
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}
