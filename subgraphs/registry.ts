import { billing } from './billing/src/subgraph';
import { compliance } from './compliance/src/subgraph';
import { numbering } from './numbering/src/subgraph';
import { telephony } from './telephony/src/subgraph';

/**
 * Every subgraph, for the scripts and tests that work on all of them (schema generation,
 * migrations, the local launcher, the in-process supergraph). Subgraphs never import this.
 */
export const SUBGRAPHS = [billing, telephony, numbering, compliance] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
