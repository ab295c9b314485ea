import type { RequestHandler } from 'express';
import { log } from './log';

/** Default of SHUTDOWN_GRACE_MS: how long requests in flight may take to finish after SIGTERM. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** A readiness check that does not answer within this is a failed check. */
const CHECK_TIMEOUT_MS = 2_000;

type Check = () => Promise<unknown>;
type Closer = () => Promise<unknown> | unknown;

/**
 * What a service must do when it stops, and what it must answer while it runs: one per process
 * (gateway or subgraph), shared by the parts that open resources.
 *
 * - `/ready` (readiness, for a load balancer) answers 503 while draining or when a check fails
 *   (the database does not answer); `/health` (liveness) says nothing about either.
 * - `onClose` is the hook list of what to close once HTTP has drained: databases, broker
 *   connections, a relay, the rate limiter's Redis client. Hooks run in reverse registration
 *   order (what was opened last, and may use what was opened first, closes first), each once,
 *   and one failing hook does not stop the others.
 */
export class Lifecycle {
  private drainingSince: number | null = null;
  private readonly checks: { name: string; check: Check }[] = [];
  private readonly closers: { name: string; close: Closer }[] = [];
  private closing: Promise<void> | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  /** `check` resolves when the dependency answers; it is run on every `/ready` request. */
  addReadinessCheck(name: string, check: Check): void {
    this.checks.push({ name, check });
  }

  /** Registers something to close after HTTP has drained (a database, a NATS connection...). */
  onClose(name: string, close: Closer): void {
    this.closers.push({ name, close });
  }

  /** From now on `/ready` answers 503: load balancers stop sending new requests. */
  beginDraining(): void {
    this.drainingSince ??= Date.now();
  }

  /** Names of the checks that fail now (none when ready). */
  async failingChecks(): Promise<string[]> {
    const results = await Promise.all(
      this.checks.map(async ({ name, check }) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
        });
        try {
          await Promise.race([check(), timeout]);
          return null;
        } catch (error) {
          log({ level: 'warn', msg: 'readiness check failed', check: name, error: error instanceof Error ? error.message : String(error) });
          return name;
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return results.filter((name): name is string => name !== null);
  }

  /** GET /ready: 200 `{status: "ready"}`, or 503 with `draining` or the failing checks' names. */
  readonly readyHandler: RequestHandler = async (_req, res) => {
    if (this.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const failing = await this.failingChecks();
    if (failing.length) res.status(503).json({ status: 'unavailable', failing });
    else res.json({ status: 'ready' });
  };

  /** Runs every close hook once, newest first; later calls wait for the same run. */
  closeResources(): Promise<void> {
    this.closing ??= (async () => {
      for (const { name, close } of [...this.closers].reverse()) {
        try {
          await close();
        } catch (error) {
          log({ level: 'error', msg: 'close hook failed', hook: name, error: error instanceof Error ? error.message : String(error) });
        }
      }
    })();
    return this.closing;
  }
}

export interface ShutdownSteps {
  lifecycle: Lifecycle;
  /** Stops accepting and waits for requests in flight (up to the grace period). */
  drainHttp(): Promise<void>;
  /** Time between "not ready" and "stop accepting", for a load balancer to notice (SHUTDOWN_DELAY_MS). */
  delayMs?: number;
}

/**
 * The shutdown sequence, the same for the gateway and every subgraph:
 * 1. `/ready` answers 503 (draining); 2. after `delayMs`, the server stops accepting connections;
 * 3. requests in flight finish (up to the grace period, then their connections are cut);
 * 4. the close hooks run (databases, brokers). The process then exits.
 */
export async function shutDown({ lifecycle, drainHttp, delayMs = 0 }: ShutdownSteps): Promise<void> {
  log({ level: 'info', msg: 'draining', delayMs });
  lifecycle.beginDraining();
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  await drainHttp();
  await lifecycle.closeResources();
  log({ level: 'info', msg: 'stopped' });
}

/**
 * SIGTERM and SIGINT run `stop` once, then exit (0 when it finished, 1 when it threw). The only
 * signal handler of the process: Apollo's own is turned off (`stopOnTerminationSignals: false`).
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log({ level: 'info', msg: 'signal received', signal });
    stop().then(
      () => process.exit(0),
      (error) => {
        log({ level: 'error', msg: 'shutdown failed', error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
