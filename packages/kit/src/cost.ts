import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, GraphQLList, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './connection';
import { ErrorCode } from './errors';
import { fixedSizeList } from './fixed-size-lists';

/**
 * The one set of cost rules, applied by the gateway to a client's operation and by every subgraph
 * to what the gateway (or a peer) asks of it, before anything is resolved:
 *
 * - every field costs 1;
 * - a connection (a field with `first`) costs 1 + `first` x what each item selects;
 * - a connection's `edges` were already multiplied by `first`, so they cost 1 + their selection;
 * - `_entities` costs 1 + the number of representations x what each selects (how the gateway
 *   fans out one list into another subgraph, so a cycle such as number -> extension -> numbers
 *   costs the same whether it arrives in one document or through entity references);
 * - a fixed-size list (`fixed-size-lists.ts`) costs 1 + its maximum x what each item selects;
 * - any other list costs 1 + MAX_PAGE_SIZE x what each item selects (the schema test keeps such
 *   lists out of the client API; this is the fallback for the federation plumbing).
 * A list of leaves counts each item as 1.
 *
 * Computed once per operation (graphql-query-complexity walks the document), never per resolved
 * field: the benchmark removed per-field plugins for speed.
 */
export const MAX_COST = 35_000;

const refusal = (code: ErrorCode, message: string, httpStatus: number, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra, http: { status: httpStatus } } });

function estimator(httpStatus: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const each = Math.max(childComplexity, 1);
    if ('first' in args) {
      const first = Number(args.first);
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
        throw refusal(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE_SIZE}.`, httpStatus, { field: 'first' });
      }
      return 1 + first * each;
    }
    if (!(getNullableType(field.type) instanceof GraphQLList)) return 1 + childComplexity;
    if (field.name === '_entities') return 1 + (Array.isArray(args.representations) ? args.representations.length : 1) * each;
    if (field.name === 'edges' && type.name.endsWith('Connection')) return 1 + childComplexity;
    return 1 + (fixedSizeList(type.name, field.name)?.max ?? MAX_PAGE_SIZE) * each;
  };
}

export interface CostQuery {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** The cost of an operation under the rules above; throws BAD_USER_INPUT for a `first` out of range. */
export function operationCost({ schema, document, variables, operationName }: CostQuery, httpStatus = 400): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [estimator(httpStatus)] });
}

export interface CostLimitOptions {
  maxCost?: number;
  /**
   * HTTP status of a refusal. The gateway answers 400; a subgraph answers 200 with the error, so
   * that the gateway hands its code (QUERY_TOO_COMPLEX) on to the client instead of reporting the
   * subgraph as unavailable.
   */
  httpStatus?: number;
}

/** Refuses, once variables are known and before execution, an operation whose cost is over the limit. */
export function costLimitPlugin<C extends object>({ maxCost = MAX_COST, httpStatus = 400 }: CostLimitOptions = {}): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = operationCost({ schema, document, variables: request.variables, operationName }, httpStatus);
          if (cost > maxCost) {
            throw refusal(ErrorCode.QUERY_TOO_COMPLEX, `The request would cost ${cost}, over the limit of ${maxCost}; ask for fewer items or fields.`, httpStatus);
          }
        },
      };
    },
  };
}
