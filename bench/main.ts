/**
 * `npm run bench`: how fast a whole account comes back through our gateway, against the Hive
 * gateway on the same subgraphs and against the floor (the plan's subgraph requests sent
 * directly), for accounts of three sizes. Every server is a child process on 127.0.0.1; see
 * README "Benchmark" for the flags and the columns.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { TokenSettings } from '../gateway/src/auth';
import { mintToken } from '../gateway/src/tokens';
import {
  callerFor,
  CallerCredentialSigner,
  fixtureIds,
  generateSigningKeyPair,
  servicePublicKeysVariable,
  WHOLE_ACCOUNT_QUERY,
  type Caller,
  type KeyPair,
} from '../packages/kit/src';
import { SUBGRAPHS, type SubgraphName } from '../subgraphs/registry';
import { benchFixture, type SizeName } from './account-sizes';
import { captureSubgraphRequests } from './capture';
import { prepareDatabases } from './databases';
import { bindRecording, loadFloor, replayOnce, type FloorPlan } from './floor';
import { loadGateway } from './gateway-load';
import { LoadTally } from './measurement';
import { benchOptions, USAGE, type BenchOptions } from './options';
import { cpuSeconds, peakRssBytes, resetPeakRss } from './process-stats';
import { describePlan, fetchesOf, queryPlanOf } from './query-plan';
import { checkTargets, machineInfo, renderMarkdown, type BenchReport, type SizeResult, type TargetName, type TargetRun } from './report';
import { freePort, startService, type Service } from './services';
import { addCounts, perRequest, settledStatementCounts, statementsOfOneRequest, zeroCounts, type StatementCounts } from './statements';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const resultsDir = join(root, 'bench-results');
const supergraphPath = join(root, 'schema', 'supergraph.graphql');

const say = (line: string) => process.stderr.write(`${line}\n`);

interface Account {
  size: SizeName;
  caller: Caller;
  token: string;
  floor: FloorPlan;
}

async function startSubgraphs(databaseUrls: Record<SubgraphName, string>, gatewayKeys: KeyPair, logDir: string): Promise<Record<SubgraphName, Service>> {
  const serviceKeys = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, generateSigningKeyPair()]));
  const started = await Promise.all(
    SUBGRAPHS.map(async (s) =>
      startService({
        name: s.name,
        script: join(dist, 'subgraphs', s.name, 'src', 'main.js'),
        port: await freePort(),
        env: {
          DATABASE_URL: databaseUrls[s.name],
          SEED_DEMO: 'false',
          BENCH_STATS: '1',
          GATEWAY_PUBLIC_KEYS: JSON.stringify(gatewayKeys.publicJwks),
          SERVICE_SIGNING_KEY: JSON.stringify(serviceKeys[s.name]!.privateJwk),
          ...Object.fromEntries(
            Object.keys(s.serviceAccess ?? {}).map((peer) => [servicePublicKeysVariable(peer), JSON.stringify(serviceKeys[peer]!.publicJwks)]),
          ),
        },
        readyPath: '/health',
        logDir,
      }),
    ),
  );
  return Object.fromEntries(started.map((s) => [s.name, s])) as Record<SubgraphName, Service>;
}

async function startGateways(
  subgraphs: Record<SubgraphName, Service>,
  tokens: TokenSettings,
  gatewayKeys: KeyPair,
  options: BenchOptions,
  logDir: string,
): Promise<Record<'ours' | 'peer', Service>> {
  const env = {
    NODE_ENV: 'production',
    SUPERGRAPH_PATH: supergraphPath,
    JWT_SECRET: tokens.secret!,
    GATEWAY_SIGNING_KEY: JSON.stringify(gatewayKeys.privateJwk),
    JWT_ISSUER: tokens.issuer,
    JWT_AUDIENCE: tokens.audience,
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, subgraphs[s.name].url])),
  };
  // Our gateway counts every request against the caller's rate limit, as in production, but with
  // a budget the load never exhausts (RATE_LIMIT_POINTS=0 in the environment turns it off, to
  // measure its overhead; REDIS_URL counts in Redis).
  const oursEnv = { ...env, RATE_LIMIT_POINTS: process.env.RATE_LIMIT_POINTS ?? String(Number.MAX_SAFE_INTEGER) };
  const profileDir = join(resultsDir, 'profiles');
  if (options.profile) mkdirSync(profileDir, { recursive: true });
  const ours = await startService({
    name: 'ours',
    script: join(dist, 'gateway', 'src', 'main.js'),
    port: await freePort(),
    env: oursEnv,
    readyPath: '/health',
    logDir,
    nodeArgs: options.profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
  });
  const peer = await startService({
    name: 'peer',
    script: join(dist, 'bench', 'hive-gateway.js'),
    port: await freePort(),
    env,
    readyPath: '/readiness',
    logDir,
  });
  return { ours, peer };
}

async function postGraphQL(url: string, token: string, body: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}: ${await response.text()}`);
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

async function measureSize(
  account: Account,
  body: string,
  gateways: Record<'ours' | 'peer', Service>,
  subgraphs: Record<SubgraphName, Service>,
  options: BenchOptions,
): Promise<SizeResult> {
  // Both gateways answer, without errors and with the same data; the floor's calls all succeed.
  const [ours, peer] = await Promise.all([postGraphQL(gateways.ours.url, account.token, body), postGraphQL(gateways.peer.url, account.token, body)]);
  if (ours.errors || peer.errors) throw new Error(`A gateway answered with errors: ours ${JSON.stringify(ours.errors)}, peer ${JSON.stringify(peer.errors)}`);
  for (const response of await replayOnce(account.floor, account.caller)) {
    if ((JSON.parse(response) as { errors?: unknown }).errors) throw new Error(`The floor's subgraph call failed: ${response}`);
  }

  const send: Record<TargetName, () => Promise<unknown>> = {
    ours: () => postGraphQL(gateways.ours.url, account.token, body),
    peer: () => postGraphQL(gateways.peer.url, account.token, body),
    floor: () => replayOnce(account.floor, account.caller),
  };
  const load = (target: TargetName, seconds: number, tally: LoadTally): Promise<void> =>
    target === 'floor'
      ? loadFloor(account.floor, account.caller, options.connections, seconds, tally)
      : loadGateway({ url: gateways[target].url, token: account.token, body, connections: options.connections, seconds }, tally);
  const targets = ['ours', 'peer', 'floor'] as const;
  const pidOf = (target: TargetName) => (target === 'floor' ? null : gateways[target].pid);

  const statements = {} as Record<TargetName, StatementCounts>;
  for (const target of targets) {
    statements[target] = await statementsOfOneRequest(subgraphs, send[target]);
    const pid = pidOf(target);
    if (pid !== null && !resetPeakRss(pid)) say(`  (could not reset the peak RSS of ${target}: it is the peak since start)`);
    await load(target, options.warmupSeconds, new LoadTally());
  }
  // Interleaved slices, each round starting with the next target, so that a burst of load from
  // elsewhere on the machine falls on every target alike.
  const sums = Object.fromEntries(
    targets.map((t) => [t, { tally: new LoadTally(), gatewayCpu: 0, subgraphsCpu: 0, statements: zeroCounts(statements[t]) }]),
  ) as Record<TargetName, { tally: LoadTally; gatewayCpu: number; subgraphsCpu: number; statements: StatementCounts }>;
  const subgraphsCpu = () => Object.values(subgraphs).reduce((sum, s) => sum + (cpuSeconds(s.pid) ?? 0), 0);
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[(round + i) % targets.length]!;
      const sum = sums[target];
      const pid = pidOf(target);
      const statementsBefore = await settledStatementCounts(subgraphs);
      const gatewayCpuBefore = pid === null ? 0 : (cpuSeconds(pid) ?? 0);
      const subgraphsCpuBefore = subgraphsCpu();
      await load(target, options.seconds / options.rounds, sum.tally);
      sum.subgraphsCpu += subgraphsCpu() - subgraphsCpuBefore;
      sum.gatewayCpu += pid === null ? 0 : (cpuSeconds(pid) ?? 0) - gatewayCpuBefore;
      sum.statements = addCounts(sum.statements, perRequest(statementsBefore, await settledStatementCounts(subgraphs), 1));
    }
  }
  const runs: TargetRun[] = targets.map((target) => {
    const { tally, gatewayCpu, subgraphsCpu: subgraphsCpuSeconds, statements: statementsUnderLoad } = sums[target];
    const result = tally.result();
    const pid = pidOf(target);
    const perRequestMs = (seconds: number) => (result.requests ? (1000 * seconds) / result.requests : null);
    say(
      `  ${account.size} ${target}: ${result.rps.toFixed(0)} rps, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms${result.failures ? `, ${result.failures} FAILED` : ''}`,
    );
    return {
      target,
      load: result,
      peakRssBytes: pid === null ? null : peakRssBytes(pid),
      cpuMsPerRequest: pid === null ? null : perRequestMs(gatewayCpu),
      subgraphsCpuMsPerRequest: perRequestMs(subgraphsCpuSeconds),
      statements: statements[target],
      statementsUnderLoad: perRequest(zeroCounts(statementsUnderLoad), statementsUnderLoad, result.requests),
    };
  });
  const { extensions, numbers, identities } = benchFixture(account.size);
  return { size: account.size, account: { extensions, numbers, identities }, sameResponse: isDeepStrictEqual(ours.data, peer.data), runs };
}

async function main() {
  const options = benchOptions(process.argv.slice(2), process.env);
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const logDir = join(resultsDir, 'logs', stamp);
  mkdirSync(logDir, { recursive: true });
  const database = options.mysql ? `MySQL/MariaDB (${options.mysqlUrl.replace(/\/\/[^@]*@/, '//')})` : 'SQLite';
  const machine = machineInfo(database);

  const fixtures = options.sizes.map(benchFixture);
  say(`Seeding ${options.sizes.join(', ')} into four ${options.mysql ? 'MySQL' : 'SQLite'} databases...`);
  const databases = await prepareDatabases({
    driver: options.mysql ? 'mysql' : 'sqlite',
    mysqlUrl: options.mysqlUrl,
    sqliteDir: join(root, 'data', 'bench'),
    fixtures,
  });
  const services: Service[] = [];
  try {
    say('Starting four subgraphs, our gateway and the peer...');
    // Both gateways and the floor sign with one gateway key pair, made for this run; the subgraphs get its public half.
    const gatewayKeys = generateSigningKeyPair();
    const signer = new CallerCredentialSigner(gatewayKeys.privateJwk);
    const subgraphs = await startSubgraphs(databases.urls, gatewayKeys, logDir);
    services.push(...Object.values(subgraphs));
    const tokens: TokenSettings = { secret: randomBytes(32).toString('hex'), issuer: 'bench', audience: 'customer-area-api' };
    const gateways = await startGateways(subgraphs, tokens, gatewayKeys, options, logDir);
    services.push(gateways.ours, gateways.peer);

    const supergraphSdl = readFileSync(supergraphPath, 'utf8');
    const plan = queryPlanOf(supergraphSdl, WHOLE_ACCOUNT_QUERY);
    const body = JSON.stringify({ query: WHOLE_ACCOUNT_QUERY, variables: { first: options.first } });
    const subgraphUrls = Object.fromEntries(Object.values(subgraphs).map((s) => [s.name, s.url]));
    const callers = fixtures.map((f): Caller => callerFor({ subject: `user-of-${f.key}`, role: 'CUSTOMER', accountId: fixtureIds.account(f) }));
    const tokenList = await Promise.all(callers.map((c) => mintToken(tokens, c)));
    say('Capturing the subgraph requests of the plan for the floor...');
    const recordings = await captureSubgraphRequests({
      supergraphSdl,
      subgraphUrls,
      tokenSettings: tokens,
      signingKey: gatewayKeys.privateJwk,
      requests: tokenList.map((token) => ({ token, body })),
    });
    const accounts: Account[] = options.sizes.map((size, i) => ({
      size,
      caller: callers[i]!,
      token: tokenList[i]!,
      floor: bindRecording(plan, recordings[i]!, subgraphUrls, signer),
    }));

    const sizes: SizeResult[] = [];
    for (const account of accounts) {
      say(`Size ${account.size}:`);
      sizes.push(await measureSize(account, body, gateways, subgraphs, options));
    }

    const report: BenchReport = {
      startedAt: startedAt.toISOString(),
      machine,
      options,
      queryPlan: describePlan(plan),
      subgraphRequestsPerRequest: fetchesOf(plan).length,
      sizes,
      targets: checkTargets(sizes),
    };
    const markdown = renderMarkdown(report);
    console.log(`\n${markdown}\n`);
    const base = join(resultsDir, `bench-${stamp}${options.smoke ? '-smoke' : ''}`);
    writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(`${base}.md`, `# Benchmark ${startedAt.toISOString()}\n\n${markdown}\n`);
    say(`Written: ${base}.json and .md; server logs in ${logDir}`);
    if (sizes.some((s) => !s.sameResponse)) throw new Error('Our gateway and the peer returned different data: the comparison is void.');
    if (sizes.some((s) => s.runs.some((r) => r.load.failures))) throw new Error('Some requests failed under load; see the table.');
  } finally {
    for (const service of services.reverse()) await service.stop();
    await databases.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
