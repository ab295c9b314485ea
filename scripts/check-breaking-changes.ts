/**
 * `npm run schema:breaking`: fails when schema/api.graphql breaks clients of the baseline
 * (schema/api.baseline.graphql) in a way schema/CHANGELOG.md does not accept.
 * `npm run schema:baseline` (at a release) makes the current schema the new baseline.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judge } from './breaking-changes';

const root = join(__dirname, '..', '..');
const file = (name: string) => join(root, 'schema', name);

async function main() {
  if (process.argv.includes('--update-baseline')) {
    copyFileSync(file('api.graphql'), file('api.baseline.graphql'));
    console.log('schema/api.baseline.graphql now equals schema/api.graphql: commit it with the release.');
    return;
  }
  const verdict = await judge(
    readFileSync(file('api.baseline.graphql'), 'utf8'),
    readFileSync(file('api.graphql'), 'utf8'),
    readFileSync(file('CHANGELOG.md'), 'utf8'),
  );
  const list = (title: string, lines: string[]) => lines.length && console.log(`${title}:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  list(
    'Additions and other safe changes',
    verdict.safe.map((c) => c.message),
  );
  list(
    'Dangerous changes (allowed; check the clients)',
    verdict.dangerous.map((c) => c.message),
  );
  list(
    'Accepted breaking changes',
    verdict.breaking.filter((c) => !verdict.refused.some((r) => r.change === c)).map((c) => c.message),
  );
  if (verdict.refused.length) {
    list(
      'REFUSED breaking changes',
      verdict.refused.map((r) => `${r.change.message} [${r.change.path}]: ${r.why}`),
    );
    process.exitCode = 1;
    return;
  }
  console.log(
    `schema/api.graphql: no unaccepted breaking change against the baseline (${verdict.safe.length} safe, ${verdict.dangerous.length} dangerous, ${verdict.breaking.length} accepted breaking).`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
