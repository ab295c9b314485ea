import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { EventEnvelope } from '../../../events/src';
import { backgroundWork } from '../database';
import { log } from '../log';
import { eventTransaction } from './event-transaction';
import { backoffMs, DEFAULT_BACKOFF, type BackoffSettings } from './backoff';
import { OutboxEvent } from './event-tables';
import type { EventTransport, SendResult } from './event-transport';
import { onOutboxCommit } from './outbox';

export interface RelaySettings {
  /** Events claimed at once (each the oldest unpublished event of its aggregate). */
  batchSize: number;
  /** How often the outbox is looked at when nothing woke the relay (other replicas' events, retries). */
  pollMs: number;
  /** How long a claim holds; a relay that died lets its events go when it ends. */
  leaseMs: number;
  /**
   * Claim loops in this process. Each waits for its whole batch before claiming again, so a few
   * loops keep the transport busy while one waits for a slow subscriber (they skip each other's
   * leases like replicas do).
   */
  loops: number;
  backoff: BackoffSettings;
}

export const DEFAULT_RELAY_SETTINGS: RelaySettings = { batchSize: 50, pollMs: 1000, leaseMs: 30_000, loops: 4, backoff: DEFAULT_BACKOFF };

/**
 * Sends a subgraph's outbox through a transport, in order per aggregate. It only ever claims the
 * oldest unpublished event of each aggregate, so the next one cannot be claimed, by this relay or
 * another replica's, before the previous one is published. Claims are leases (`lease_until`):
 * taken with `SELECT ... FOR UPDATE SKIP LOCKED` on MySQL (replicas skip each other's rows), with
 * one atomic UPDATE on SQLite. An event is marked published only after the transport said it is
 * safe, so a crash between commit and publish (or during it) only delays it: sent again, at least once.
 */
export class EventRelay {
  private readonly owner = randomUUID();
  private claims = 0;
  private running = false;
  private readonly wakers = new Set<() => void>();
  private woken = false;
  private loop: Promise<void> | null = null;
  /** Events this relay has sent (each claim's sends, whatever their outcome). */
  sent = 0;

  constructor(
    private readonly db: DataSource,
    private readonly transport: EventTransport,
    private readonly settings: RelaySettings = DEFAULT_RELAY_SETTINGS,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    onOutboxCommit(this.db, () => this.nudge());
    this.loop = backgroundWork(() => Promise.all(Array.from({ length: Math.max(1, this.settings.loops) }, () => this.run())).then(() => undefined));
  }

  /** Stops claiming; waits for the batch in flight (its events are marked, or their leases lapse). */
  async close(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    onOutboxCommit(this.db, null);
    this.nudge();
    await this.loop;
  }

  private nudge(): void {
    this.woken = true;
    for (const wake of this.wakers) wake();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sent = 0;
      try {
        sent = await this.relayOnce();
      } catch (error) {
        // A database that is briefly unavailable, or SQLite busy: try again at the next poll.
        log({ level: 'warn', msg: 'event relay failed', error: String(error) });
      }
      if (sent > 0 || !this.running) continue;
      if (this.woken) {
        this.woken = false;
        continue;
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.wakers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, this.settings.pollMs);
        this.wakers.add(wake);
      });
      this.woken = false;
    }
  }

  /** Claims a batch, sends each event (different aggregates, so in parallel), records the results. Returns how many were claimed. */
  async relayOnce(): Promise<number> {
    // Each claim has its own token, so two loops (or replicas) never take each other's events.
    const token = `${this.owner}:${++this.claims}`;
    const claimed = await this.claim(token);
    if (!claimed.length) return 0;
    const results = await Promise.all(
      claimed.map(async (row) => {
        const envelope = JSON.parse(row.envelope) as EventEnvelope;
        const result = await this.transport.send({ envelope, json: row.envelope, deliveredTo: row.deliveredTo ? row.deliveredTo.split(',') : [] });
        return { row, result };
      }),
    );
    await this.record(token, results);
    this.sent += claimed.length;
    return claimed.length;
  }

  private async claim(token: string): Promise<OutboxEvent[]> {
    const now = Date.now();
    const leaseUntil = now + this.settings.leaseMs;
    const candidates = `
      SELECT e.id FROM outbox_events e
      WHERE e.published_at IS NULL AND e.available_at <= ? AND (e.lease_until IS NULL OR e.lease_until < ?)
        AND NOT EXISTS (
          SELECT 1 FROM outbox_events p
          WHERE p.aggregate_type = e.aggregate_type AND p.aggregate_id = e.aggregate_id
            AND p.published_at IS NULL AND p.aggregate_version < e.aggregate_version)
      ORDER BY e.created_at, e.id LIMIT ${Number(this.settings.batchSize)}`;
    return eventTransaction(this.db, async (tx: EntityManager) => {
      if (this.db.options.type === 'better-sqlite3') {
        // One statement: atomic against another process relaying from the same file.
        await tx.query(`UPDATE outbox_events SET lease_owner = ?, lease_until = ? WHERE id IN (${candidates})`, [token, leaseUntil, now, now]);
      } else {
        const rows: { id: string }[] = await tx.query(`${candidates} FOR UPDATE SKIP LOCKED`, [now, now]);
        if (!rows.length) return [];
        await tx.query(`UPDATE outbox_events SET lease_owner = ?, lease_until = ? WHERE id IN (${rows.map(() => '?').join(',')})`, [
          token,
          leaseUntil,
          ...rows.map((r) => r.id),
        ]);
      }
      return tx.getRepository(OutboxEvent).find({ where: { leaseOwner: token, publishedAt: IsNull() }, order: { createdAt: 'ASC' } });
    });
  }

  private async record(token: string, results: { row: OutboxEvent; result: SendResult }[]): Promise<void> {
    const now = Date.now();
    await eventTransaction(this.db, async (tx) => {
      const done = results.filter((r) => r.result.done);
      if (done.length) {
        // Only while still ours: if the lease lapsed, another relay owns (and will publish) it.
        await tx.query(
          `UPDATE outbox_events SET published_at = ?, lease_owner = NULL, lease_until = NULL, last_error = NULL WHERE lease_owner = ? AND id IN (${done.map(() => '?').join(',')})`,
          [now, token, ...done.map((r) => r.row.id)],
        );
        for (const { row, result } of done) {
          if (result.deliveredTo.join(',') !== row.deliveredTo)
            await tx.query('UPDATE outbox_events SET delivered_to = ? WHERE id = ?', [result.deliveredTo.join(','), row.id]);
        }
      }
      for (const { row, result } of results.filter((r) => !r.result.done)) {
        const attempts = row.attempts + 1;
        await tx.query(
          'UPDATE outbox_events SET attempts = ?, available_at = ?, last_error = ?, delivered_to = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?',
          [
            attempts,
            now + backoffMs(attempts, this.settings.backoff),
            (result.error ?? 'not delivered').slice(0, 1000),
            result.deliveredTo.join(','),
            row.id,
            token,
          ],
        );
      }
    });
  }
}

/** For staff: how far behind this subgraph's relay is. */
export async function relayLag(db: DataSource): Promise<{ pending: number; retrying: number; oldestPendingAt: number | null }> {
  const [row] = await db.query(
    'SELECT COUNT(*) AS pending, SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END) AS retrying, MIN(created_at) AS oldest FROM outbox_events WHERE published_at IS NULL',
  );
  return {
    pending: Number(row?.pending ?? 0),
    retrying: Number(row?.retrying ?? 0),
    oldestPendingAt: row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest),
  };
}
