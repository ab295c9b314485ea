import type { RequestHandler, Response } from 'express';
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
 * Once stopped, no further query of that request starts; what is already running finishes.
 *
 * How the budget reaches the loaders without an extra argument: the subgraph builds each request's
 * context (its loaders, its peer client) inside `buildWithBudget`, and the kit's loader factories
 * take the budget in scope while they are constructed, synchronously; `argsLoader` puts it back in
 * scope while it starts its fetch, so `loadPages` called at the start of that fetch finds it too.
 * Not AsyncLocalStorage: on Node 20 it installs promise hooks that tax every promise of every
 * request (in one benchmark run, the gateway's CPU per request went from 12 to 21 ms with it). Outside a
 * request (seeding, scripts) there is no budget and nothing is counted.
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
const pastDeadline = (ms: number) =>
  new PublicError(ErrorCode.REQUEST_TOO_LARGE, `The request took longer than ${ms} ms and was stopped; ask for fewer items.`);
const abandoned = () => new PublicError(ErrorCode.REQUEST_TOO_LARGE, 'Nobody waits for this answer any more (the connection closed); the request was stopped.');

export class RequestBudget {
  rowsRead = 0;
  private reason: PublicError | null = null;
  // Made only when a peer call asks for it: most requests never need one, and an
  // AbortController per request is measurable in the benchmark.
  private controller: AbortController | null = null;
  private readonly deadlineAt: number;

  constructor(private readonly options: BudgetOptions) {
    this.deadlineAt = options.deadlineMs === null ? Infinity : Date.now() + options.deadlineMs;
  }

  /** Aborted when the request is stopped; peer calls pass it to fetch. */
  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    if (this.reason && !this.controller.signal.aborted) this.controller.abort(this.reason);
    return this.controller.signal;
  }

  /** Milliseconds left before the deadline. */
  get remainingMs(): number {
    return Math.max(0, this.deadlineAt - Date.now());
  }

  stop(reason: PublicError): void {
    if (this.reason) return;
    this.reason = reason;
    this.controller?.abort(reason);
  }

  /**
   * Throws the reason the request was stopped, if it was, or if its deadline passed. The deadline
   * is checked here, at each read, rather than by a timer per request; a peer call in flight is
   * bounded by its own timeout, cut to what is left of the deadline.
   */
  beforeQuery(): void {
    if (!this.reason && Date.now() >= this.deadlineAt) this.stop(pastDeadline(this.options.deadlineMs!));
    if (this.reason) throw this.reason;
  }

  countRows(rows: number): void {
    this.rowsRead += rows;
    if (this.rowsRead > this.options.rowBudget) {
      this.stop(tooManyRows(this.options.rowBudget));
      throw this.reason;
    }
  }
}

let inScope: RequestBudget | undefined;

/** Runs `build` with `budget` in scope: what the kit's loaders and peer clients built (or started) in it count against. */
export function buildWithBudget<T>(budget: RequestBudget | undefined, build: () => T): T {
  const previous = inScope;
  inScope = budget;
  try {
    return build();
  } finally {
    inScope = previous;
  }
}

/** The budget in scope right now (synchronously): read it once, when a loader or a page read starts. */
export const budgetInScope = (): RequestBudget | undefined => inScope;

/** One read of rows on behalf of a request: refused if the request was stopped, counted after. */
export async function readRows<T>(budget: RequestBudget | undefined, read: () => Promise<T[]>): Promise<T[]> {
  budget?.beforeQuery();
  const rows = await read();
  budget?.countRows(rows.length);
  return rows;
}

/** The budget `requestBudgetMiddleware` gave this response's request. */
export const requestBudgetOf = (res: Response): RequestBudget | undefined => res.locals.requestBudget as RequestBudget | undefined;

/**
 * Gives each request a budget (`requestBudgetOf(res)`), with its deadline and stop-on-disconnect.
 * The GraphQL handler builds the request's context with `buildWithBudget(requestBudgetOf(res), ...)`.
 */
export function requestBudgetMiddleware(options: BudgetOptions = DEFAULT_BUDGET): RequestHandler {
  return (_req, res, next) => {
    const budget = new RequestBudget(options);
    res.once('close', () => {
      // Closed before the whole answer was written: the gateway gave up, or the client left.
      if (!res.writableFinished) budget.stop(abandoned());
    });
    res.locals.requestBudget = budget;
    next();
  };
}
