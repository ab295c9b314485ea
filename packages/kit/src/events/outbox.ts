import type { DataSource, EntityManager } from 'typeorm';
import type { EventContract, EventEnvelope, EventPayload } from '../../../events/src';
import { newId } from '../ids';
import { OutboxEvent } from './event-tables';

/** What a producer says about one change; the envelope's id, producer and time are filled in. */
export interface NewEvent<Payload extends EventPayload> {
  aggregateId: string;
  /** The aggregate's version after the change (1 for a creation). */
  aggregateVersion: number;
  accountId: string | null;
  payload: Payload;
}

/** Given to `runMutation`'s write step: writes an event into the outbox of the same transaction. */
export type Publish = <Payload extends EventPayload>(contract: EventContract<Payload>, event: NewEvent<Payload>) => Promise<EventEnvelope<Payload>>;

/**
 * Writes an event into `outbox_events` with `tx`, so it is committed (or rolled back) with the
 * change it describes. The relay sends it after the commit.
 */
export async function publishEvent<Payload extends EventPayload>(
  tx: EntityManager,
  contract: EventContract<Payload>,
  event: NewEvent<Payload>,
): Promise<EventEnvelope<Payload>> {
  const now = Date.now();
  const envelope: EventEnvelope<Payload> = {
    id: newId(),
    type: contract.type,
    producer: contract.producer,
    aggregateType: contract.aggregateType,
    aggregateId: event.aggregateId,
    aggregateVersion: event.aggregateVersion,
    accountId: event.accountId,
    payload: event.payload,
    occurredAt: new Date(now).toISOString(),
  };
  await tx.getRepository(OutboxEvent).insert({
    id: envelope.id,
    type: envelope.type,
    aggregateType: envelope.aggregateType,
    aggregateId: envelope.aggregateId,
    aggregateVersion: envelope.aggregateVersion,
    envelope: JSON.stringify(envelope),
    createdAt: now,
    availableAt: now,
    publishedAt: null,
    leaseUntil: null,
    leaseOwner: null,
    attempts: 0,
    lastError: null,
    deliveredTo: '',
  });
  return envelope;
}

/** The relay of each data source in this process, woken after a commit that wrote events. */
const wakers = new WeakMap<DataSource, () => void>();

export function onOutboxCommit(db: DataSource, wake: (() => void) | null): void {
  if (wake) wakers.set(db, wake);
  else wakers.delete(db);
}

/** Called after a transaction that published committed: the local relay sends at once instead of at its next poll. */
export function outboxCommitted(db: DataSource): void {
  wakers.get(db)?.();
}
