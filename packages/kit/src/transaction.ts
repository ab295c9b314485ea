import type { DataSource, EntityManager } from 'typeorm';

/** Tail of the queue of SQLite transactions of each data source. */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in one database transaction: committed if it returns, rolled back if it throws.
 *
 * TypeORM's SQLite drivers share a single connection and query runner, so two overlapping
 * `dataSource.transaction()` calls would nest (the second becomes a SAVEPOINT inside the first).
 * On SQLite, transactions therefore run one after another, which is what SQLite's single writer
 * does anyway. MySQL gives each transaction its own pooled connection.
 */
export function inTransaction<T>(db: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(work);
  const previous = sqliteQueues.get(db) ?? Promise.resolve();
  const run = previous.then(() => db.transaction(work));
  sqliteQueues.set(
    db,
    run.catch(() => undefined),
  );
  return run;
}

/** Thrown inside a savepoint to undo its writes while carrying the outcome out. */
class UndoSavepoint<T> extends Error {
  constructor(readonly outcome: T) {
    super('savepoint undone');
  }
}

/**
 * Runs `work` inside a savepoint of the current transaction and undoes its writes when `keep`
 * says no, returning the outcome either way. The transaction goes on (and can still record
 * something, such as an idempotency result).
 */
export async function inSavepoint<T>(tx: EntityManager, work: (tx: EntityManager) => Promise<T>, keep: (outcome: T) => boolean): Promise<T> {
  try {
    return await tx.transaction(async (inner) => {
      const outcome = await work(inner);
      if (!keep(outcome)) throw new UndoSavepoint(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof UndoSavepoint) return error.outcome as T;
    throw error;
  }
}
