type Sink = (line: string) => void;

/** Quiet under jest unless LOG_IN_TESTS is set; tests that read logs attach a sink. */
const quiet = process.env.JEST_WORKER_ID !== undefined && !process.env.LOG_IN_TESTS;
const sinks = new Set<Sink>();

/** Structured JSON logs on stderr, one object a line. */
export function log(entry: Record<string, unknown>): void {
  const line = JSON.stringify({ time: new Date().toISOString(), ...entry });
  for (const sink of sinks) sink(line);
  if (!quiet) process.stderr.write(`${line}\n`);
}

/** Collects the log lines written until `stop` is called (tests of what the server logs). */
export function captureLogs(): { lines: string[]; stop(): void } {
  const lines: string[] = [];
  const sink: Sink = (line) => lines.push(line);
  sinks.add(sink);
  return { lines, stop: () => sinks.delete(sink) };
}
