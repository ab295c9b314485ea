import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../transaction';

/**
 * A transaction of the event machinery (relay claims and marks, inbox applies). On MySQL it runs
 * at READ COMMITTED: InnoDB then locks only the rows it claims, not the gaps of the index it
 * scans, so a relay claiming the oldest events never blocks (or deadlocks with) a mutation
 * inserting new ones into the outbox. SQLite transactions are serial anyway.
 */
export function eventTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return db.options.type === 'better-sqlite3' ? inTransaction(db, work) : db.transaction('READ COMMITTED', work);
}
