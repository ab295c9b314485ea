import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import type { RequestHandler } from 'express';
import { ErrorCode, PublicError } from './errors';

/**
 * Bounds the work one request may cause in a subgraph, once it runs. graphql-js cannot stop
 * building a result it started, so the bound sits where rows come in: every read of the kit's
 * loaders (`rowLoader`, `groupLoader`, `argsLoader`, `loadPages`) and every peer call asks the
 * request's budget first, and counts the rows it got back. The budget stops the request when
 *
 * - it has read more than `rowBudget` rows (REQUEST_TOO_LARGE);
 * - its deadline passed (a little under the gateway's SUBGRAPH_TIMEOUT_MS: after that nobody
 *   reads the answer);
 * - its HTTP connection closed before the answer was sent (the gateway timed out, or the client
 *   went away and the gateway aborted its calls).
 *
 * Once stopped, no further query of that request starts; what is already running finishes. The
 * budget travels with the request through AsyncLocalStorage, so loaders need no extra argument;
 * outside a request (seeding, scripts) there is no budget and nothing is counted.
 */
export interface BudgetOptions {
  /** Most rows one request may read through the loaders. */
  rowBudget: number;
  /** Milliseconds after which the request's reads are refused; null for none. 0 refuses every read (tests). */
  deadlineMs: number | null;
}

/** Rows one subgraph request may read: the whole-account request at 100 items per list reads under 1,000 in any subgraph. */
export const DEFAULT_ROW_BUDGET = 10_000;

/** Under the gateway's default SUBGRAPH_TIMEOUT_MS (5,000 ms), so the gateway still gets the error. */
export const DEFAULT_REQUEST_DEADLINE_MS = 4_500;

export const DEFAULT_BUDGET: BudgetOptions = { rowBudget: DEFAULT_ROW_BUDGET, deadlineMs: DEFAULT_REQUEST_DEADLINE_MS };

const tooManyRows = (budget: number) =>
  new PublicError(ErrorCode.REQUEST_TOO_LARGE, `The request needs more than ${budget} rows, over what one request may read; ask for fewer items.`);
const pastDeadline = (ms: number) => new PublicError(ErrorCode.REQUEST_TOO_LARGE, `The request took longer than ${ms} ms and was stopped; ask for fewer items.`);
const abandoned = () => new PublicError(ErrorCode.REQUEST_TOO_LARGE, 'Nobody waits for this answer any more (the connection closed); the request was stopped.');

export class RequestBudget {
  rowsRead = 0;
  private readonly controller = new AbortController();
  private readonly deadlineAt: number;

  constructor(private readonly options: BudgetOptions) {
    this.deadlineAt = options.deadlineMs === null ? Infinity : Date.now() + options.deadlineMs;
    // Every subgraph or peer call of the request listens to it (a query plan can run dozens at once).
    setMaxListeners(1000, this.controller.signal);
  }

  /** Aborted when the request is stopped; peer calls pass it to fetch. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  stop(reason: PublicError): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }

  /** Throws the reason the request was stopped, if it was (or its deadline passed). */
  beforeQuery(): void {
    if (!this.signal.aborted && Date.now() >= this.deadlineAt) this.stop(pastDeadline(this.options.deadlineMs!));
    if (this.signal.aborted) throw this.signal.reason;
  }

  countRows(rows: number): void {
    this.rowsRead += rows;
    if (this.rowsRead > this.options.rowBudget) {
      this.stop(tooManyRows(this.options.rowBudget));
      throw this.signal.reason;
    }
  }
}

const scope = new AsyncLocalStorage<RequestBudget>();

/** The budget of the request being served, if any. */
export const currentRequestBudget = (): RequestBudget | undefined => scope.getStore();

/** One read of rows on behalf of the current request: refused if the request was stopped, counted after. */
export async function readRows<T>(read: () => Promise<T[]>): Promise<T[]> {
  const budget = scope.getStore();
  budget?.beforeQuery();
  const rows = await read();
  budget?.countRows(rows.length);
  return rows;
}

/** Refuses to start more work for a request that was stopped. */
export function checkRequestBudget(): void {
  scope.getStore()?.beforeQuery();
}

/**
 * Gives each request a budget and runs the rest of its handling inside it. Put it after the body
 * parser (stream callbacks do not carry the async context) and right before the GraphQL handler.
 */
export function requestBudgetMiddleware(options: BudgetOptions = DEFAULT_BUDGET): RequestHandler {
  return (_req, res, next) => {
    const budget = new RequestBudget(options);
    const deadline = options.deadlineMs ? setTimeout(() => budget.stop(pastDeadline(options.deadlineMs!)), options.deadlineMs) : null;
    deadline?.unref();
    res.once('close', () => {
      if (deadline) clearTimeout(deadline);
      // Closed before the whole answer was written: the gateway gave up, or the client left.
      if (!res.writableFinished) budget.stop(abandoned());
    });
    scope.run(budget, next);
  };
}
