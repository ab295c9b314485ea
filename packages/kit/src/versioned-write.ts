import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Rows with optimistic concurrency: `version` starts at 1 and grows by one on every change. */
export interface Versioned {
  id: string;
  version: number;
}

export interface VersionedTarget<E> {
  id: string;
  /** The version the client read; the write happens only if the row still has it. */
  expectedVersion: number;
  /** Further conditions, such as the account the caller may act on. */
  where?: FindOptionsWhere<E>;
}

export type VersionedWriteResult = 'done' | 'version-conflict' | 'not-found';

/** After a conditional write changed nothing: was the row changed by someone else, or gone? */
async function whyNothingChanged<E extends ObjectLiteral & Versioned>(
  tx: EntityManager,
  entity: EntityTarget<E>,
  target: VersionedTarget<E>,
): Promise<VersionedWriteResult> {
  const exists = await tx.getRepository(entity).existsBy({ ...target.where, id: target.id } as FindOptionsWhere<E>);
  return exists ? 'version-conflict' : 'not-found';
}

/**
 * `UPDATE ... SET ..., version = version + 1 WHERE id = ? AND version = ?`, then exactly one row
 * must have changed. TypeORM's @VersionColumn with save() reads then writes, which loses updates
 * under concurrency; this single conditional statement does not.
 */
export async function updateVersioned<E extends ObjectLiteral & Versioned>(
  tx: EntityManager,
  entity: EntityTarget<E>,
  target: VersionedTarget<E>,
  changes: QueryDeepPartialEntity<E>,
): Promise<VersionedWriteResult> {
  const version = tx.connection.driver.escape('version');
  const result = await tx
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => `${version} + 1` } as QueryDeepPartialEntity<E>)
    .where({ ...target.where, id: target.id, version: target.expectedVersion })
    .execute();
  return result.affected === 1 ? 'done' : whyNothingChanged(tx, entity, target);
}

/** `DELETE ... WHERE id = ? AND version = ?` (version only when given), one row or a reason. */
export async function deleteVersioned<E extends ObjectLiteral & Versioned>(
  tx: EntityManager,
  entity: EntityTarget<E>,
  target: Omit<VersionedTarget<E>, 'expectedVersion'> & { expectedVersion?: number | null },
): Promise<VersionedWriteResult> {
  const where = { ...target.where, id: target.id, ...(target.expectedVersion != null ? { version: target.expectedVersion } : {}) };
  const result = await tx.createQueryBuilder().delete().from(entity).where(where).execute();
  if (result.affected === 1) return 'done';
  return whyNothingChanged(tx, entity, { ...target, expectedVersion: target.expectedVersion ?? 0 });
}
