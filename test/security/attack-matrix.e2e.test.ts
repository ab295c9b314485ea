import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { fixtureIds, type Caller } from '../../packages/kit/src';
import { SUBGRAPHS, type SubgraphName } from '../../subgraphs/registry';
import { makeFixture, Stack } from '../support/stack';

/**
 * The attack matrix, generated from the schema so that a new field cannot be forgotten: with a
 * token for account B, every root field and mutation that takes an id is called with account A's
 * ids, and every entity type is asked for by A's keys straight at each subgraph that resolves it
 * (as a tricked gateway would). Nothing of A's may come back, and none of A's rows may change.
 * A field whose ids the matrix cannot map to one of A's objects fails the test: map it below.
 */
const schemaDir = join(__dirname, '..', '..', 'schema');
const api = buildSchema(readFileSync(join(schemaDir, 'api.graphql'), 'utf8'));

/** Input names that hold an id of some type, beyond `id` (which means the field's own type). */
const ID_ARGUMENT_TYPES: Record<string, string> = {
  accountId: 'Account',
  extensionId: 'Extension',
  phoneNumberId: 'PhoneNumber',
  identityId: 'Identity',
  outboundCallerIdNumberId: 'PhoneNumber',
  planId: 'Plan',
  documentId: 'IdentityDocument',
  subscriptionId: 'Subscription',
  eventId: 'ParkedEvent',
};

/** Types whose ids are not tenant data (the public catalogue). */
const PUBLIC_TYPES = new Set(['Plan']);

