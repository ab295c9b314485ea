import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { canAccessAccount } from './caller';
import type { BaseContext } from './subgraph';

/** Resolvers type-graphql cannot declare: how an entity is found from its key representation. */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

/**
 * Builds an Apollo Federation 2 subgraph schema from type-graphql resolvers.
 * `printSchemaWithDirectives` keeps `@key` (graphql's own printer drops it), and the reference
 * resolvers go in with the others: added to the built schema later, they would never be called.
 */
export function buildFederatedSchema(options: Omit<BuildSchemaOptions, 'skipCheck'>, references: ReferenceResolvers = {}): GraphQLSchema {
  const schema = buildSchemaSync({ ...options, skipCheck: true, validate: false });
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const [typeName, reference] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

/**
 * Reference resolver of an account stub in a subgraph that only adds fields to Account: the
 * caller's own account (any for staff) resolves to the stub, any other to null, so a crafted
 * reference to a foreign account yields nothing at all.
 */
export function accountStubReference<T extends { id: string }>(Stub: new () => T) {
  return {
    __resolveReference: (reference: { id: string }, context: BaseContext) =>
      canAccessAccount(context.caller, reference.id) ? Object.assign(new Stub(), { id: reference.id }) : null,
  };
}
