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
    const bursts = await Promise.all(
      Array.from({ length: writers }, () => harness.publishBurst({ aggregates: Math.ceil(aggregates / writers), versions })),
    );
    const ids = bursts.flatMap((b) => b.ids);
    await harness.waitUntilApplied(ids, 600_000);
    const finished = Date.now();

    const created = new Map<string, number>(
      (await harness.telephony.dataSource.query('SELECT id, created_at FROM outbox_events')).map((r: { id: string; created_at: string | number }) => [r.id, Number(r.created_at)]),
    );
    const delays = (await harness.numbering.dataSource.query("SELECT event_id, applied_at FROM inbox_events WHERE state = 'APPLIED'"))
      .map((r: { event_id: string; applied_at: string | number }) => Number(r.applied_at) - created.get(r.event_id)!)
      .sort((a: number, b: number) => a - b);
    const producedIn = Math.max(...(await harness.telephony.dataSource.query('SELECT MAX(created_at) AS last FROM outbox_events')).map((r: { last: string }) => Number(r.last))) - started;
    return {
      transport,
      events: ids.length,
      seconds: (finished - started) / 1000,
      perSecond: ids.length / ((finished - started) / 1000),
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
    `Machine: ${cpus().length} cores, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; database ${values.mysql ? 'MySQL/MariaDB' : 'SQLite'}.`,
  );
  console.log(`Load: ${aggregates} extensions x ${versions} versions = ${aggregates * versions} events, ${writers} concurrent writers, one event per commit, relay and consumer running.\n`);
  console.log('| transport | events | seconds | events/s applied | events/s committed | delay p50 ms | delay p99 ms | delay max ms |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const transport of String(values.transports).split(',') as TransportKind[]) {
    const r = await measure(transport);
    console.log(`| ${r.transport} | ${r.events} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.producedPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.max} |`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
