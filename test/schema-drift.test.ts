import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLNamedType } from 'graphql';
import { composeSchemaFiles } from '../scripts/compose';

/** schema/ is generated and committed: it must be what the code produces, and fully described. */
describe('committed schema', () => {
  const generated = composeSchemaFiles();

  it.each(Object.keys(generated))('schema/%s matches the code (run `npm run schema` after a change)', (file) => {
    expect(readFileSync(join(__dirname, '..', 'schema', file), 'utf8')).toBe(generated[file]);
  });

  it('describes every type, field, argument and enum value of the client API', () => {
    const schema = buildSchema(generated['api.graphql']!);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      const fields = 'getFields' in type ? Object.values(type.getFields()) : [];
      for (const field of fields as { name: string; description?: string | null; args?: { name: string; description?: string | null }[] }[]) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args ?? []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
      if ('getValues' in type) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
