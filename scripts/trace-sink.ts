/**
 * `npm run trace-sink`: a stand-in OTLP/HTTP (JSON) collector for local work: set
 * OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 on the services and it prints each trace as
 * a tree (service, span, duration) once no span of it arrived for a second. No storage, no UI:
 * a real collector (Jaeger, Tempo, the OpenTelemetry Collector) takes its place in production.
 * `--quiet` only counts spans (for the benchmark with tracing on).
 */
import { createServer } from 'node:http';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
}
interface Collected extends OtlpSpan {
  service: string;
}

const port = Number(process.env.PORT ?? 4318);
const quiet = process.argv.includes('--quiet');
const traces = new Map<string, { spans: Collected[]; timer?: NodeJS.Timeout }>();
let total = 0;

function print(traceId: string): void {
  const { spans } = traces.get(traceId)!;
  traces.delete(traceId);
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string, Collected[]>();
  for (const span of spans) {
    const parent = span.parentSpanId && ids.has(span.parentSpanId) ? span.parentSpanId : '';
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const services = new Set(spans.map((s) => s.service));
  const lines = [`trace ${traceId}: ${spans.length} spans, ${services.size} services (${[...services].join(', ')})`];
  const walk = (parent: string, depth: number) => {
    const kids = (children.get(parent) ?? []).sort((a, b) => Number(BigInt(a.startTimeUnixNano) - BigInt(b.startTimeUnixNano)));
    const sql = kids.filter((s) => /^(SELECT|INSERT|UPDATE|DELETE) |^(select|insert|update|delete)\b/.test(s.name));
    for (const span of kids.filter((s) => !sql.includes(s))) {
      const ms = Number(BigInt(span.endTimeUnixNano) - BigInt(span.startTimeUnixNano)) / 1e6;
      lines.push(`${'  '.repeat(depth)}[${span.service}] ${span.name} ${ms.toFixed(1)} ms`);
      walk(span.spanId, depth + 1);
    }
    if (sql.length) lines.push(`${'  '.repeat(depth)}[${sql[0]!.service}] ${sql.length} × SQL (${[...new Set(sql.map((s) => s.name))].join(', ')})`);
  };
  walk('', 0);
  console.log(`${lines.join('\n')}\n`);
}

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    if (req.url !== '/v1/traces') return;
    let body: { resourceSpans?: { resource?: { attributes?: { key: string; value: { stringValue?: string } }[] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[] };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return;
    }
    for (const resource of body.resourceSpans ?? []) {
      const service = resource.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
      for (const scope of resource.scopeSpans ?? []) {
        for (const span of scope.spans ?? []) {
          total += 1;
          if (quiet) continue;
          const entry = traces.get(span.traceId) ?? { spans: [] };
          entry.spans.push({ ...span, service });
          clearTimeout(entry.timer);
          entry.timer = setTimeout(() => print(span.traceId), 1000);
          traces.set(span.traceId, entry);
        }
      }
    }
  });
}).listen(port, '127.0.0.1', () => console.log(`OTLP/HTTP trace sink on http://127.0.0.1:${port} (set OTEL_EXPORTER_OTLP_ENDPOINT to it)`));

if (quiet) setInterval(() => console.log(`${total} spans received`), 10_000).unref();
