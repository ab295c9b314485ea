import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, getNullableType, GraphQLList, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { FIXED_SIZE_LISTS, fixedSizeList, MAX_CATALOGUE_PLANS, MAX_COUNTRIES, MAX_PAGE_SIZE } from '../packages/kit/src';
import { CATALOGUE } from '../subgraphs/billing/src/seed/demo';
import { DocumentKind } from '../subgraphs/compliance/src/identity/identity-document.entity';

/** A connection type as `ConnectionType` declares it: edges, pageInfo and totalCount. */
const isConnectionType = (schema: GraphQLSchema, name: string) => {
  const type = schema.getType(name);
  return name.endsWith('Connection') && isObjectType(type) && ['edges', 'pageInfo', 'totalCount'].every((field) => field in type.getFields());
};

/**
 * Every list field of the schema that is neither a connection's `edges` nor in the allow-list
 * (`packages/kit/src/fixed-size-lists.ts`), and every connection field without a bounded `first`.
 */
function unboundedLists(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (isConnectionType(schema, getNamedType(field.type).name) && !field.args.some((arg) => arg.name === 'first'))
        problems.push(`${name}: a connection without first`);
      if (!(getNullableType(field.type) instanceof GraphQLList)) continue;
      if (field.name === 'edges' && isConnectionType(schema, type.name)) continue;
      if (!fixedSizeList(type.name, field.name)) problems.push(`${name}: a list that is neither a connection nor a fixed-size list`);
    }
  }
  return problems;
}

describe('lists of the client API', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema', 'api.graphql'), 'utf8'));

  it('are connections or fixed-size lists with a documented maximum (packages/kit/src/fixed-size-lists.ts)', () => {
    expect(unboundedLists(schema)).toEqual([]);
  });

  it('catches a list that grows with data, and a connection without first', () => {
    const bad = buildSchema(`
      type Query { extension: Extension, extensions: ExtensionConnection }
      type Extension { id: ID!, inboundNumbers: [String!] }
      type ExtensionConnection { edges: [Extension!]!, pageInfo: Boolean, totalCount: Int! }
    `);
    expect(unboundedLists(bad)).toEqual([
      'Query.extensions: a connection without first',
      'Extension.inboundNumbers: a list that is neither a connection nor a fixed-size list',
    ]);
  });

  it('has no stale allow-list entry: each names a list field of the API', () => {
    for (const key of Object.keys(FIXED_SIZE_LISTS).filter((k) => !k.startsWith('*.'))) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = schema.getType(typeName);
      const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[fieldName] : undefined;
      expect([key, field && getNullableType(field.type) instanceof GraphQLList]).toEqual([key, true]);
    }
    for (const { max, why } of Object.values(FIXED_SIZE_LISTS)) {
      expect(max).toBeGreaterThan(0);
      expect(max).toBeLessThanOrEqual(Math.max(MAX_COUNTRIES, MAX_PAGE_SIZE));
      expect(why.length).toBeGreaterThan(10);
    }
  });

  it('keeps the data under the documented maxima', () => {
    expect(CATALOGUE.length).toBeLessThanOrEqual(MAX_CATALOGUE_PLANS);
    for (const plan of CATALOGUE) expect(new Set(plan.destinationCodes).size).toBe(plan.destinationCodes.length);
    expect(Object.values(DocumentKind).length).toBeLessThanOrEqual(FIXED_SIZE_LISTS['Identity.documents']!.max);
  });
});
