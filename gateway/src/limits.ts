import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, MAX_PAGE_SIZE } from '../../packages/kit/src';

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
  /** Fields times list sizes (`first`, default 20): bounds the rows one request can make us read. */
  maxCost: 12_000,
  /** JSON body of one request. */
  maxBodyBytes: 64 * 1024,
  /** Largest `first` of a connection (the subgraphs refuse more too). */
  maxPageSize: MAX_PAGE_SIZE,
} as const;

const limitError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });

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

/** A list field costs its `first` (or the default page size) times what each item selects. */
const listEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (!('first' in args)) return undefined;
  const first = Number(args.first);
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.maxPageSize) {
    throw limitError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${LIMITS.maxPageSize}.`, { field: 'first' });
  }
  return 1 + first * childComplexity;
};

type CostInput = Pick<GraphQLRequestContextDidResolveOperation<any>, 'schema' | 'document' | 'request' | 'operationName'>;
const costs = new WeakMap<object, number>();

/**
 * The cost of one resolved operation (estimators above), computed once per request: the cost
 * limit below and the rate limiter (rate-limit.ts) both read it.
 */
export function operationCost({ schema, document, request, operationName }: CostInput): number {
  const known = costs.get(request);
  if (known !== undefined) return known;
  const cost = getComplexity({
    schema,
    query: document,
    variables: request.variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [listEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  costs.set(request, cost);
  return cost;
}

/** Refuses, once variables are known and before execution, a request whose cost is over the limit. */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          const cost = operationCost(context);
          if (cost > LIMITS.maxCost) throw limitError(ErrorCode.QUERY_TOO_COMPLEX, `The request would cost ${cost}, over the limit of ${LIMITS.maxCost}; ask for fewer items or fields.`);
        },
      };
    },
  };
}
