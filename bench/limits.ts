/**
 * `npm run build && node dist/bench/limits.js [--mysql] [--seconds N]`: issue 8's scenario with
 * numbering as its own process, for the numbers a test cannot assert on a shared machine:
 * numbering's peak resident memory while large requests on a 10,000-number account run, and the
 * latency of other customers' requests through numbering meanwhile (and before, for comparison).
 * The behaviour itself is asserted by test/large-account.e2e.test.ts.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenSettings } from '../gateway/src/auth';
import { mintToken } from '../gateway/src/tokens';
import {
  callerFor,
  CallerCredentialSigner,
  fixtureIds,
  generateSigningKeyPair,
  servicePublicKeysVariable,
  type AccountFixture,
  type Caller,
} from '../packages/kit/src';
import { SUBGRAPHS, type SubgraphName } from '../subgraphs/registry';
import { prepareDatabases } from './databases';
import { peakRssBytes, resetPeakRss } from './process-stats';
import { freePort, startService, type Service } from './services';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const say = (line: string) => process.stdout.write(`${line}\n`);
const mib = (bytes: number | null) => (bytes === null ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MiB`);

const args = process.argv.slice(2);
const mysql = args.includes('--mysql');
const seconds = Number(args[args.indexOf('--seconds') + 1] ?? 0) || 10;
const mysqlUrl = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

const fixture = (key: string, name: string, numberBlock: number, extensions: number, numbers: number): AccountFixture => ({
  key,
  name,
  countryCode: 'FR',
  numberBlock,
  extensions,
  numbers,
  identities: 0,
});
const callCentre = fixture('limits-call-centre', 'Call Centre', 60, 1, 10_000);
const others = [fixture('limits-other-a', 'Other A', 61, 3, 30), fixture('limits-other-b', 'Other B', 62, 3, 30)];

const nested = (inner: number) =>
  `{ viewer { account { phoneNumbers(first: 100) { totalCount edges { node { e164 routing { action extension { id inboundNumbers(first: ${inner}) { totalCount edges { node { e164 } } } } } } } } } } }`;
const otherRequest = `{ viewer { account { phoneNumbers(first: 20) { totalCount edges { node { e164 routing { extension { number } } } } } } } }`;

async function post(
  url: string,
  body: unknown,
  authorization: string,
): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as never };
}

const percentile = (sorted: number[], q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
const describeLatencies = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted.length} requests, p50 ${percentile(sorted, 0.5)} ms, p90 ${percentile(sorted, 0.9)} ms, p99 ${percentile(sorted, 0.99)} ms, max ${percentile(sorted, 1)} ms`;
};

async function main() {
  const logDir = join(root, 'bench-results', 'logs', `limits-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(logDir, { recursive: true });
  say(`Seeding a 10,000-number account on one extension and two small ones (${mysql ? 'MySQL/MariaDB' : 'SQLite'})...`);
  const databases = await prepareDatabases({
    driver: mysql ? 'mysql' : 'sqlite',
    mysqlUrl,
    sqliteDir: join(root, 'data', 'bench-limits'),
    fixtures: [callCentre, ...others],
  });
  const services: Service[] = [];
  try {
    const gatewayKeys = generateSigningKeyPair();
    const serviceKeys = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, generateSigningKeyPair()]));
    const subgraphs = Object.fromEntries(
      await Promise.all(
        SUBGRAPHS.map(async (s) => {
          const service = await startService({
            name: s.name,
            script: join(dist, 'subgraphs', s.name, 'src', 'main.js'),
            port: await freePort(),
            env: {
              DATABASE_URL: databases.urls[s.name],
              SEED_DEMO: 'false',
              GATEWAY_PUBLIC_KEYS: JSON.stringify(gatewayKeys.publicJwks),
              SERVICE_SIGNING_KEY: JSON.stringify(serviceKeys[s.name]!.privateJwk),
              ...Object.fromEntries(
                Object.keys(s.serviceAccess ?? {}).map((peer) => [servicePublicKeysVariable(peer), JSON.stringify(serviceKeys[peer]!.publicJwks)]),
              ),
            },
            readyPath: '/health',
            logDir,
          });
          services.push(service);
          return [s.name, service] as const;
        }),
      ),
    ) as Record<SubgraphName, Service>;
    const tokens: TokenSettings = { secret: randomBytes(32).toString('hex'), issuer: 'limits', audience: 'customer-area-api' };
    const gateway = await startService({
      name: 'gateway',
      script: join(dist, 'gateway', 'src', 'main.js'),
      port: await freePort(),
      env: {
        NODE_ENV: 'production',
        SUPERGRAPH_PATH: join(root, 'schema', 'supergraph.graphql'),
        JWT_SECRET: tokens.secret!,
        JWT_ISSUER: tokens.issuer,
        JWT_AUDIENCE: tokens.audience,
        GATEWAY_SIGNING_KEY: JSON.stringify(gatewayKeys.privateJwk),
        ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, subgraphs[s.name].url])),
      },
      readyPath: '/health',
      logDir,
    });
    services.push(gateway);

    const callerOf = (f: AccountFixture): Caller => callerFor({ subject: `user-of-${f.key}`, role: 'CUSTOMER', accountId: fixtureIds.account(f) });
    const bearer = async (f: AccountFixture) => `Bearer ${await mintToken(tokens, callerOf(f))}`;
    const heavyToken = await bearer(callCentre);
    const otherTokens = await Promise.all(others.map(bearer));
    const credential = `Bearer ${await new CallerCredentialSigner(gatewayKeys.privateJwk).sign(callerOf(callCentre), ['numbering'])}`;
    const numbering = subgraphs.numbering;

    // Warm up, then numbering's resting peak.
    for (const token of otherTokens) await post(gateway.url, { query: otherRequest }, token);
    resetPeakRss(numbering.pid);
    const resting = peakRssBytes(numbering.pid);

    const lightLoop = async (until: number) => {
      const latencies: number[] = [];
      let failures = 0;
      while (Date.now() < until) {
        for (const token of otherTokens) {
          const started = performance.now();
          const result = await post(gateway.url, { query: otherRequest }, token);
          latencies.push(performance.now() - started);
          if (result.status !== 200 || result.body.errors) failures += 1;
        }
      }
      return { latencies, failures };
    };

    say(`\nOther customers alone for ${Math.round(seconds / 2)} s (baseline):`);
    const alone = await lightLoop(Date.now() + (seconds / 2) * 1000);
    say(`  ${describeLatencies(alone.latencies)}; failures ${alone.failures}`);

    say("\nThe issue's request, phoneNumbers(first: 100) x routing.extension.inboundNumbers(first: 100), through the gateway:");
    const refused = await post(gateway.url, { query: nested(100) }, heavyToken);
    say(`  HTTP ${refused.status}, ${refused.body.errors?.map((e) => e.extensions?.code).join(', ') ?? 'answered'}`);
    const representations = (n: number) => Array.from({ length: n }, () => ({ __typename: 'Extension', id: fixtureIds.extension(callCentre, 0) }));
    const entities = (n: number, first: number) => ({
      query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Extension { inboundNumbers(first: ${first}) { totalCount edges { node { e164 } } } } } }`,
      variables: { r: representations(n) },
    });
    for (const [n, first] of [
      [100, 100],
      [10_000, 5],
    ] as const) {
      const direct = await post(numbering.url, entities(n, first), credential);
      say(
        `  _entities x ${n} with inboundNumbers(first: ${first}) sent to numbering directly: HTTP ${direct.status}, ${direct.body.errors?.map((e) => e.extensions?.code).join(', ') ?? 'answered'}`,
      );
    }

    say(
      `\nLarge requests that pass the cost limit, 3 at a time for ${seconds} s (nested request with inboundNumbers(first: 50) through the gateway, and _entities x 100 with first: 50 straight to numbering), other customers meanwhile:`,
    );
    resetPeakRss(numbering.pid);
    const until = Date.now() + seconds * 1000;
    let heavyAnswered = 0;
    let heavyRefused = 0;
    const heavyLoop = async (send: () => Promise<{ body: { errors?: unknown[] } }>) => {
      while (Date.now() < until) {
        const result = await send();
        if (result.body.errors) heavyRefused += 1;
        else heavyAnswered += 1;
      }
    };
    const [loaded] = await Promise.all([
      lightLoop(until),
      heavyLoop(() => post(gateway.url, { query: nested(50) }, heavyToken)),
      heavyLoop(() => post(gateway.url, { query: nested(50) }, heavyToken)),
      heavyLoop(() => post(numbering.url, entities(100, 50), credential)),
    ]);
    const peak = peakRssBytes(numbering.pid);
    say(`  large requests: ${heavyAnswered} answered, ${heavyRefused} refused`);
    say(`  other customers: ${describeLatencies(loaded.latencies)}; failures ${loaded.failures}`);
    say(`  numbering peak RSS (VmHWM): ${mib(peak)} under load, ${mib(resting)} at rest`);
  } finally {
    for (const service of services.reverse()) await service.stop();
    await databases.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
