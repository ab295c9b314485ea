import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * Prometheus metrics of one process, served on a port of their own (METRICS_PORT), never on the
 * public app. Off until `enableMetrics` runs: the recording helpers return after one check.
 */
export const metricsRegistry = new Registry();

let enabled = false;

export function metricsEnabled(): boolean {
  return enabled;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const requestDuration = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'GraphQL requests by operation name and outcome (ok, error); the _count is the request rate.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

const errorsByCode = new Counter({
  name: 'graphql_errors_total',
  help: 'Errors sent to clients, by extensions.code.',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

const subgraphFetchDuration = new Histogram({
  name: 'gateway_subgraph_fetch_duration_seconds',
  help: 'Calls from the gateway to a subgraph, by subgraph and outcome (ok, error).',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

const peerCallDuration = new Histogram({
  name: 'subgraph_peer_call_duration_seconds',
  help: 'Read-only calls from this subgraph to a peer subgraph, by peer and outcome.',
  labelNames: ['peer', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

const batchSize = new Histogram({
  name: 'dataloader_batch_size',
  help: 'Keys per DataLoader batch (one SQL round trip each), by loader kind.',
  labelNames: ['loader'] as const,
  buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
  registers: [metricsRegistry],
});

/** Operation names come from clients: past this many distinct ones, the rest count as "other". */
const MAX_OPERATION_LABELS = 200;
const operationLabels = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (operationLabels.has(name)) return name;
  if (operationLabels.size >= MAX_OPERATION_LABELS || !/^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) return 'other';
  operationLabels.add(name);
  return name;
}

export function recordRequest(operationName: string | null | undefined, seconds: number, errorCodes: readonly string[]): void {
  if (!enabled) return;
  requestDuration.observe({ operation: operationLabel(operationName), outcome: errorCodes.length ? 'error' : 'ok' }, seconds);
  for (const code of errorCodes) errorsByCode.inc({ code });
}

/** Errors answered outside GraphQL execution (a request refused before Apollo runs it). */
export function recordErrorCode(code: string): void {
  if (enabled) errorsByCode.inc({ code });
}

export function recordSubgraphFetch(subgraph: string, seconds: number, ok: boolean): void {
  if (enabled) subgraphFetchDuration.observe({ subgraph, outcome: ok ? 'ok' : 'error' }, seconds);
}

export function recordPeerCall(peer: string, seconds: number, ok: boolean): void {
  if (enabled) peerCallDuration.observe({ peer, outcome: ok ? 'ok' : 'error' }, seconds);
}

export function recordBatch(loader: string, keys: number): void {
  if (enabled) batchSize.observe({ loader }, keys);
}

/** Connections of each data source's pool (MySQL); an embedded SQLite file is one connection. */
const pools = new Set<DataSource>();
new Gauge({
  name: 'db_pool_connections',
  help: 'Database connections by state: used, idle, max.',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const dataSource of pools) {
      if (!dataSource.isInitialized) continue;
      const pool = (
        dataSource.driver as { pool?: { _allConnections?: { length: number }; _freeConnections?: { length: number }; config?: { connectionLimit?: number } } }
      ).pool;
      if (!pool) {
        this.inc({ state: 'max' }, 1);
        continue;
      }
      const all = pool._allConnections?.length ?? 0;
      const idle = pool._freeConnections?.length ?? 0;
      this.inc({ state: 'used' }, all - idle);
      this.inc({ state: 'idle' }, idle);
      this.inc({ state: 'max' }, pool.config?.connectionLimit ?? 0);
    }
  },
});

export function registerDatabasePool(dataSource: DataSource): () => void {
  pools.add(dataSource);
  return () => pools.delete(dataSource);
}

/**
 * Event relay lag: for the outbox relay (events). `sample` answers how old, in seconds, the
 * oldest event not yet delivered is (0 when none); it is read at each scrape. Returns an
 * unregister function. `observeEventDelivered(seconds)` records each delivery's delay.
 */
const lagSamplers = new Map<string, () => number | Promise<number>>();
new Gauge({
  name: 'event_relay_lag_seconds',
  help: 'Age of the oldest event the relay has not delivered yet, by relay (outbox).',
  labelNames: ['relay'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [relay, sample] of lagSamplers) this.set({ relay }, await sample());
  },
});
const deliveryDelay = new Histogram({
  name: 'event_delivery_delay_seconds',
  help: 'Time from an event being written to its delivery, by relay.',
  labelNames: ['relay'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers: [metricsRegistry],
});

export function registerEventRelayLag(relay: string, sample: () => number | Promise<number>): () => void {
  lagSamplers.set(relay, sample);
  return () => lagSamplers.delete(relay);
}

export function observeEventDelivered(relay: string, seconds: number): void {
  if (enabled) deliveryDelay.observe({ relay }, seconds);
}

/** Turns recording on, with the process's CPU, memory and event-loop metrics, all labelled `service`. */
export function enableMetrics(service: string): void {
  if (enabled) return;
  enabled = true;
  metricsRegistry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: metricsRegistry });
}

export interface MetricsServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** GET /metrics (Prometheus text format) on its own port, apart from the public app. */
export async function serveMetrics(port: number, host = '127.0.0.1'): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    metricsRegistry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/metrics`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
