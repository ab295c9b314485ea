import type { DataSource, EntityManager } from 'typeorm';
import type { EventContract, EventEnvelope, EventPayload } from '../../../events/src';
import { isUniqueViolation } from '../database-errors';
import { eventTransaction } from './event-transaction';
import { outboxCommitted } from './outbox';
import { EventAggregate, InboxEvent, InboxState } from './event-tables';
import { errorText } from './event-transport';

/** A consumer's reaction to one event type: a small function named after the event, run in the inbox's transaction. */
export interface EventHandler {
  contract: EventContract<any>;
  handle(tx: EntityManager, event: EventEnvelope<any>): Promise<void>;
}

/** `on(extensionRemoved, async (tx, event) => ...)`: the payload is typed by the contract. */
export function on<Payload extends EventPayload>(
  contract: EventContract<Payload>,
  handle: (tx: EntityManager, event: EventEnvelope<Payload>) => Promise<void>,
): EventHandler {
  return { contract, handle };
}

/**
 * What became of a received event. Acknowledge (the sender stops): applied, duplicate, older,
 * parked, ignored. Retry later (the sender backs off): gap, failed, busy.
 */
export type ReceiveOutcome = 'applied' | 'duplicate' | 'older' | 'parked' | 'ignored' | 'gap' | 'failed' | 'busy';

export const isAcknowledged = (outcome: ReceiveOutcome) => ['applied', 'duplicate', 'older', 'parked', 'ignored'].includes(outcome);

/** Handler failures (gaps included) before an event is parked; `EVENT_MAX_ATTEMPTS`. */
export const DEFAULT_MAX_ATTEMPTS = 10;

class Concurrent extends Error {}
class Gap extends Error {}

/**
 * Applies events to this subgraph exactly once in effect: the event id goes into `inbox_events`
 * in the transaction of the handler's change, and `event_aggregates` keeps the last version
 * applied per aggregate (older or repeated: acknowledged, nothing changes; a gap: retried later).
 * A handler that keeps failing is parked after `maxAttempts`, with its error, for staff.
 */
export class EventInbox {
  private readonly handlers = new Map<string, EventHandler>();

  constructor(
    readonly db: DataSource,
    handlers: readonly EventHandler[],
    readonly maxAttempts = DEFAULT_MAX_ATTEMPTS,
  ) {
    for (const handler of handlers) {
      if (this.handlers.has(handler.contract.type)) throw new Error(`Two handlers for ${handler.contract.type}.`);
      this.handlers.set(handler.contract.type, handler);
    }
  }

