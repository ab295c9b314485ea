/**
 * Events through each transport: how many per second telephony's outbox gets applied in
 * numbering's inbox, and the delivery delay (commit in the producer to commit in the consumer)
 * under that load.
 *   npm run build && node dist/bench/events.js [--events 2000] [--aggregates 200] [--writers 4] [--mysql]
 * Real parts: telephony's outbox and relay, numbering's /events endpoint or durable NATS consumer,
 * inbox and handlers, on scratch databases; NATS is a nats-server of its own (free port, temp store).
 */
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { extensionChanged, extensionCreated } from '../packages/events/src';
import { inTransaction, newId, outboxCommitted, publishEvent } from '../packages/kit/src';
import { EventHarness, type TransportKind } from '../test/support/event-harness';
import { NatsServer } from '../test/support/nats-server';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '2000' },
    aggregates: { type: 'string', default: '200' },
    writers: { type: 'string', default: '4' },
    mysql: { type: 'boolean', default: false },
    transports: { type: 'string', default: 'http,nats' },
  },
});
const aggregates = Number(values.aggregates);
const versions = Math.max(1, Math.round(Number(values.events) / aggregates));
const writers = Number(values.writers);
const mysqlUrl = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/**
 * Commits `count` events at `rate` per second (one per commit, on `aggregates` extensions in turn),
 * as steady traffic would, so the delay measured is delivery, not a queue built by a burst.
 */
async function publishPaced(harness: EventHarness, rate: number, count: number): Promise<string[]> {
  const extensions = Array.from({ length: aggregates }, () => ({ id: newId(), version: 0 }));
  const ids: string[] = [];
  const start = Date.now();
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / rate - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const extension = extensions[i % extensions.length]!;
    extension.version += 1;
    await inTransaction(harness.telephony.dataSource, async (tx) => {
      const event = await publishEvent(tx, extension.version === 1 ? extensionCreated : extensionChanged, {
        aggregateId: extension.id,
        aggregateVersion: extension.version,
        accountId: '00000000-0000-4000-8000-00000000e7e7',
        payload: { extensionId: extension.id, number: String(100 + (i % 900)), state: 'ACTIVE' },
      });
      ids.push(event.id);
    });
    outboxCommitted(harness.telephony.dataSource);
  }
  return ids;
}

/** Delivery delay of each event of `ids`: applied in numbering minus committed in telephony (ms, same clock). */
async function delaysOf(harness: EventHarness, ids: string[]): Promise<number[]> {
  const wanted = new Set(ids);
  const created = new Map<string, number>(
    (await harness.telephony.dataSource.query('SELECT id, created_at FROM outbox_events')).map((r: { id: string; created_at: string | number }) => [
      r.id,
      Number(r.created_at),
    ]),
  );
  return (await harness.numbering.dataSource.query("SELECT event_id, applied_at FROM inbox_events WHERE state = 'APPLIED'"))
    .filter((r: { event_id: string }) => wanted.has(r.event_id))
    .map((r: { event_id: string; applied_at: string | number }) => Number(r.applied_at) - created.get(r.event_id)!)
    .sort((a: number, b: number) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(transport: TransportKind) {
  const nats = transport === 'nats' ? await NatsServer.start() : null;
  const harness = await EventHarness.start({
    transport,
    natsUrl: nats?.url,
    driver: values.mysql ? 'mysql' : 'sqlite',
    mysqlUrl,
    // Default relay settings, but a poll of 200 ms like the tests (the wake-up after commit does most of the work).
    relay: { pollMs: 200 },
  });
  try {
    await harness.startNumbering();
    await harness.startTelephonyRelay();
    // Warm-up: connections, prepared statements, the NATS consumer.
    const warm = await harness.publishBurst({ aggregates: 10, versions: 2 });
    await harness.waitUntilApplied(warm.ids, 120_000);
    await harness.numbering.dataSource.query('DELETE FROM inbox_events');

    const started = Date.now();
    const bursts = await Promise.all(Array.from({ length: writers }, () => harness.publishBurst({ aggregates: Math.ceil(aggregates / writers), versions })));
    const ids = bursts.flatMap((b) => b.ids);
    await harness.waitUntilApplied(ids, 600_000);
    const finished = Date.now();

    const delays = await delaysOf(harness, ids);
    const [{ last }] = await harness.telephony.dataSource.query('SELECT MAX(created_at) AS last FROM outbox_events');
    const producedIn = Number(last) - started;
    const perSecond = ids.length / ((finished - started) / 1000);

    // Steady traffic at half the throughput just measured, for as long as the burst took.
    const rate = Math.max(1, Math.floor(perSecond / 2));
    const paced = await publishPaced(harness, rate, Math.max(50, Math.round(rate * Math.min(10, (finished - started) / 1000))));
    await harness.waitUntilApplied([...ids, ...paced], 600_000);
    const pacedDelays = await delaysOf(harness, paced);
    return {
      transport,
      events: ids.length,
      seconds: (finished - started) / 1000,
      perSecond,
      rate,
      pacedEvents: paced.length,
      pacedP50: percentile(pacedDelays, 50),
      pacedP99: percentile(pacedDelays, 99),
      producedPerSecond: ids.length / (producedIn / 1000),
      p50: percentile(delays, 50),
      p99: percentile(delays, 99),
      max: delays[delays.length - 1]!,
    };
  } finally {
    await harness.close();
    await nats?.dispose();
  }
}

async function main() {
  console.log(
    `Machine: ${cpus().length} cores, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; database ${values.mysql ? 'MySQL/MariaDB' : 'SQLite'}.`,
  );
  console.log(
    `Burst: ${aggregates} extensions x ${versions} versions = ${aggregates * versions} events, ${writers} concurrent writers, one event per commit, relay and consumer running.`,
  );
  console.log(
    'Steady: then one event per commit at half the burst throughput, on as many extensions in turn; delay = applied in numbering - committed in telephony.\n',
  );
  console.log(
    '| transport | burst events | seconds | events/s applied | events/s committed | burst delay p50 / p99 / max ms | steady rate events/s | steady events | steady delay p50 ms | steady delay p99 ms |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const transport of String(values.transports).split(',') as TransportKind[]) {
    const r = await measure(transport);
    console.log(
      `| ${r.transport} | ${r.events} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.producedPerSecond.toFixed(0)} | ${r.p50} / ${r.p99} / ${r.max} | ${r.rate} | ${r.pacedEvents} | ${r.pacedP50} | ${r.pacedP99} |`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
