import type { Response } from 'express';

/**
 * The subgraph calls of each request being served, by request id, aborted when the client goes
 * away before its answer is written: each subgraph then sees its connection close and stops
 * (kit request-budget.ts). The subgraph data source registers every call it makes, finding the
 * request by the `x-request-id` header it sends. One AbortController per call, made only when a
 * call is made; not AsyncLocalStorage, whose promise hooks cost CPU on every request on Node 20.
 */
const open = new Map<string, Set<AbortController>>();

export function abortSubgraphCallsWhenClientGone(requestId: string, res: Response): void {
  const calls = new Set<AbortController>();
  open.set(requestId, calls);
  res.once('close', () => {
    open.delete(requestId);
    if (!res.writableFinished) for (const call of calls) call.abort();
  });
}

/** A signal for one subgraph call of the request with this id (none once the request is over). */
export function subgraphCallSignal(requestId: string | undefined): AbortSignal | undefined {
  const calls = requestId ? open.get(requestId) : undefined;
  if (!calls) return undefined;
  const call = new AbortController();
  calls.add(call);
  return call.signal;
}
