import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { captureTraceContext, startTracing, tracer, WHOLE_ACCOUNT_QUERY, withRestoredTraceContext } from '../../packages/kit/src';
import { CREATE_EXTENSION, mutate } from '../support/extensions';
import { makeFixture, Stack } from '../support/stack';

const SUBGRAPH_NAMES = ['billing', 'telephony', 'numbering', 'compliance'];

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const idOf = (span: ReadableSpan) => span.spanContext().spanId;
const isSql = (span: ReadableSpan) => /^(SELECT|INSERT|UPDATE|DELETE|WITH) (sqlite|mysql)$/.test(span.name);

/** The trace as an indented tree of span names, SQL statements folded into a count per parent. */
function treeText(spans: ReadableSpan[]): string {
  const children = new Map<string | undefined, ReadableSpan[]>();
  const ids = new Set(spans.map(idOf));
  for (const span of spans) {
    const parent = ids.has(parentOf(span) ?? '') ? parentOf(span) : undefined;
    children.set(parent, [...(children.get(parent) ?? []), span]);
  }
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    const kids = (children.get(parent) ?? []).sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1]);
    const sql = kids.filter(isSql);
    for (const span of kids.filter((s) => !isSql(s))) {
      const ms = (span.duration[0] * 1e3 + span.duration[1] / 1e6).toFixed(1);
      const service = span.attributes['service'] ?? span.attributes['service.component'];
      lines.push(`${'  '.repeat(depth)}${span.name}${service && !span.name.startsWith(String(service)) ? ` [${service}]` : ''} ${ms} ms`);
      walk(idOf(span), depth + 1);
    }
    if (sql.length) lines.push(`${'  '.repeat(depth)}${sql.length} SQL statement span(s): ${[...new Set(sql.map((s) => s.name))].join(', ')}`);
  };
  walk(undefined, 0);
  return lines.join('\n');
}

describe('one trace per client request, across the gateway and the four subgraphs', () => {
  const exporter = new InMemorySpanExporter();
  let stopTracing: () => Promise<void>;
  let stack: Stack;
  let accountId: string;

  beforeAll(async () => {
    // In process, as `npm start` runs it minus the auto-instrumentations (jest's module registry
    // bypasses the require hook they patch through); every span here comes from our code and
    // @apollo/gateway's own tracer.
    stopTracing = startTracing({ serviceName: 'stack', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    stack = await Stack.start();
    accountId = await stack.seed(makeFixture({ extensions: 4, numbers: 6, identities: 2 }, 'Traced'));
  });
  afterAll(async () => {
    await stack?.close();
    await stopTracing?.();
  });

  it('chains a whole-account request: gateway request -> subgraph fetches -> subgraph servers -> loader batches -> SQL', async () => {
    exporter.reset();
    const { body } = await stack.request(await stack.customerToken(accountId), WHOLE_ACCOUNT_QUERY);
    expect(body.errors).toBeUndefined();
    // Subgraph spans end when their response is finished, which may be a tick after the gateway answered.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const spans = exporter.getFinishedSpans();

    if (process.env.TRACE_DEBUG) console.log(treeText(spans));
    const roots = spans.filter((span) => span.name === 'gateway.request');
    expect(roots).toHaveLength(1);
    const root = roots[0]!;
    expect(parentOf(root)).toBeUndefined();
    const traceId = root.spanContext().traceId;
    expect(spans.every((span) => span.spanContext().traceId === traceId)).toBe(true);

    const byId = new Map(spans.map((span) => [idOf(span), span]));
    const ancestors = (span: ReadableSpan): ReadableSpan[] => {
      const chain: ReadableSpan[] = [];
      for (let parent = byId.get(parentOf(span) ?? ''); parent; parent = byId.get(parentOf(parent) ?? '')) chain.push(parent);
      return chain;
    };
    // Every span hangs from the gateway's request span: nothing is orphaned.
    for (const span of spans) if (span !== root) expect(ancestors(span).at(-1)).toBe(root);

    for (const name of SUBGRAPH_NAMES) {
      const fetches = spans.filter((span) => span.name === 'gateway.fetch' && span.attributes['service'] === name);
      expect(fetches.length).toBeGreaterThan(0);
      const servers = spans.filter((span) => span.attributes['service.component'] === name);
      expect(servers.length).toBe(fetches.length);
      for (const server of servers) {
        // Continued from the traceparent the gateway sent with that very fetch.
        expect(byId.get(parentOf(server)!)?.name).toBe('gateway.fetch');
        expect(byId.get(parentOf(server)!)?.attributes['service']).toBe(name);
        expect(server.attributes['graphql.operation.name']).toBeDefined();
      }
      // Each subgraph ran SQL inside its own server span, in or outside a DataLoader batch.
      const sql = spans.filter((span) => isSql(span) && ancestors(span).some((a) => a.attributes['service.component'] === name));
      expect(sql.length).toBeGreaterThan(0);
    }
    expect(spans.some((span) => span.name.startsWith('dataloader.batch') && ancestors(span).some((a) => a.attributes['service.component']))).toBe(true);
    expect(spans.some((span) => span.name === 'gateway.plan')).toBe(true);

    console.log(`whole-account trace (${spans.length} spans, one trace id):\n${treeText(spans)}`);
  });

  it('carries the trace on a peer call (telephony asks billing before it writes)', async () => {
    exporter.reset();
    const token = await stack.customerToken(accountId);
    const payload = await mutate(stack, token, CREATE_EXTENSION, { number: '777', displayName: 'Traced peer call' });
    expect(payload.userErrors).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((span) => [idOf(span), span]));
    const peer = spans.find((span) => span.name === 'peer billing');
    expect(peer).toBeDefined();
    const billingServer = spans.find((span) => span.attributes['service.component'] === 'billing' && parentOf(span) === idOf(peer!));
    expect(billingServer).toBeDefined();
    // The peer call itself sits inside telephony's server span, under the gateway's fetch.
    let up = byId.get(parentOf(peer!) ?? '');
    while (up && up.attributes['service.component'] !== 'telephony') up = byId.get(parentOf(up) ?? '');
    expect(up).toBeDefined();
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
  });

  it('captures a trace context into a string and continues it elsewhere (events)', async () => {
    exporter.reset();
    let captured: string | null = null;
    await tracer().startActiveSpan('write with event', async (span) => {
      captured = captureTraceContext();
      span.end();
    });
    expect(captured).toMatch(/"traceparent":"00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"/);
    withRestoredTraceContext(captured, () => tracer().startSpan('handle event').end());
    const [writer, handler] = exporter.getFinishedSpans();
    expect(handler!.spanContext().traceId).toBe(writer!.spanContext().traceId);
    expect(parentOf(handler!)).toBe(idOf(writer!));
    // A missing or unreadable context runs the work as it is.
    expect(withRestoredTraceContext('not json', () => 42)).toBe(42);
  });
});
