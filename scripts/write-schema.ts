/**
 * Regenerates schema/ from the code (`npm run schema`), or with --check fails when the committed
 * files differ from what the code produces (`npm run schema:check`, run in CI).
 */
import 'reflect-metadata';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSchemaFiles } from './compose';
import { withEventsTable } from './events-table';

const dir = join(__dirname, '..', '..', 'schema');
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const [name, content] of Object.entries(composeSchemaFiles())) {
  const path = join(dir, name);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === content) continue;
  if (check) stale.push(name);
  else writeFileSync(path, content);
  if (!check) console.log(`wrote schema/${name}`);
}
// The README's events table, generated from packages/events.
const readmePath = join(__dirname, '..', '..', 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const withTable = withEventsTable(readme);
if (withTable !== readme) {
  if (check) stale.push('README.md events table');
  else {
    writeFileSync(readmePath, withTable);
    console.log('wrote the events table of README.md');
  }
}
if (stale.length) {
  console.error(`schema/ is out of date (${stale.join(', ')}): run \`npm run schema\` and commit the result.`);
  process.exit(1);
}
if (check) console.log('schema/ matches the code.');