  /** Event types this subgraph handles (the NATS consumer's subjects). */
  get types(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * Receives one event. `deliveryCount` is the transport's count when it keeps one (NATS), so a
   * redelivered poison event parks even if its failures could not be recorded.
   */
  async receive(envelope: EventEnvelope, deliveryCount = 0): Promise<{ outcome: ReceiveOutcome; error?: string }> {
    const handler = this.handlers.get(envelope.type);
    if (!handler) return { outcome: 'ignored' };
    try {
      const outcome = await this.apply(handler, envelope, false);
      // A handler that published (a consumer reacting with its own event): sent now, not at the next poll.
      if (outcome === 'applied') outboxCommitted(this.db);
      return { outcome };
    } catch (error) {
      if (error instanceof Concurrent || isUniqueViolation(error) || isDeadlock(error)) return { outcome: 'busy' };
      const parked = await this.recordFailure(envelope, errorText(error), deliveryCount);
      return { outcome: parked ? 'parked' : error instanceof Gap ? 'gap' : 'failed', error: errorText(error) };
    }
  }

  /**
   * Staff: applies a parked event now. Applied (or found obsolete): the row becomes APPLIED.
   * Failing again: it stays parked with the new error.
   */
  async retryParked(eventId: string): Promise<{ found: boolean; applied: boolean; error?: string }> {
    const row = await this.db.getRepository(InboxEvent).findOneBy({ eventId, state: InboxState.PARKED });
    if (!row) return { found: false, applied: false };
    const envelope = JSON.parse(row.envelope) as EventEnvelope;
    const handler = this.handlers.get(envelope.type);
    if (!handler) return { found: true, applied: false, error: `No handler for ${envelope.type}.` };
    try {
      const outcome = await this.apply(handler, envelope, true);
      if (outcome === 'older')
        await this.db.getRepository(InboxEvent).update({ eventId }, { state: InboxState.APPLIED, appliedAt: Date.now(), lastError: null });
      return { found: true, applied: true };
    } catch (error) {
      await this.recordFailure(envelope, errorText(error), 0, true);
      return { found: true, applied: false, error: errorText(error) };
    }
  }

  private apply(handler: EventHandler, envelope: EventEnvelope, retryingParked: boolean): Promise<ReceiveOutcome> {
    return eventTransaction(this.db, async (tx) => {
      const inbox = tx.getRepository(InboxEvent);
      const seen = await inbox.findOne({ where: { eventId: envelope.id }, lock: lockFor(this.db) });
      if (seen?.state === InboxState.APPLIED) return 'duplicate';
      if (seen?.state === InboxState.PARKED && !retryingParked) return 'parked';

      const aggregate = await tx.getRepository(EventAggregate).findOne({
        where: { aggregateType: envelope.aggregateType, aggregateId: envelope.aggregateId },
        lock: lockFor(this.db),
      });
      const known = aggregate?.version ?? 0;
      if (envelope.aggregateVersion <= known) return 'older';
      if (envelope.aggregateVersion > known + 1) throw new Gap(`Waiting for version ${known + 1} of ${envelope.aggregateType} ${envelope.aggregateId}.`);

      await handler.handle(tx, envelope);

      if (aggregate) {
        const moved = await tx
          .createQueryBuilder()
          .update(EventAggregate)
          .set({ version: envelope.aggregateVersion })
          .where({ aggregateType: envelope.aggregateType, aggregateId: envelope.aggregateId, version: known })
          .execute();
        if (moved.affected !== 1) throw new Concurrent();
      } else {
        await tx
          .getRepository(EventAggregate)
          .insert({ aggregateType: envelope.aggregateType, aggregateId: envelope.aggregateId, version: envelope.aggregateVersion });
      }
      const now = Date.now();
      if (seen) await inbox.update({ eventId: envelope.id }, { state: InboxState.APPLIED, appliedAt: now, lastError: null });
      else await inbox.insert({ ...rowOf(envelope, now), state: InboxState.APPLIED, appliedAt: now, attempts: 0 });
      return 'applied';
    });
  }

  /** Counts a failure in its own transaction (the handler's was rolled back); true when the event is now parked. */
  private recordFailure(envelope: EventEnvelope, error: string, deliveryCount: number, park = false): Promise<boolean> {
    return eventTransaction(this.db, async (tx) => {
      const inbox = tx.getRepository(InboxEvent);
      const seen = await inbox.findOne({ where: { eventId: envelope.id }, lock: lockFor(this.db) });
      if (seen?.state === InboxState.APPLIED) return false;
      const attempts = Math.max((seen?.attempts ?? 0) + 1, deliveryCount);
      const state = park || attempts >= this.maxAttempts ? InboxState.PARKED : InboxState.FAILED;
      if (seen) await inbox.update({ eventId: envelope.id }, { state, attempts, lastError: error });
      else await inbox.insert({ ...rowOf(envelope, Date.now()), state, attempts, lastError: error, appliedAt: null });
      return state === InboxState.PARKED;
    });
  }
}

function rowOf(envelope: EventEnvelope, now: number) {
  return {
    eventId: envelope.id,
    type: envelope.type,
    producer: envelope.producer,
    aggregateType: envelope.aggregateType,
    aggregateId: envelope.aggregateId,
    aggregateVersion: envelope.aggregateVersion,
    envelope: JSON.stringify(envelope),
    receivedAt: now,
  };
}

/** MySQL: lock the rows read, so two replicas applying events of one aggregate take turns. SQLite transactions already do. */
const lockFor = (db: DataSource) => (db.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const));

const isDeadlock = (error: unknown) => {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
};
