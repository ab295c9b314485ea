/** Structured JSON logs on stderr, one object a line. Quiet under jest unless LOG_IN_TESTS is set. */
const quiet = process.env.JEST_WORKER_ID !== undefined && !process.env.LOG_IN_TESTS;

export function log(entry: Record<string, unknown>): void {
  if (quiet) return;
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}
