import { buildSchema, parse } from 'graphql';
import { operationCost } from './cost';

/** The cost rules on a schema shaped like ours: connections, a fixed-size list, entities, a cycle. */
describe('operation cost', () => {
  const schema = buildSchema(`
    type Query { account: Account, plans: [Plan!]!, tags: [String!]!, _entities(representations: [String!]!): [Entity]! }
    union Entity = Account | Extension
    type Account { id: ID!, phoneNumbers(first: Int! = 20): PhoneNumberConnection }
    type PhoneNumberConnection { edges: [PhoneNumberEdge!]!, totalCount: Int! }
    type PhoneNumberEdge { node: PhoneNumber! }
    type PhoneNumber { e164: String!, extension: Extension }
    type Extension { number: String!, inboundNumbers(first: Int! = 20): PhoneNumberConnection }
    type Plan { name: String!, destinations: [Country!]! }
    type Country { code: String!, name: String! }
  `);
  const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost({ schema, document: parse(query), variables });

  it('multiplies a connection by first (default 20), its edges once', () => {
    // account 1 + phoneNumbers (1 + 5 x (edges 1 + node 1 + e164 1))
    expect(cost('{ account { phoneNumbers(first: 5) { edges { node { e164 } } } } }')).toBe(1 + 1 + 5 * 3);
    expect(cost('{ account { phoneNumbers { totalCount } } }')).toBe(1 + 1 + 20 * 1);
    expect(cost('query($n: Int!) { account { phoneNumbers(first: $n) { totalCount } } }', { n: 7 })).toBe(1 + 1 + 7);
  });

  it('counts a cycle through a reference at every level', () => {
    const inner = 1 + 10 * 3; // inboundNumbers(first: 10) { edges { node { e164 } } }
    expect(cost('{ account { phoneNumbers(first: 100) { edges { node { extension { inboundNumbers(first: 10) { edges { node { e164 } } } } } } } } }')).toBe(
      1 + 1 + 100 * (1 + 1 + 1 + inner),
    );
  });

  it('multiplies a fixed-size list by its documented maximum, a list of leaves by its length', () => {
    // plans: 20 x (name 1 + destinations (1 + 249 x 2))
    expect(cost('{ plans { name destinations { code name } } }')).toBe(1 + 20 * (1 + 1 + 249 * 2));
    // An unlisted list is assumed as long as the largest page.
    expect(cost('{ tags }')).toBe(1 + 100);
  });

  it('multiplies `_entities` by its representations, counting the dearest type', () => {
    const query =
      'query($r: [String!]!) { _entities(representations: $r) { ... on Account { id } ... on Extension { number inboundNumbers(first: 3) { totalCount } } } }';
    expect(cost(query, { r: ['a', 'b', 'c', 'd'] })).toBe(1 + 4 * (1 + 1 + 3));
  });

  it('follows named fragments and honours @skip/@include', () => {
    expect(cost('query { account { ...N } } fragment N on Account { phoneNumbers(first: 2) { totalCount } }')).toBe(1 + 1 + 2);
    expect(cost('query($s: Boolean!) { account { id phoneNumbers(first: 50) @skip(if: $s) { totalCount } } }', { s: true })).toBe(1 + 1);
    expect(cost('query($s: Boolean!) { account { id phoneNumbers(first: 50) @include(if: $s) { totalCount } } }', { s: true })).toBe(1 + 1 + 1 + 50);
  });

  it('refuses a page size out of range', () => {
    expect(() => cost('{ account { phoneNumbers(first: 101) { totalCount } } }')).toThrow('first must be between 1 and 100.');
    expect(() => cost('{ account { phoneNumbers(first: 0) { totalCount } } }')).toThrow('first must be between 1 and 100.');
  });
});
