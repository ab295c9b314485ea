import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLList,
  GraphQLSkipDirective,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getDirectiveValues } from 'graphql/execution/values';
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
 * Computed once per operation by one walk over the document, never per resolved field: the
 * benchmark removed per-field plugins for speed.
 */
export const MAX_COST = 35_000;

const refusal = (code: ErrorCode, message: string, httpStatus: number, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra, http: { status: httpStatus } } });

export interface CostQuery {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  httpStatus: number;
}

/** What one field costs, given what each of its items selects (`child`). */
function fieldCost(walk: Walk, parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, child: number): number {
  const each = Math.max(child, 1);
  if ('first' in args) {
    const first = Number(args.first);
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw refusal(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE_SIZE}.`, walk.httpStatus, { field: 'first' });
    }
    return 1 + first * each;
  }
  if (!(getNullableType(field.type) instanceof GraphQLList)) return 1 + child;
  if (field.name === '_entities') return 1 + (Array.isArray(args.representations) ? args.representations.length : 1) * each;
  if (field.name === 'edges' && parent.name.endsWith('Connection')) return 1 + child;
  return 1 + (fixedSizeList(parent.name, field.name)?.max ?? MAX_PAGE_SIZE) * each;
}

/** `@skip(if:)` / `@include(if:)` */
function skipped(walk: Walk, node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
  if (!node.directives?.length) return false;
  for (const directive of node.directives) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const value =
      directive.name.value === 'skip'
        ? getDirectiveValues(GraphQLSkipDirective, node, walk.variables)
        : getDirectiveValues(GraphQLIncludeDirective, node, walk.variables);
    if (value && (name === 'skip' ? value.if === true : value.if === false)) return true;
  }
  return false;
}

/**
 * The cost of a selection set on `type`. Fragments on different concrete types of an abstract
 * type (the `... on Extension`, `... on Account` of `_entities`) apply to different items, so the
 * most expensive one counts, not their sum.
 */
function selectionCost(walk: Walk, type: GraphQLNamedType, selectionSet: SelectionSetNode): number {
  let direct = 0;
  let byType: Map<string, number> | null = null;
  const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : null;
  for (const selection of selectionSet.selections) {
    if (skipped(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const field = fields?.[selection.name.value];
      if (!field) continue; // __typename and introspection (gated elsewhere)
      const child = selection.selectionSet ? selectionCost(walk, getNamedType(field.type), selection.selectionSet) : 0;
      const args = field.args.length ? getArgumentValues(field, selection, walk.variables) : {};
      direct += fieldCost(walk, type, field, args, child);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
    if (!fragment) continue;
    const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
    if (!condition) continue;
    const cost = selectionCost(walk, condition, fragment.selectionSet);
    if (condition === type) direct += cost;
    else (byType ??= new Map()).set(condition.name, (byType.get(condition.name) ?? 0) + cost);
  }
  return direct + (byType ? Math.max(...byType.values()) : 0);
}

/**
 * The cost of an operation under the rules above; throws BAD_USER_INPUT for a `first` out of
 * range. A plain walk over the document (no TypeInfo visitor): it runs in every subgraph request.
 */
export function operationCost({ schema, document, variables, operationName }: CostQuery, httpStatus = 400): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) operation ??= definition;
  }
  if (!operation) return 0;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost({ schema, fragments, variables: variables ?? {}, httpStatus }, root, operation.selectionSet);
}

const requestCosts = new WeakMap<object, number>();

/**
 * The cost of one request's resolved operation, computed once per request: the cost limit and the
 * gateway's rate limiter (gateway/src/rate-limit.ts) both read it.
 */
export function requestCost(
  { schema, document, request, operationName }: Pick<GraphQLRequestContextDidResolveOperation<any>, 'schema' | 'document' | 'request' | 'operationName'>,
  httpStatus = 400,
): number {
  const known = requestCosts.get(request);
  if (known !== undefined) return known;
  const cost = operationCost({ schema, document, variables: request.variables, operationName }, httpStatus);
  requestCosts.set(request, cost);
  return cost;
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
        async didResolveOperation(context) {
          const cost = requestCost(context, httpStatus);
          if (cost > maxCost) {
            throw refusal(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The request would cost ${cost}, over the limit of ${maxCost}; ask for fewer items or fields.`,
              httpStatus,
            );
          }
        },
      };
    },
  };
}
