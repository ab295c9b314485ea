import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

/**
 * Traces (OpenTelemetry). Off unless `startTracing` ran (the preload module does when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set; a test does with an in-memory exporter): while off, nothing
 * is loaded beyond the API and every helper here returns after one boolean check.
 *
 * What makes one trace of a client request:
 * - gateway: @apollo/gateway's own spans (gateway.request, .plan, .execute, .fetch per subgraph
 *   fetch); `injectTraceContext` puts the fetch span into the subgraph call's `traceparent`;
 * - subgraph: `serverSpanMiddleware` continues that trace (the http instrumentation's server span
 *   does when it is loaded); DataLoader batches (`loaders.ts`) and SQL statements
 *   (`sql-tracing.ts`) are children of it;
 * - peer calls carry `traceparent` the same way, and events carry a captured context
 *   (`captureTraceContext` / `withRestoredTraceContext`).
 * With the auto-instrumentations loaded (the preload does it), http/undici/express/graphql/mysql2
 * spans slot in between; the manual steps here then give way where an instrumentation does the same.
 */

export const TRACER_NAME = 'customer-area';

interface TracingState {
  enabled: boolean;
  /** The http/undici/mysql2 instrumentations are loaded: they propagate and record on their own. */
  instrumented: boolean;
  shutdown?: () => Promise<void>;
}

const state: TracingState = { enabled: false, instrumented: false };

export function tracingEnabled(): boolean {
  return state.enabled;
}

/** True when the auto-instrumentations run (http, undici, express, graphql, mysql2). */
export function autoInstrumented(): boolean {
  return state.instrumented;
}

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP base URL (OTEL_EXPORTER_OTLP_ENDPOINT); spans go to `<endpoint>/v1/traces`. */
  otlpEndpoint?: string;
  /** Extra span processors (tests: a SimpleSpanProcessor over an InMemorySpanExporter). */
  spanProcessors?: import('@opentelemetry/sdk-trace-base').SpanProcessor[];
  /**
   * Load the http, undici, express, graphql and mysql2 instrumentations. They patch modules as
   * they are required, so this must run before express or http is loaded: the preload does it.
   */
  instrumentations?: boolean;
}

function loadInstrumentations(): import('@opentelemetry/instrumentation').Instrumentation[] {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { ExpressInstrumentation, ExpressLayerType } =
    require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { MySQL2Instrumentation } = require('@opentelemetry/instrumentation-mysql2') as typeof import('@opentelemetry/instrumentation-mysql2');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return [
    // Health checks and scrapes are not requests worth a trace.
    new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => req.url === '/health' || req.url === '/metrics' }),
    new UndiciInstrumentation(),
    // Routes only: a span per middleware (body parser, credential check, ...) costs more than it tells.
    new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
    // parse / validate / execute spans; one span per resolved field would cost more than the
    // request (a whole account resolves thousands of fields): resolver work shows as DataLoader batches.
    new GraphQLInstrumentation({ ignoreResolveSpans: true, ignoreTrivialResolveSpans: true }),
    new MySQL2Instrumentation(),
  ];
}

/** Starts the OpenTelemetry SDK for this process. Returns a function that flushes and stops it. */
export function startTracing(options: TracingOptions): () => Promise<void> {
  if (state.enabled) throw new Error('Tracing is already started in this process.');
  /* eslint-disable @typescript-eslint/no-require-imports -- the SDK is loaded only when tracing is on */
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const processors = [...(options.spanProcessors ?? [])];
  if (options.otlpEndpoint) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/$/, '')}/v1/traces` })));
  }
  const instrumentations = options.instrumentations ? loadInstrumentations() : [];
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    spanProcessors: processors,
    instrumentations,
    // Traces only: logs are pino's, metrics are Prometheus's (`metrics.ts`).
    logRecordProcessors: [],
    metricReaders: [],
    autoDetectResources: false,
  });
  sdk.start();
  state.enabled = true;
  state.instrumented = instrumentations.length > 0;
  state.shutdown = async () => {
    await sdk.shutdown();
    trace.disable();
    context.disable();
    propagation.disable();
    state.enabled = false;
    state.instrumented = false;
  };
  return state.shutdown;
}

export const tracer = () => trace.getTracer(TRACER_NAME);

/** Runs `work` inside a child span of the active one; the span records a thrown error. */
export async function withSpan<T>(name: string, attributes: Attributes, work: (span?: Span) => Promise<T>): Promise<T> {
  if (!state.enabled) return work();
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * Writes the active trace context (`traceparent`, `tracestate`) into outgoing headers. Skipped
 * when the http/undici instrumentations run: they inject their own client span's context.
 */
export function injectTraceContext(headers: { set(name: string, value: string): unknown } | Record<string, string>): void {
  if (!state.enabled || state.instrumented) return;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  for (const [name, value] of Object.entries(carrier)) {
    if (typeof headers.set === 'function') (headers as { set(name: string, value: string): unknown }).set(name, value);
    else (headers as Record<string, string>)[name] = value;
  }
}

/**
 * Express middleware: one server span per request, continuing the caller's trace. Steps aside
 * when the http and express instrumentations run: their server span already does it.
 */
export function serverSpanMiddleware(service: string) {
  return function serverSpan(
    req: { method: string; originalUrl?: string; url: string; headers: Record<string, string | string[] | undefined> },
    res: NodeJS.EventEmitter & { statusCode: number },
    next: () => void,
  ) {
    if (!state.enabled || state.instrumented) return next();
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer().startSpan(
      `${service} ${req.method} ${req.originalUrl ?? req.url}`,
      { kind: SpanKind.SERVER, attributes: { 'service.component': service, 'http.request.method': req.method } },
      parent,
    );
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names the active span after the GraphQL operation (called once the operation is known). */
export function nameActiveSpan(operationType: string | undefined, operationName: string | undefined): void {
  if (!state.enabled) return;
  const span = trace.getActiveSpan();
  if (!span) return;
  if (operationName) span.setAttribute('graphql.operation.name', operationName);
  if (operationType) span.setAttribute('graphql.operation.type', operationType);
}

/**
 * The active trace context as a string (W3C `traceparent`, plus `tracestate` when there is one),
 * for a field of a stored message such as an outbox event; null when tracing is off.
 * `withRestoredTraceContext` continues the trace where the event is handled.
 */
export function captureTraceContext(): string | null {
  if (!state.enabled) return null;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? JSON.stringify(carrier) : null;
}

/** Runs `work` as a continuation of the trace captured by `captureTraceContext` (or as is). */
export function withRestoredTraceContext<T>(captured: string | null | undefined, work: () => T): T {
  if (!state.enabled || !captured) return work();
  let carrier: Record<string, string>;
  try {
    carrier = JSON.parse(captured) as Record<string, string>;
  } catch {
    return work();
  }
  return context.with(propagation.extract(context.active(), carrier), work);
}
