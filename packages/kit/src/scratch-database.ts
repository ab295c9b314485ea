import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DatabaseDriver } from './database';

/** A throwaway database: one per test file and subgraph, or for generating a migration. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database of the driver asked for. `serverUrl` is the MySQL server
 * (mysql://user:password@host:port), unused for SQLite.
 */
export async function createScratchDatabase(driver: DatabaseDriver, label: string, serverUrl = 'mysql://root@127.0.0.1:3306'): Promise<ScratchDatabase> {
  if (driver === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `${label}-`));
    return { url: `sqlite:${join(dir, `${label}.sqlite`)}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `scratch_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection(serverUrl);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return {
    url: `${serverUrl.replace(/\/$/, '')}/${name}`,
    drop: async () => {
      const conn = await createConnection(serverUrl);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
