import type { EventEnvelope } from '../../packages/events/src';
import { HttpEventTransport, on, type EventHandler } from '../../packages/kit/src';
import { startChild } from './support/child';
import { EXTENSION_STATE_HANDLERS } from '../../subgraphs/numbering/src/extension-state/extension-state.handlers';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { mysqlServerUrl, testDriver } from '../support/database';
import { EventHarness, expectAppliedOnceInOrder, type Burst, firstOccurrences, streamContents, type TransportKind } from '../support/event-harness';
import { NatsServer } from '../support/nats-server';

/** Numbering's real handlers, except that the first attempt of every event fails (a slow, flaky consumer). */
function failingOnce(handlers: EventHandler[]): EventHandler[] {
  const seen = new Set<string>();
  return handlers.map((handler) =>
    on(handler.contract, async (tx, event) => {
      if (!seen.has(event.id)) {
        seen.add(event.id);
        throw new Error('first attempt fails');
      }
      await handler.handle(tx, event);
    }),
  );
}

/**
 * The delivery faults of issue 11, on both transports and this run's database (SQLite, or
 * MariaDB with DB=mysql): telephony's real outbox and relay, numbering's real inbox and handlers.
 */
describe.each<TransportKind>(['http', 'nats'])('events over %s', (transport) => {
  let nats: NatsServer | null = null;
  let harness: EventHarness;

  beforeEach(async () => {
    if (transport === 'nats') nats = await NatsServer.start();
    harness = await EventHarness.start({ transport, natsUrl: nats?.url, driver: testDriver, mysqlUrl: mysqlServerUrl });
  });
  afterEach(async () => {
    await harness?.close();
    await nats?.dispose();
    nats = null;
  });

  it('subscriber down while events are produced; restarted: every event applied once, in order', async () => {
    await harness.startNumbering();
    await harness.startTelephonyRelay();
    const first = await harness.publishBurst({ aggregates: 3, versions: 2 });
    await harness.waitUntilApplied(first.ids);

    await harness.stopNumbering();
    const second = await harness.publishBurst({ aggregates: 5, versions: 4 });
    // Nothing can arrive while numbering is down; the relay keeps them (HTTP) or the stream does (NATS).
    await new Promise((r) => setTimeout(r, 1000));
    expect(harness.received.filter((r) => second.ids.includes(r.id))).toEqual([]);

    await harness.startNumbering();
    await harness.waitUntilApplied([...first.ids, ...second.ids]);
    expectAppliedOnceInOrder(harness, second);
    expect(await harness.inboxStates()).toEqual({ APPLIED: first.ids.length + second.ids.length });
    await harness.waitFor('outbox drained', async () => (await harness.unpublished()) === 0);
  });

  it('forced redelivery of the same event: applied once', async () => {
    await harness.startNumbering();
    await harness.startTelephonyRelay();
    const burst = await harness.publishBurst({ aggregates: 2, versions: 3 });
    await harness.waitUntilApplied(burst.ids);
    const stateBefore = await harness.numbering.dataSource.query('SELECT * FROM extension_states ORDER BY extension_id');

    // 1. The producer forgets it published them (as after a crash before marking): the relay sends them all again.
    await harness.telephony.dataSource.query('UPDATE outbox_events SET published_at = NULL, delivered_to = ?', ['']);
    await harness.waitFor('outbox re-sent', async () => (await harness.unpublished()) === 0);
    // 2. The same envelope sent straight to the consumer again, past NATS's own de-duplication.
    const [row] = await harness.telephony.dataSource.query('SELECT envelope FROM outbox_events ORDER BY created_at LIMIT 1');
    const envelope = JSON.parse(row.envelope) as EventEnvelope;
    if (transport === 'http') {
      const http = new HttpEventTransport({
        publishes: harness.telephony.definition.events!.publishes!,
        peerUrls: harness.peerUrls,
        credentials: harness.telephony.credentials.service,
        timeoutMs: 5000,
      });
      expect((await http.send({ envelope, json: row.envelope, deliveredTo: [] })).done).toBe(true);
    } else {
      const nc = await connect({ servers: nats!.url.replace('nats://', '') });
      await jetstream(nc).publish(`events.${envelope.type}`, row.envelope, { msgID: `${envelope.id}-forced` });
      await nc.drain();
    }
    // HTTP: the relay's copy and the forced one; NATS: the server dropped the relay's copy (same msgID), the forced one arrives.
    const copies = transport === 'http' ? 2 : 1;
    await harness.waitFor('the copies arrived', () => harness.received.filter((r) => r.id === envelope.id && r.outcome === 'duplicate').length >= copies);

    expectAppliedOnceInOrder(harness, burst);
    expect(harness.received.filter((r) => r.id === envelope.id).map((r) => r.outcome)).toContain('duplicate');
    expect(await harness.inboxStates()).toEqual({ APPLIED: burst.ids.length });
    expect(await harness.numbering.dataSource.query('SELECT * FROM extension_states ORDER BY extension_id')).toEqual(stateBefore);
  });

  it('two replicas of the producer relaying at once: order per aggregate kept, nothing duplicated', async () => {
    await harness.close();
    harness = await EventHarness.start({
      transport,
      natsUrl: nats?.url,
      driver: testDriver,
      mysqlUrl: mysqlServerUrl,
      relay: { batchSize: 3 },
      numberingHandlers: failingOnce(EXTENSION_STATE_HANDLERS),
    });
    await harness.startNumbering();
    // A second replica: another process on the same database, relaying at once (polling every 10 ms).
    const replica = await startChild('replica', {
      DATABASE_URL: harness.telephonyDatabaseUrl,
      SERVICE_SIGNING_KEY: JSON.stringify(harness.keys.service('telephony').privateJwk),
      NUMBERING_URL: harness.peerUrls.numbering!,
      EVENTS_URL: nats?.url ?? '',
    });
    let burst: Burst;
    try {
      expect(await replica.line()).toBe('ready');
      await harness.startTelephonyRelay();
      // Four writers at once, as concurrent mutations (on MySQL, claims must not lock them out).
      const bursts = await Promise.all([1, 2, 3, 4].map(() => harness.publishBurst({ aggregates: 5, versions: 6 })));
      burst = { aggregates: bursts.flatMap((b) => b.aggregates), ids: bursts.flatMap((b) => b.ids), versions: 6 };
      await harness.waitUntilApplied(burst.ids);
      await harness.waitFor('outbox drained', async () => (await harness.unpublished()) === 0);
    } finally {
      replica.process.kill('SIGTERM');
    }
    // Both took part.
    expect(JSON.parse(await replica.line()).sent).toBeGreaterThan(0);
    expect(harness.telephonyEvents!.relay.sent).toBeGreaterThan(0);
    expectAppliedOnceInOrder(harness, burst);
    // Nothing duplicated: without a crash, no event is even sent twice (claims never overlap).
    expect(harness.received.filter((r) => r.outcome === 'duplicate')).toEqual([]);
    // The producers never let a later version out before an earlier one was safe, though every
    // first attempt failed: HTTP never sent numbering a version before it acknowledged the one
    // before (no gap), and the stream holds each aggregate's versions in order.
    if (transport === 'http') expect(harness.received.filter((r) => r.outcome === 'gap')).toEqual([]);
    else {
      const versions = Array.from({ length: burst.versions }, (_, i) => i + 1);
      for (const [aggregate, order] of firstOccurrences(await streamContents(nats!.url))) expect({ aggregate, order }).toEqual({ aggregate, order: versions });
    }
    expect(await harness.inboxStates()).toEqual({ APPLIED: burst.ids.length });
  });
});
