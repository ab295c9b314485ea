import { addLogSink, LOG_LEVELS, logger } from './logger';
import type { Level } from 'pino';

/**
 * Compatibility layer over the pino logger (`logger.ts`): `log({ level, msg, ...fields })` writes
 * one line at that level. New code may call `logger().info({ ...fields }, 'message')` instead.
 */
export function log(entry: Record<string, unknown>): void {
  const { level, msg, ...fields } = entry;
  const method: Level = LOG_LEVELS.includes(level as Level) ? (level as Level) : 'info';
  logger()[method](fields, typeof msg === 'string' ? msg : undefined);
}

/** Collects the JSON lines written until `stop` is called (tests of what the server logs). */
export function captureLogs(): { lines: string[]; stop(): void } {
  const lines: string[] = [];
  const stop = addLogSink((line) => lines.push(line));
  return { lines, stop };
}
