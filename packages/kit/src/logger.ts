import pino, { type DestinationStream, type Level, type Logger } from 'pino';

/**
 * The one logger of a process (pino). Every line is JSON with a level, a time, the service name
 * and the request id where there is one; `npm start` in a terminal pretty-prints the same lines.
 * This module loads no HTTP code, so `observability.preload.ts` may configure it before express.
 */

/**
 * Fields never written as they are. Tokens and credentials are secrets; e-mail addresses and
 * identity document names are personal data that logs (kept longer, read by more people) must
 * not hold. Paths are exact (pino compiles them once); `*` is one level of nesting.
 */
export const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.authorization',
  'token',
  '*.token',
  'accessToken',
  'refreshToken',
  'credential',
  'password',
  '*.password',
  'email',
  '*.email',
  '*.*.email',
  'fileName',
  '*.fileName',
  'documentName',
  '*.documentName',
  'variables',
];

export const REDACTED = '[redacted]';

/** A bearer token or JWT that slipped into free text (an error message). */
const TOKEN_IN_TEXT = /\b(?:Bearer\s+)?eyJ[\w-]+\.[\w-]+\.[\w-]*/g;

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.includes('eyJ') ? value.replace(TOKEN_IN_TEXT, REDACTED) : value;
  if (depth === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth - 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = scrub(item, depth - 1);
  return out;
}

type Sink = (line: string) => void;
const sinks = new Set<Sink>();

export interface LoggingOptions {
  /** pino level name: fatal, error, warn, info, debug, trace or silent. */
  level?: string;
  /** Shown on every line (`service`). */
  service?: string;
  /** Human-readable lines (pino-pretty, a dev dependency); JSON otherwise. */
  pretty?: boolean;
  /** Where lines go; stderr by default. Lines still reach `captureLogs` sinks. */
  output?: NodeJS.WritableStream | null;
}

/** Under jest nothing is printed unless LOG_IN_TESTS is set; tests that read logs attach a sink. */
const quietByDefault = process.env.JEST_WORKER_ID !== undefined && !process.env.LOG_IN_TESTS;

function prettyStream(): NodeJS.WritableStream | null {
  try {
    // A dev dependency: the production image has none and prints JSON.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (options: Record<string, unknown>) => NodeJS.WritableStream;
    return pretty({ colorize: true, destination: 2, sync: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname', messageKey: 'msg' });
  } catch {
    return null;
  }
}

/** Fans every line out to the output and to the test sinks (`captureLogs`). */
function destination(output: NodeJS.WritableStream | null): DestinationStream {
  return {
    write(line: string) {
      if (sinks.size) for (const sink of sinks) sink(line.endsWith('\n') ? line.slice(0, -1) : line);
      output?.write(line);
    },
  };
}

function build(options: LoggingOptions): Logger {
  const output = options.output !== undefined ? options.output : quietByDefault ? null : options.pretty ? (prettyStream() ?? process.stderr) : process.stderr;
  return pino(
    {
      level: options.level ?? 'info',
      base: options.service ? { service: options.service } : {},
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrub(object, 4) as Record<string, unknown>,
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination(output),
  );
}

let root: Logger = build({});

/** Called once at start (by the preload module) with LOG_LEVEL, the service name and the format. */
export function configureLogging(options: LoggingOptions): Logger {
  root = build(options);
  return root;
}

/** The process's logger; `logger().child({ ... })` for a module's own bindings. */
export function logger(): Logger {
  return root;
}

export const LOG_LEVELS: readonly Level[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** @internal the test sinks behind `captureLogs`. */
export function addLogSink(sink: Sink): () => void {
  sinks.add(sink);
  return () => sinks.delete(sink);
}

/** For Apollo Server's and Apollo Gateway's `logger` option: their warnings in the same stream. */
export function apolloLogger(): Logger {
  return root.child({ component: 'apollo' });
}
