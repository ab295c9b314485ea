import { buildSchema, parse } from 'graphql';
import { disallowedFields } from './service-access';

const schema = buildSchema(`
  type Plan { id: ID! family: String! price: Int! }
  type Account { id: ID! name: String! }
  union _Entity = Plan | Account
  type Query { plans: [Plan!]! accounts: [Account!]! _entities(representations: [String!]!): [_Entity]! }
  type Mutation { deletePlan(id: ID!): Boolean! }
`);
const allowed = ['Query.plans', 'Plan.id', 'Plan.family', 'Query._entities'];
const check = (query: string, operationName?: string) => disallowedFields(schema, parse(query), operationName, allowed);

describe('disallowedFields (service read allow-list)', () => {
  it('passes listed fields, __typename included, through inline and named fragments', () => {
    expect(check('{ plans { id family __typename } }')).toEqual([]);
    expect(check('{ _entities(representations: ["x"]) { ... on Plan { family } } }')).toEqual([]);
    expect(check('query Q { plans { ...P } } fragment P on Plan { id }')).toEqual([]);
  });

  it('names every field not listed, wherever it hides', () => {
    expect(check('{ plans { id price } accounts { name } }')).toEqual(['Plan.price', 'Query.accounts', 'Account.name']);
    expect(check('{ _entities(representations: ["x"]) { ... on Account { name } } }')).toEqual(['Account.name']);
    expect(check('query Q { plans { ...P } } fragment P on Plan { price }')).toEqual(['Plan.price']);
    expect(check('{ __schema { queryType { name } } }')).toContain('Query.__schema');
  });

  it('refuses mutations whatever they select, and checks the operation that runs', () => {
    expect(check('mutation { __typename }')).toEqual(['mutation operation']);
    expect(check('query A { plans { id } } query B { accounts { id } }', 'B')).toEqual(['Query.accounts', 'Account.id']);
    expect(check('query A { plans { id } }', 'Missing')).toEqual(['(no operation)']);
  });
});
