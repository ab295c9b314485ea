import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitPlugin as kitCostLimitPlugin, MAX_COST, MAX_PAGE_SIZE, requestCost } from '../../packages/kit/src';

/**
 * What one request may ask of the gateway. Each limit is refused with HTTP 400 before any subgraph
 * is called. The numbers leave about twice the room the customer area's largest screen needs (the
 * whole-account request with 100 items per list: depth 8, ~300 tokens, cost ~5,000).
 */
export const LIMITS = {
  /** Nesting of selections; the deepest real path is viewer.account.phoneNumbers.edges.node.routing.extension.plan. */
  maxDepth: 12,
  /** Aliases let one request repeat an expensive field; a screen needs a handful. */
  maxAliases: 15,
  maxDirectives: 20,
  /** Lexer tokens, checked while parsing (graphql-js `maxTokens`): stops huge documents cheaply. */
  maxTokens: 2_000,
  /**
   * Fields times list sizes (`first`, default 20; fixed-size lists by their maximum; entity
   * fan-out by its representations): bounds what one request can make the subgraphs read.
   */
  maxCost: MAX_COST,
  /** JSON body of one request. */
  maxBodyBytes: 64 * 1024,
  /** Largest `first` of a connection (the subgraphs refuse more too). */
  maxPageSize: MAX_PAGE_SIZE,
} as const;

/** Depth, aliases and directives as validation rules (graphql-armor); suggestions hidden in production. */
export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Tokens are counted by graphql-js itself (parseOptions), cost by the plugin below.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** The kit's cost rules (packages/kit/src/cost.ts), the same the subgraphs apply; refused with 400 here. */
export const costLimitPlugin = (): ApolloServerPlugin => kitCostLimitPlugin({ maxCost: LIMITS.maxCost, httpStatus: 400 });

/** The request's cost under the kit's rules, computed once per request (the rate limiter reads it too). */
export const operationCost = (context: Pick<GraphQLRequestContextDidResolveOperation<any>, 'schema' | 'document' | 'request' | 'operationName'>): number =>
  requestCost(context);
