import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import codegenConfig from '../../examples/customer-area/codegen';
import { judge, parseChangelog } from '../../scripts/breaking-changes';

const BASELINE = /* GraphQL */ `
  "An extension."
  type Extension {
    "Id."
    id: ID!
    "Number."
    number: String!
    "Old label."
    label: String @deprecated(reason: "Use displayName.")
    "Shown name."
    displayName: String!
    "Mailbox."
    email: String
  }
  "Root."
  type Query {
    "One extension."
    extension(id: ID!): Extension
  }
`;

const changelog = (...entries: string[]) =>
  `# API schema changelog\n\nIntro text with a \`Fake.path\` (FIELD_REMOVED): not an entry.\n\n## Accepted breaking changes\n\n${entries.join('\n')}\n\n## 2026-11\n- \`Other.thing\`: listed under a release heading, not accepted now\n`;

describe('breaking-change check against the baseline', () => {
  it('lets additions through with no changelog entry', async () => {
    const current = BASELINE.replace('email: String', 'email: String\n    "Voicemail."\n    voicemailEnabled: Boolean');
    const verdict = await judge(BASELINE, current, changelog());
    expect(verdict.refused).toEqual([]);
    expect(verdict.safe.map((c) => c.type)).toContain('FIELD_ADDED');
  });

  it('refuses a breaking change that the changelog does not list', async () => {
    const verdict = await judge(BASELINE, BASELINE.replace('email: String', 'email: Int'), changelog());
    expect(verdict.refused.map((r) => `${r.change.type} ${r.change.path}`)).toEqual(['FIELD_TYPE_CHANGED Extension.email']);
  });

  it('accepts a listed breaking change with a reason, and only that one', async () => {
    const current = BASELINE.replace('email: String', 'email: Int').replace('number: String!', 'number: Int!');
    const verdict = await judge(
      BASELINE,
      current,
      changelog('- `Extension.email` (FIELD_TYPE_CHANGED): no client reads it yet (checked with the dashboard team)'),
    );
    expect(verdict.refused.map((r) => r.change.path)).toEqual(['Extension.number']);
  });

  it('refuses a removal unless the field was deprecated in the baseline first, even when listed', async () => {
    const removed = BASELINE.replace(/"Mailbox."\s+email: String/, '').replace(/"Old label."\s+label: String @deprecated\(reason: "Use displayName."\)/, '');
    const verdict = await judge(
      BASELINE,
      removed,
      changelog('- `Extension.email` (FIELD_REMOVED): replaced by the contact card', '- `Extension.label`: deprecated since 2026-09, no client sends it'),
    );
    expect(verdict.refused.map((r) => `${r.change.path}: ${r.why}`)).toEqual(['Extension.email: removed without being @deprecated in the baseline first']);
  });

  it('reads only the "Accepted breaking changes" section, and wants a reason', async () => {
    expect(parseChangelog(changelog('- `A.b`: a good enough reason'))).toEqual([{ path: 'A.b', type: undefined, reason: 'a good enough reason' }]);
    const verdict = await judge(BASELINE, BASELINE.replace('email: String', 'email: Int'), changelog('- `Extension.email`: ok'));
    expect(verdict.refused[0]!.why).toMatch(/real reason/);
  });

  it('passes on the committed schema against the committed baseline and changelog', async () => {
    const file = (name: string) => readFileSync(join(__dirname, '..', '..', 'schema', name), 'utf8');
    const verdict = await judge(file('api.baseline.graphql'), file('api.graphql'), file('CHANGELOG.md'));
    expect(verdict.refused.map((r) => `${r.change.message}: ${r.why}`)).toEqual([]);
  });
});

describe('client documents against the schema (codegen + type-check, as `npm run codegen:check`)', () => {
  const repo = join(__dirname, '..', '..');
  const example = join(repo, 'examples', 'customer-area');
  const api = readFileSync(join(repo, 'schema', 'api.graphql'), 'utf8');
  let work: string;

  beforeAll(() => {
    // Inside node_modules so the copy resolves the same packages as the example.
    work = join(repo, 'node_modules', '.cache', `contract-test-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(join(example, 'operations'), join(work, 'operations'), { recursive: true });
    cpSync(join(example, 'src'), join(work, 'src'), { recursive: true, filter: (path) => !path.includes(`${sep}gql`) });
    // The example's own output settings (preset, scalars), pointed at the copy.
    const output = Object.values(codegenConfig.generates)[0];
    writeFileSync(
      join(work, 'codegen.json'),
      JSON.stringify({
        schema: join(work, 'api.graphql'),
        documents: [join(work, 'operations', '*.graphql')],
        generates: { [`${join(work, 'src', 'gql')}/`]: output },
      }),
    );
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ extends: join(example, 'tsconfig.json'), compilerOptions: { rootDir: work }, include: ['src'] }),
    );
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** codegen, then tsc on the client, against `schema`: the failing step's output, or null. */
  function check(schema: string): string | null {
    writeFileSync(join(work, 'api.graphql'), schema);
    const steps: [string, string[]][] = [
      ['graphql-codegen', ['--config', join(work, 'codegen.json'), '--errors-only']],
      ['tsc', ['-p', join(work, 'tsconfig.json')]],
    ];
    for (const [bin, args] of steps) {
      const result = spawnSync(join(repo, 'node_modules', '.bin', bin), args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'development' },
      });
      if (result.status !== 0) return `${bin}: ${result.stdout}${result.stderr}`;
    }
    return null;
  }

  it('generates and type-checks against the committed API schema', () => {
    expect(check(api)).toBeNull();
  });

  it('fails when a field a client document selects is gone', () => {
    const withoutBlocking = api.replace(/\n\s*"""\n[^"]*"""\n\s*blockingNumbers: \[String!\]!\n/, '\n');
    expect(withoutBlocking).not.toBe(api);
    expect(check(withoutBlocking)).toMatch(/^graphql-codegen: [\s\S]*blockingNumbers/);
  });

  it('fails when a field changes in a way the client code does not handle', () => {
    // Extension.version becomes nullable: the client passes it on as the required expectedVersion.
    const nullableVersion = api.replace(/(type Extension [^]*?\n\s*version: )Int!/, '$1Int');
    expect(nullableVersion).not.toBe(api);
    expect(check(nullableVersion)).toMatch(/^tsc: [\s\S]*account-page\.ts/);
  });
});
