import { extensionChanged, extensionCreated, type EventEnvelope } from '../../packages/events/src';
import {
  createScratchDatabase,
  inTransaction,
  newId,
  openSubgraph,
  outboxCommitted,
  publishEvent,
  serveSubgraph,
  startEvents,
  type DatabaseDriver,
  type EventHandler,
  type Listening,
  type ReceiveOutcome,
  type RelaySettings,
  type RunningEvents,
  type Caller,
  type Subgraph,
  type SubgraphDefinition,
} from '../../packages/kit/src';
import { TestKeys } from './keys';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { EVENT_STREAM } from '../../packages/kit/src';
import { numbering } from '../../subgraphs/numbering/src/subgraph';
import { telephony } from '../../subgraphs/telephony/src/subgraph';

export type TransportKind = 'http' | 'nats';

export interface HarnessOptions {
  transport: TransportKind;
  /** Required for NATS: the test's own server. */
  natsUrl?: string;
  driver: DatabaseDriver;
  mysqlUrl?: string;
  maxAttempts?: number;
  /** Replaces numbering's handlers (a handler that throws, for the poison tests). */
  numberingHandlers?: EventHandler[];
  relay?: Partial<RelaySettings>;
  /** A random wait of up to this long before numbering looks at each arrival: a slow consumer, so reorderings would show. */
  consumerJitterMs?: number;
}

export interface Received {
  id: string;
  aggregateId: string;
  version: number;
  outcome: ReceiveOutcome;
  at: number;
}

/** What one burst of extension events is: `aggregates` extensions with versions 1..`versions` each. */
export interface Burst {
  aggregates: string[];
  versions: number;
  ids: string[];
}

const ACCOUNT = '00000000-0000-4000-8000-00000000e7e7';
/** Quick retries, so a test waits for seconds, not minutes. */
export const TEST_RELAY: Partial<RelaySettings> = { pollMs: 200, leaseMs: 5000, backoff: { baseMs: 50, maxMs: 500 } };

/**
 * Telephony (the producer) and numbering (the consumer) with their real definitions, tables,
 * handlers and transports, each on its own scratch database; numbering served over HTTP on
 * port 0. Parts can be stopped and started again to play the faults.
 */
export class EventHarness {
  readonly received: Received[] = [];
  /** Every arrival, in the order numbering got them (before the inbox decided anything). */
  readonly arrivals: { aggregateId: string; version: number }[] = [];
  numberingServer: Listening | null = null;
  numberingEvents: RunningEvents | null = null;
  telephonyEvents: RunningEvents | null = null;

  private constructor(
    readonly options: HarnessOptions,
    /** The run's key pairs (caller and service credentials, child processes' environment). */
    readonly keys: TestKeys,
    readonly telephony: Subgraph<any>,
    readonly numbering: Subgraph<any>,
    private readonly drops: (() => Promise<void>)[],
    readonly telephonyDatabaseUrl: string,
    /** Shared with telephony's HTTP transport: a restarted numbering updates it. */
    readonly peerUrls: Record<string, string>,
  ) {
    // Observes (does not change) what the inbox made of each arrival.
    const inbox = numbering.inbox;
    const receive = inbox.receive.bind(inbox);
    inbox.receive = async (envelope: EventEnvelope, deliveryCount?: number) => {
      if (options.consumerJitterMs) await new Promise((r) => setTimeout(r, Math.random() * options.consumerJitterMs!));
      this.arrivals.push({ aggregateId: envelope.aggregateId, version: envelope.aggregateVersion });
      const result = await receive(envelope, deliveryCount);
      this.received.push({ id: envelope.id, aggregateId: envelope.aggregateId, version: envelope.aggregateVersion, outcome: result.outcome, at: Date.now() });
      return result;
    };
  }

  static async start(options: HarnessOptions): Promise<EventHarness> {
    const keys = new TestKeys();
    const peerUrls: Record<string, string> = {};
    const open = async (definition: SubgraphDefinition<any>) => {
      const scratch = await createScratchDatabase(options.driver, `ev_${definition.name}`, options.mysqlUrl);
      const subgraph = await openSubgraph(definition, {
        databaseUrl: scratch.url,
        credentials: keys.credentialsFor(definition),
        peers: peerUrls,
        eventMaxAttempts: options.maxAttempts,
      });
      return { subgraph, scratch };
    };
    const numberingDefinition = options.numberingHandlers ? { ...numbering, events: { handlers: options.numberingHandlers } } : numbering;
    const [t, n] = await Promise.all([open(telephony), open(numberingDefinition)]);
    return new EventHarness(options, keys, t.subgraph, n.subgraph, [t.scratch.drop, n.scratch.drop], t.scratch.url, peerUrls);
  }

  /** A caller credential for numbering, as the gateway would sign it. */
  numberingCredential(caller: Caller): Promise<string> {
    return this.keys.callerCredential(caller, ['numbering']);
  }

  get eventsConfig() {
    return {
      eventsUrl: this.options.transport === 'nats' ? this.options.natsUrl! : null,
      relay: { ...TEST_RELAY, ...this.options.relay },
      nats: { backoff: { baseMs: 50, maxMs: 500 }, ackWaitMs: 5000 },
    };
  }

  /** Numbering up: its HTTP server (the /events endpoint) and, on NATS, its durable consumer. */
  async startNumbering(): Promise<void> {
    this.numberingServer = await serveSubgraph(this.numbering, { port: 0 });
    this.peerUrls.numbering = this.numberingServer.url;
    this.numberingEvents = await startEvents(this.numbering, this.eventsConfig);
  }

