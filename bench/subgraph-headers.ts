import { CALLER_HEADERS, callerToHeaders, type Caller } from '../packages/kit/src';

/**
 * The headers that carry the caller on every subgraph request made by the benchmark's own
 * clients: the peer gateway (`hive-gateway.ts`) and the floor driver (`floor.ts`). They must be
 * exactly what our gateway sends (gateway/src/subgraph-data-source.ts: `callerToHeaders(caller)`
 * plus `x-request-id`), or the comparison is not fair.
 *
 * When our gateway moves to a signed per-subgraph credential, swap this one function: it already
 * receives the subgraph's name for that.
 */
export function subgraphHeaders(caller: Caller, requestId: string, _subgraphName: string): Record<string, string> {
  return { ...callerToHeaders(caller), [CALLER_HEADERS.requestId]: requestId };
}
