import type { EntityManager } from 'typeorm';
import { OutboxEvent } from './event-tables';

/**
 * The version of an aggregate's next event, for producers whose aggregate has no counter of its
 * own that moves exactly once per event (an identity's `version` also moves on edits that publish
 * nothing, and consumers wait on gaps). Outbox rows are kept, so the highest version written so
 * far is there; two transactions racing for the same number collide on the outbox's unique
 * (aggregate_type, aggregate_id, aggregate_version) index and one of them rolls back.
 */
export async function nextAggregateVersion(tx: EntityManager, aggregateType: string, aggregateId: string): Promise<number> {
  const row = await tx
    .getRepository(OutboxEvent)
    .createQueryBuilder('o')
    .select('MAX(o.aggregateVersion)', 'last')
    .where('o.aggregateType = :aggregateType AND o.aggregateId = :aggregateId', { aggregateType, aggregateId })
    .getRawOne<{ last: number | string | null }>();
  return Number(row?.last ?? 0) + 1;
}
