import { createScratchDatabase, type DatabaseDriver } from '../../packages/kit/src';

/** The driver of this run: SQLite by default, MySQL/MariaDB with DB=mysql. */
export const testDriver: DatabaseDriver = process.env.DB === 'mysql' ? 'mysql' : 'sqlite';

export const mysqlServerUrl = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/** An empty database of this run's driver, dropped by the returned function. */
export const scratchDatabase = (label: string) => createScratchDatabase(testDriver, label, mysqlServerUrl);
