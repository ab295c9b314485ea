import { Column, Entity, Index, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** Epoch milliseconds: compared in SQL the same way on SQLite and MySQL (MySQL's driver reads bigint as text). */
const epochMs: ValueTransformer = { to: (value: number | null) => value, from: (value: string | number | null) => (value === null ? null : Number(value)) };

/**
 * The producer's side: events written in the same transaction as the change they describe, then
 * relayed. An aggregate's events are relayed one at a time in version order (the unique index
 * also refuses two events claiming the same version).
 */
@Entity({ name: 'outbox_events' })
@Index('uq_outbox_events_aggregate_version', ['aggregateType', 'aggregateId', 'aggregateVersion'], { unique: true })
@Index('ix_outbox_events_pending', ['publishedAt', 'createdAt'])
export class OutboxEvent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ name: 'aggregate_type', type: 'varchar', length: 64 })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'varchar', length: 36 })
  aggregateId!: string;

  @Column({ name: 'aggregate_version', type: 'int' })
  aggregateVersion!: number;

  /** The whole envelope as JSON, exactly what is sent. */
  @Column({ type: 'text' })
  envelope!: string;

  @Column({ name: 'created_at', type: 'bigint', transformer: epochMs })
  createdAt!: number;

  /** Null until every subscriber (HTTP) or the broker (NATS) acknowledged it. */
  @Column({ name: 'published_at', type: 'bigint', nullable: true, transformer: epochMs })
  publishedAt!: number | null;

  /** Not retried before this time (backoff after a failed delivery). */
  @Column({ name: 'available_at', type: 'bigint', transformer: epochMs })
  availableAt!: number;

  /** A relay holds the event until then; a relay that died lets it go when the lease ends. */
  @Column({ name: 'lease_until', type: 'bigint', nullable: true, transformer: epochMs })
  leaseUntil!: number | null;

  @Column({ name: 'lease_owner', type: 'varchar', length: 64, nullable: true })
  leaseOwner!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** HTTP transport: subscribers that acknowledged it, comma-separated (delivery state per subscriber). */
  @Column({ name: 'delivered_to', type: 'varchar', length: 255, default: '' })
  deliveredTo!: string;
}

export enum InboxState {
  APPLIED = 'APPLIED',
  FAILED = 'FAILED',
  PARKED = 'PARKED',
}

/**
 * The consumer's side: one row per event received. APPLIED is written in the same transaction as
 * the handler's change, so an event's effect happens once however often it arrives. FAILED counts
 * the handler's failures; PARKED keeps a poison event and its error for staff.
 */
@Entity({ name: 'inbox_events' })
@Index('ix_inbox_events_state_received', ['state', 'receivedAt'])
export class InboxEvent {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId!: string;

  @Column({ type: 'varchar', length: 100 })
  type!: string;

  @Column({ type: 'varchar', length: 32 })
  producer!: string;

  @Column({ name: 'aggregate_type', type: 'varchar', length: 64 })
  aggregateType!: string;

  @Column({ name: 'aggregate_id', type: 'varchar', length: 36 })
  aggregateId!: string;

  @Column({ name: 'aggregate_version', type: 'int' })
  aggregateVersion!: number;

  @Column({ type: 'varchar', length: 16 })
  state!: InboxState;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'text' })
  envelope!: string;

  @Column({ name: 'received_at', type: 'bigint', transformer: epochMs })
  receivedAt!: number;

  @Column({ name: 'applied_at', type: 'bigint', nullable: true, transformer: epochMs })
  appliedAt!: number | null;
}

/** The last version of each aggregate a consumer applied: older events are skipped, gaps wait. */
@Entity({ name: 'event_aggregates' })
export class EventAggregate {
  @PrimaryColumn({ name: 'aggregate_type', type: 'varchar', length: 64 })
  aggregateType!: string;

  @PrimaryColumn({ name: 'aggregate_id', type: 'varchar', length: 36 })
  aggregateId!: string;

  @Column({ type: 'int' })
  version!: number;
}

/** Listed in every subgraph's entities; their tables come from the kit's migration (event-tables.migration.ts). */
export const EVENT_ENTITIES = [OutboxEvent, InboxEvent, EventAggregate];
