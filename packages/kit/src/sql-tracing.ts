import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { EventSubscriber, type AfterQueryEvent, type EntitySubscriberInterface } from 'typeorm';
import { autoInstrumented, tracer, tracingEnabled } from './tracing';

/**
 * One span per SQL statement, from TypeORM's own hooks: the statement logger (`logQuery`, in
 * `database.ts`) opens it just before the driver runs the statement, and the `afterQuery` event
 * closes it. SQLite has no OpenTelemetry instrumentation, so this is its only source of SQL spans;
 * on MySQL the mysql2 instrumentation records statements when it is loaded, and this steps aside.
 *
 * TypeORM hands both hooks the same parameter array, which pairs them even when statements of
 * concurrent resolvers interleave.
 */
const open = new WeakMap<object, Span>();

function wanted(driverType: string): boolean {
  return tracingEnabled() && !(driverType !== 'better-sqlite3' && autoInstrumented());
}

const systemOf = (driverType: string) => (driverType === 'better-sqlite3' ? 'sqlite' : 'mysql');
const operationOf = (sql: string) => /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';

function startSpan(driverType: string, sql: string, startTime?: number): Span {
  return tracer().startSpan(`${operationOf(sql)} ${systemOf(driverType)}`, {
    kind: SpanKind.CLIENT,
    startTime,
    attributes: { 'db.system.name': systemOf(driverType), 'db.query.text': sql.length > 2000 ? `${sql.slice(0, 2000)}…` : sql },
  });
}

/** Called by the statement logger before a statement runs. */
export function sqlStatementStarted(driverType: string, sql: string, parameters: unknown): void {
  if (!wanted(driverType) || !parameters || typeof parameters !== 'object') return;
  open.set(parameters, startSpan(driverType, sql));
}

/** Closes the statement's span; registered on every data source by `createDataSource`. */
@EventSubscriber()
export class SqlSpanSubscriber implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const driverType = event.connection.options.type;
    if (!wanted(driverType)) return;
    let span = event.parameters ? open.get(event.parameters) : undefined;
    if (span) open.delete(event.parameters!);
    // Without a parameter array to pair on, the duration TypeORM measured (whole milliseconds) places it.
    else span = startSpan(driverType, event.query, Date.now() - (event.executionTime ?? 0));
    if (!event.success) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      if (event.error instanceof Error) span.recordException({ name: event.error.name, message: event.error.message });
    }
    span.end();
  }
}
