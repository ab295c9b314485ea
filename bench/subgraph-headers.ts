import { REQUEST_ID_HEADER, type Caller, type InternalTokens } from '../packages/kit/src';

/**
 * The headers that carry the caller on every subgraph request made by the benchmark's own
 * clients: the peer gateway (`hive-gateway.ts`) and the floor driver (`floor.ts`). They must be
 * exactly what our gateway sends (gateway/src/subgraph-data-source.ts: a credential for that
 * subgraph, signed with the internal secret and carrying the caller, plus `x-request-id`), or
 * the comparison is not fair: the subgraphs refuse anything else.
 */
export async function subgraphHeaders(tokens: InternalTokens, caller: Caller, requestId: string, subgraphName: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokens.sign(caller, subgraphName)}`, [REQUEST_ID_HEADER]: requestId };
}