describe('attack matrix: account B against account A', () => {
  let stack: Stack;
  const a = makeFixture({ extensions: 3, numbers: 3, identities: 2 }, 'Victim');
  const b = makeFixture({ extensions: 1, numbers: 1, identities: 1 }, 'Attacker');
  let aId: string;
  let bId: string;
  let attacker: Caller;
  /** A's ids by GraphQL type. */
  let pools: Record<string, string[]>;
  /** Strings that belong to A only: finding one in a response is a leak. */
  let fingerprints: string[];

  beforeAll(async () => {
    stack = await Stack.start();
    aId = await stack.seed(a);
    bId = await stack.seed(b);
    attacker = { subject: 'attacker', role: 'CUSTOMER', accountId: bId };
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    const billing = stack.subgraphs.billing.subgraph.dataSource;
    const compliance = stack.subgraphs.compliance.subgraph.dataSource;
    pools = {
      Account: [aId],
      Extension: range(a.extensions).map((i) => fixtureIds.extension(a, i)),
      PhoneNumber: range(a.numbers).map((i) => fixtureIds.phoneNumber(a, i)),
      Identity: range(a.identities).map((i) => fixtureIds.identity(a, i)),
      Subscription: (await billing.query('SELECT id FROM subscriptions WHERE account_id = ?', [aId])).map((r: { id: string }) => r.id),
      IdentityDocument: (await compliance.query(`SELECT id FROM identity_documents WHERE identity_id IN (${pools_placeholder(a.identities)})`, range(a.identities).map((i) => fixtureIds.identity(a, i)))).map((r: { id: string }) => r.id),
      Plan: (await billing.query('SELECT id FROM plans')).map((r: { id: string }) => r.id),
      // Staff-only (staff:write): a customer is refused whatever the id.
      ParkedEvent: [fixtureIds.extension(a, 99)],
    };
    fingerprints = [a.name, `@${a.key}.example`, ...Object.entries(pools).filter(([type]) => !PUBLIC_TYPES.has(type)).flatMap(([, ids]) => ids)];
  });
  afterAll(() => stack?.close());

  function pools_placeholder(n: number) {
    return Array.from({ length: n }, () => '?').join(', ');
  }

  /** Every row of every table, minus B's own and bookkeeping: what must not change. */
  async function snapshot(): Promise<string> {
    const tables: Record<string, unknown[]> = {};
    for (const [name, running] of Object.entries(stack.subgraphs)) {
      const db = running.subgraph.dataSource;
      for (const { tableName } of db.entityMetadatas) {
        if (tableName.startsWith('idempotency')) continue;
        const rows = (await db.query(`SELECT * FROM ${tableName} ORDER BY 1`)) as Record<string, unknown>[];
        tables[`${name}.${tableName}`] = rows.filter((row) => !JSON.stringify(row).includes(bId)).map((row) => JSON.stringify(row));
      }
    }
    return JSON.stringify(tables);
  }

  /** `echoed`: the key the attacker sent itself, which a stub may echo back without telling anything. */
  function expectNoLeak(where: string, body: unknown, echoed?: string) {
    const text = JSON.stringify((body as { data?: unknown }).data ?? null);
    const leaked = fingerprints.filter((f) => f !== echoed && text.includes(f));
    if (leaked.length) throw new Error(`${where} leaked account A's data: ${leaked.join(', ')}\n${text.slice(0, 500)}`);
  }

  it('root fields and mutations with A ids give B nothing of A, and change nothing', async () => {
    const before = await snapshot();
    const token = await stack.token(attacker);
    const cases = rootCases(api, (typeName, where) => {
      const pool = pools[typeName];
      if (!pool) throw new Error(`${where}: no pool of account A ids for type ${typeName}; add it to the attack matrix`);
      return pool[0]!;
    });
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const { status, body } = await stack.request(token, c.query, c.variables);
      // A case the gateway refuses proves nothing: it must run.
      if (status !== 200) throw new Error(`${c.name} was refused (${status}): ${JSON.stringify(body.errors)}`);
      expectNoLeak(c.name, body);
    }
    expect(await snapshot()).toBe(before);
    console.log(`attack matrix: ${cases.length} root-field cases: ${cases.map((c) => c.name).join(', ')}`);
  });

  it('entity references by A keys, straight at every subgraph that resolves them, give B nothing of A', async () => {
    let count = 0;
    for (const definition of SUBGRAPHS) {
      const sdl = readFileSync(join(schemaDir, `${definition.name}.graphql`), 'utf8');
      const subgraphSchema = buildSchema(sdl.replace(/^extend schema[\s\S]*?\n\n/m, ''), { assumeValidSDL: true });
      for (const typeName of entityTypes(sdl)) {
        const type = subgraphSchema.getType(typeName);
        if (!isObjectType(type) || PUBLIC_TYPES.has(typeName)) continue;
        for (const [id, depth] of (pools[typeName] ?? []).flatMap((id) => [0, 1, 2, 3].map((depth) => [id, depth] as const))) {
          const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeName} ${selectionOf(type, depth)} } }`;
          const { status, body } = await stack.requestSubgraph(definition.name as SubgraphName, attacker, query, { r: [{ __typename: typeName, id }] });
          expect(status).toBe(200);
          expectNoLeak(`${definition.name} _entities ${typeName}(${id})`, body, id);
          count += 1;
        }
      }
    }
    expect(count).toBeGreaterThan(0);
    console.log(`attack matrix: ${count} entity-reference cases`);
  });
});

/** Types a subgraph resolves by key (`@key` without `resolvable: false`). */
function entityTypes(sdl: string): string[] {
  return [...sdl.matchAll(/type (\w+)[^{]*@key\(fields: "id"(?!, resolvable: false)/g)].map((m) => m[1]!);
}

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Cases for every root field and mutation, with A's ids wherever they take one (directly or inside their input). */
function rootCases(schema: GraphQLSchema, idFor: (typeName: string, where: string) => string): Case[] {
  const cases: Case[] = [];
  for (const [operation, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const where = `${root.name}.${field.name}`;
      let takesId = false;
      const variables: Record<string, unknown> = {};
      for (const arg of field.args) {
        if (arg.defaultValue !== undefined) continue; // defaults (page sizes) as a client would leave them
        const value = valueFor(arg.type, arg.name, field, where, idFor, () => (takesId = true));
        if (value !== undefined) variables[arg.name] = value;
      }
      // Fields without ids are attacked too: a staff-only list that forgot its check leaks A here.
      void takesId;
      const definitions = field.args.filter((arg) => arg.name in variables).map((arg: GraphQLArgument) => `$${arg.name}: ${arg.type.toString()}`);
      const args = field.args.filter((arg) => arg.name in variables).map((arg) => `${arg.name}: $${arg.name}`);
      // Leaves only, then deep: a deep selection can hide a leak when a non-null child nulls the parent.
      for (const depth of [0, 1, 2, 3]) {
        const selection = isLeafType(getNamedType(field.type)) ? '' : selectionOf(getNamedType(field.type) as never, depth);
        cases.push({
          name: `${where}@${depth}`,
          query: `${operation}${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`,
          variables,
        });
      }
    }
  }
  return cases;
}

/** A value for an input: A's id for id inputs, a plausible value for the rest (required ones only). */
function valueFor(type: GraphQLInputType, name: string, field: GraphQLField<unknown, unknown>, where: string, idFor: (typeName: string, where: string) => string, sawId: () => void): unknown {
  const required = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = valueFor(inner.ofType, name, field, where, idFor, sawId);
    return item === undefined ? (required ? [] : undefined) : [item];
  }
  const named = getNamedType(inner);
  if (isScalarType(named) && named.name === 'ID') {
    sawId();
    const typeName = name === 'id' ? ownTypeOf(field) : ID_ARGUMENT_TYPES[name];
    if (!typeName) throw new Error(`${where}(${name}): which type's id is this? Map it in ID_ARGUMENT_TYPES`);
    return idFor(typeName, `${where}(${name})`);
  }
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const inputField of Object.values(named.getFields())) {
      if (inputField.defaultValue !== undefined) continue;
      const v = valueFor(inputField.type, inputField.name, field, `${where}.${inputField.name}`, idFor, sawId);
      if (v !== undefined) value[inputField.name] = v;
    }
    return value;
  }
  if (!required) return undefined;
  if (isEnumType(named)) return named.getValues()[0]!.value;
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return new Date().toISOString();
    default:
      return 'attack';
  }
}

/** The object type an `id` argument refers to: the field's type, or the entity its payload carries or names. */
function ownTypeOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.name.endsWith('Payload')) {
    const entity = Object.values(named.getFields()).find((f) => f.name !== 'userErrors' && isObjectType(getNamedType(f.type)));
    if (entity) return getNamedType(entity.type).name;
    // A payload without its entity (a delete): the noun of the mutation, deleteExtension -> Extension.
    return field.name.replace(/^[a-z]+/, '');
  }
  return named.name;
}

/** Every field without required arguments, `depth` levels down. */
function selectionOf(type: { getFields(): Record<string, GraphQLField<unknown, unknown>> }, depth: number): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const named = getNamedType(field.type as GraphQLOutputType);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth > 0 && isObjectType(named)) parts.push(`${field.name} ${selectionOf(named, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}
