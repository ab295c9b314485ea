/**
 * Which peers each subgraph may call with the caller credential it received: the gateway writes
 * them into that credential's audience, so a subgraph can forward it to those peers and no one
 * else. It mirrors each subgraph's `SubgraphDefinition.peers` (checked by
 * credential-audience.test.ts), without the gateway importing subgraph code.
 */
export const SUBGRAPH_PEERS: Readonly<Record<string, readonly string[]>> = {
  billing: ['telephony', 'numbering'],
  telephony: ['billing', 'numbering'],
  compliance: ['numbering'],
  numbering: ['compliance', 'billing'],
};

/** The audience of a caller credential for `subgraph`: itself, then its peers. */
export function credentialAudience(subgraph: string, peers: Readonly<Record<string, readonly string[]>> = SUBGRAPH_PEERS): string[] {
  return [subgraph, ...(peers[subgraph] ?? [])];
}
