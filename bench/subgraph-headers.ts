import { credentialAudience } from '../gateway/src/credential-audience';
import { REQUEST_ID_HEADER, type Caller, type CallerCredentialSigner } from '../packages/kit/src';

/**
 * The headers that carry the caller on every subgraph request made by the benchmark's own
 * clients: the peer gateway (`hive-gateway.ts`) and the floor driver (`floor.ts`). They must be
 * exactly what our gateway sends (gateway/src/subgraph-data-source.ts: a caller credential for
 * that subgraph and its peers, signed with the gateway's private key, plus `x-request-id`), or
 * the comparison is not fair: the subgraphs refuse anything else.
 */
export async function subgraphHeaders(
  signer: CallerCredentialSigner,
  caller: Caller,
  requestId: string,
  subgraphName: string,
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signer.sign(caller, credentialAudience(subgraphName))}`, [REQUEST_ID_HEADER]: requestId };
}
