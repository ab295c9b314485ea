/**
 * The first import of every service's main.ts: logs, traces and metrics are set up here, before
 * express, http or the database drivers are loaded, because the OpenTelemetry instrumentations
 * patch those modules as they are required. Like main.ts, it reads the environment:
 *
 * - LOG_LEVEL (info): fatal, error, warn, info, debug, trace or silent.
 * - LOG_FORMAT (auto): pretty in a terminal (`npm start`), JSON otherwise; or `json` / `pretty`.
 * - OTEL_EXPORTER_OTLP_ENDPOINT (unset = tracing off, nothing loaded): OTLP/HTTP collector base URL.
 * - OTEL_SERVICE_NAME: defaults to the service (gateway, billing, telephony, numbering, compliance).
 * - METRICS_PORT (unset or 0 = off): Prometheus `/metrics` on this port, apart from the public app.
 */
import { cleanEnv, num, str } from 'envalid';
import { configureLogging, logger } from './logger';
import { startTracing } from './tracing';

/** `dist/subgraphs/billing/src/main.js` is billing, `dist/gateway/src/main.js` the gateway. */
function serviceFromScript(script: string | undefined): string {
  const path = (script ?? '').replace(/\\/g, '/');
  return (
    /\/subgraphs\/([^/]+)\//.exec(path)?.[1] ??
    (/\/gateway\//.test(path)
      ? 'gateway'
      : (path
          .split('/')
          .pop()
          ?.replace(/\.[jt]s$/, '') ?? 'service'))
  );
}

const env = cleanEnv(process.env, {
  LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
  LOG_FORMAT: str({ choices: ['auto', 'json', 'pretty'], default: 'auto' }),
  OTEL_EXPORTER_OTLP_ENDPOINT: str({ default: '' }),
  OTEL_SERVICE_NAME: str({ default: '' }),
  METRICS_PORT: num({ default: 0 }),
  HOST: str({ default: '127.0.0.1' }),
});

const service = env.OTEL_SERVICE_NAME || serviceFromScript(process.argv[1]);
configureLogging({
  level: env.LOG_LEVEL,
  service,
  pretty: env.LOG_FORMAT === 'pretty' || (env.LOG_FORMAT === 'auto' && process.stderr.isTTY === true),
});

if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const stop = startTracing({ serviceName: service, otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, instrumentations: true });
  // Flush what the batch holds when the service is stopped (main.ts exits right after closing).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void stop().catch(() => undefined));
  logger().info({ endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT }, 'tracing to OTLP');
}

if (env.METRICS_PORT) {
  // Loaded after the instrumentations, like everything that needs http.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { enableMetrics, serveMetrics } = require('./metrics') as typeof import('./metrics');
  enableMetrics(service);
  serveMetrics(env.METRICS_PORT, env.HOST).then(
    (server) => logger().info({ url: server.url }, 'metrics listening'),
    (error: Error) => {
      logger().fatal({ err: error.message, port: env.METRICS_PORT }, 'metrics port unavailable');
      process.exit(1);
    },
  );
}