  async stopNumbering(): Promise<void> {
    await this.numberingEvents?.close();
    await this.numberingServer?.close();
    this.numberingEvents = null;
    this.numberingServer = null;
  }

  async startTelephonyRelay(): Promise<void> {
    this.telephonyEvents = await startEvents(this.telephony, this.eventsConfig);
  }

  async stopTelephonyRelay(): Promise<void> {
    await this.telephonyEvents?.close();
    this.telephonyEvents = null;
  }

  /**
   * Commits extension events as telephony's mutations would (outbox, same transaction as the
   * change): `aggregates` new extensions, versions 1..`versions`, `perTransaction` events a commit.
   */
  async publishBurst(count: { aggregates: number; versions: number }, into: Subgraph<any> = this.telephony): Promise<Burst> {
    const aggregates = Array.from({ length: count.aggregates }, () => newId());
    const ids: string[] = [];
    for (let version = 1; version <= count.versions; version++) {
      for (const [i, aggregateId] of aggregates.entries()) {
        await inTransaction(into.dataSource, async (tx) => {
          const contract = version === 1 ? extensionCreated : extensionChanged;
          const event = await publishEvent(tx, contract, {
            aggregateId,
            aggregateVersion: version,
            accountId: ACCOUNT,
            payload: { extensionId: aggregateId, number: String(100 + ((i + version) % 900)), state: 'ACTIVE' },
          });
          ids.push(event.id);
        });
        outboxCommitted(into.dataSource);
      }
    }
    return { aggregates, versions: count.versions, ids };
  }

  /** The versions numbering applied, per aggregate, in the order it applied them. */
  appliedOrder(): Map<string, number[]> {
    const order = new Map<string, number[]>();
    for (const r of this.received.filter((r) => r.outcome === 'applied')) order.set(r.aggregateId, [...(order.get(r.aggregateId) ?? []), r.version]);
    return order;
  }

  /** Rows numbering committed in its inbox, by state. */
  async inboxStates(): Promise<Record<string, number>> {
    const rows: { state: string; n: number | string }[] = await this.numbering.dataSource.query('SELECT state, COUNT(*) AS n FROM inbox_events GROUP BY state');
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  }

  async waitFor(what: string, predicate: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await predicate())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * Waits until numbering applied every event of `ids`: committed in its inbox and reported by
   * the inbox (the report comes just after the commit, so both are awaited).
   */
  async waitUntilApplied(ids: string[], timeoutMs = 60_000): Promise<void> {
    const wanted = new Set(ids);
    await this.waitFor(
      `${ids.length} events applied`,
      async () => {
        const reported = new Set(this.received.filter((r) => r.outcome === 'applied' && wanted.has(r.id)).map((r) => r.id));
        if (reported.size < wanted.size) return false;
        const [row] = await this.numbering.dataSource.query("SELECT COUNT(*) AS n FROM inbox_events WHERE state = 'APPLIED'");
        return Number(row.n) >= ids.length;
      },
      timeoutMs,
    );
  }

  async unpublished(): Promise<number> {
    const [row] = await this.telephony.dataSource.query('SELECT COUNT(*) AS n FROM outbox_events WHERE published_at IS NULL');
    return Number(row.n);
  }

  async close(): Promise<void> {
    await this.stopTelephonyRelay();
    await this.stopNumbering();
    await this.telephony.dispose();
    await this.numbering.dispose();
    for (const drop of this.drops) await drop();
  }
}

/** Versions per aggregate in the order given, first occurrence of each only (redeliveries dropped). */
export function firstOccurrences(items: { aggregateId: string; version: number }[]): Map<string, number[]> {
  const order = new Map<string, number[]>();
  for (const { aggregateId, version } of items) {
    const seen = order.get(aggregateId) ?? [];
    if (!seen.includes(version)) order.set(aggregateId, [...seen, version]);
  }
  return order;
}

/** The events in the NATS stream, in stream order (what the producers' relays published). */
export async function streamContents(natsUrl: string): Promise<{ aggregateId: string; version: number }[]> {
  const nc = await connect({ servers: natsUrl.replace('nats://', '') });
  try {
    const js = jetstream(nc);
    const consumer = await js.consumers.get(EVENT_STREAM);
    const out: { aggregateId: string; version: number }[] = [];
    for (;;) {
      const message = await consumer.next({ expires: 1000 });
      if (!message) return out;
      const envelope = message.json<EventEnvelope>();
      out.push({ aggregateId: envelope.aggregateId, version: envelope.aggregateVersion });
    }
  } finally {
    await nc.drain();
  }
}

/**
 * Every aggregate of `burst` was applied exactly once per version, in version order: the
 * assertion each fault test ends with.
 */
export function expectAppliedOnceInOrder(harness: EventHarness, burst: Burst): void {
  const order = harness.appliedOrder();
  const expected = Array.from({ length: burst.versions }, (_, i) => i + 1);
  const wrong = burst.aggregates.filter((a) => JSON.stringify(order.get(a) ?? []) !== JSON.stringify(expected));
  if (wrong.length)
    throw new Error(
      `not applied once in order: ${wrong
        .slice(0, 3)
        .map((a) => `${a}: ${JSON.stringify(order.get(a))}`)
        .join('; ')}`,
    );
  const appliedIds = harness.received.filter((r) => r.outcome === 'applied').map((r) => r.id);
  if (new Set(appliedIds).size !== appliedIds.length) throw new Error('an event was applied twice');
}
