import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { Arg, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema } from './federation';
import { accept, checkAll, COMMON_USER_ERROR_CODES, defineUserErrorTypes, refuse, userError } from './user-errors';

describe('checkAll', () => {
  it('collects the values of passing checks', () => {
    expect(checkAll({ a: accept(1), b: accept('x') })).toEqual({ ok: true, value: { a: 1, b: 'x' } });
  });

  it('reports every failure, not the first one only', () => {
    const e1 = userError('A', 'first', 'a');
    const e2 = userError('B', 'second', 'b');
    expect(checkAll({ a: refuse(e1), ok: accept(1), b: refuse(e2) })).toEqual({ ok: false, userErrors: [e1, e2] });
  });
});

/**
 * Two subgraphs declare UserErrorCode with different domain codes. Federation 2 composes an enum
 * used only in output positions as the union of the values, so this must compose, and the
 * client API must show every code once.
 */
describe('UserErrorCode across subgraphs', () => {
  function tinySubgraph(name: string, domainCodes: Record<string, string>) {
    const { UserErrorsPayload } = defineUserErrorTypes(domainCodes);
    @ObjectType(`${name}Payload`, { description: 'Result.' })
    class Payload extends UserErrorsPayload {}

    @Resolver()
    class TinyResolver {
      @Query(() => String, { name: `${name}Ping`, description: 'Ping.' })
      ping(): string {
        return 'pong';
      }

      @Mutation(() => Payload, { name: `${name}Do`, description: 'Does it.' })
      act(@Arg('input', () => String, { description: 'Input.' }) _input: string): Payload {
        return { userErrors: [] };
      }
    }
    return { name, url: `http://${name}`, typeDefs: parse(printSubgraphSchema(buildFederatedSchema({ resolvers: [TinyResolver] }))) };
  }

  it('composes into one enum holding every subgraph code', () => {
    const result = composeServices([tinySubgraph('alpha', { EXTENSION_IN_USE: 'In use.' }), tinySubgraph('beta', { NUMBER_NOT_PORTABLE: 'Not portable.' })]);
    expect(result.errors).toBeUndefined();
    const codeEnum = result.schema!.toAPISchema().toGraphQLJSSchema().getType('UserErrorCode') as import('graphql').GraphQLEnumType;
    expect(
      codeEnum
        .getValues()
        .map((v) => v.name)
        .sort(),
    ).toEqual([...Object.keys(COMMON_USER_ERROR_CODES), 'EXTENSION_IN_USE', 'NUMBER_NOT_PORTABLE'].sort());
    expect(codeEnum.getValues().every((v) => v.description)).toBe(true);
  });
});
