/**
 * Search latency of the number inventory through the gateway (issue 15):
 *   npm run bench:numbers                      # 100,000 numbers on SQLite
 *   npm run bench:numbers -- --mysql           # on MySQL/MariaDB (MYSQL_URL)
 *   npm run bench:numbers -- --size 20000 --requests 100
 * Seeds one numbering database with `--size` inventory numbers (the catalog's ranges, generated
 * like the start-up seed), starts the numbering subgraph and our gateway as child processes, and
 * sends each search shape `--requests` times, one at a time (closed loop, one connection), after
 * a warm-up. Prints p50/p95/p99 per shape.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { mintToken } from '../gateway/src/tokens';
import { createScratchDatabase, generateSigningKeyPair, openSubgraph } from '../packages/kit/src';
import { CATALOG } from '../subgraphs/numbering/src/inventory/inventory-catalog';
import { InventoryNumber } from '../subgraphs/numbering/src/inventory/inventory-number.entity';
import { seedInventory } from '../subgraphs/numbering/src/inventory/inventory.seed';
import { numbering } from '../subgraphs/numbering/src/subgraph';
import { SUBGRAPHS } from '../subgraphs/registry';
import { freePort, startService } from './services';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');

const SEARCH = `query($filter: AvailableNumberFilter!, $first: Int, $after: String) {
  availablePhoneNumbers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id e164 nationalFormat locality type setupPrice { amountMinor currency formatted } monthlyPrice { amountMinor currency formatted } } }
  }
}`;

interface Shape {
  name: string;
  body: (cursor: string | null) => unknown;
}

const SHAPES: Shape[] = [
  { name: 'country FR, first 20', body: () => ({ query: SEARCH, variables: { filter: { countryCode: 'FR' }, first: 20 } }) },
  { name: 'FR + locality Paris, first 20', body: () => ({ query: SEARCH, variables: { filter: { countryCode: 'FR', locality: 'Paris' }, first: 20 } }) },
  { name: 'FR + type MOBILE, first 20', body: () => ({ query: SEARCH, variables: { filter: { countryCode: 'FR', type: 'MOBILE' }, first: 20 } }) },
  { name: 'FR + digits "12*4" (contains), first 20', body: () => ({ query: SEARCH, variables: { filter: { countryCode: 'FR', digits: '12*4' }, first: 20 } }) },
  {
    name: 'FR + Paris, page 2 (cursor), first 100',
    body: (cursor) => ({ query: SEARCH, variables: { filter: { countryCode: 'FR', locality: 'Paris' }, first: 100, after: cursor } }),
  },
  { name: 'localities(FR, LOCAL)', body: () => ({ query: '{ localities(countryCode: "FR") { name availableCount } }' }) },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  const { values } = parseArgs({
    options: { mysql: { type: 'boolean', default: false }, size: { type: 'string', default: '100000' }, requests: { type: 'string', default: '200' } },
  });
  const size = Number(values.size);
  const requests = Number(values.requests);
  const driver = values.mysql ? 'mysql' : 'sqlite';
  const mysqlUrl = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const logDir = join(root, 'bench-results', 'logs');
  mkdirSync(logDir, { recursive: true });

  const scratch = await createScratchDatabase(driver, 'bench_numbers', mysqlUrl);
  const stopAll: (() => Promise<void>)[] = [];
  try {
    const perRange = Math.ceil(size / CATALOG.length);
    const seeding = performance.now();
    const opened = await openSubgraph({ ...numbering, prepare: async (db) => void (await seedInventory(db, perRange)) }, { databaseUrl: scratch.url });
    const inventory = await opened.dataSource.getRepository(InventoryNumber).count();
    await opened.dispose();
    console.log(
      `seeded ${inventory} inventory numbers (${CATALOG.length} ranges x ${perRange}) on ${driver} in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    // The gateway signs caller credentials with its own key pair; numbering trusts its public half.
    const gatewayKeys = generateSigningKeyPair();
    const subgraph = await startService({
      name: 'numbering-search',
      script: join(dist, 'subgraphs', 'numbering', 'src', 'main.js'),
      port: await freePort(),
      env: { DATABASE_URL: scratch.url, SEED_DEMO: 'false', GATEWAY_PUBLIC_KEYS: JSON.stringify(gatewayKeys.publicJwks) },
      readyPath: '/health',
      logDir,
    });
    stopAll.push(subgraph.stop);
    const tokens = { secret: randomBytes(32).toString('hex'), issuer: 'bench', audience: 'customer-area-api' };
    // Only numbering is asked; the other subgraphs' URLs point at a closed port.
    const otherUrls = Object.fromEntries(
      SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, s.name === 'numbering' ? subgraph.url : 'http://127.0.0.1:9/graphql']),
    );
    const gateway = await startService({
      name: 'gateway-search',
      script: join(dist, 'gateway', 'src', 'main.js'),
      port: await freePort(),
      env: {
        NODE_ENV: 'production',
        SUPERGRAPH_PATH: join(root, 'schema', 'supergraph.graphql'),
        JWT_SECRET: tokens.secret,
        GATEWAY_SIGNING_KEY: JSON.stringify(gatewayKeys.privateJwk),
        // Counted as in production, with a budget the 1,500 searches never exhaust (bench/main.ts does the same).
        RATE_LIMIT_POINTS: String(Number.MAX_SAFE_INTEGER),
        JWT_ISSUER: tokens.issuer,
        JWT_AUDIENCE: tokens.audience,
        ...otherUrls,
      },
      readyPath: '/health',
      logDir,
    });
    stopAll.push(gateway.stop);
    const token = await mintToken(tokens, { subject: 'bench', role: 'CUSTOMER', accountId: '00000000-0000-4000-8000-000000000001' });

    const post = async (body: unknown) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as { data?: any; errors?: unknown[] };
      if (!response.ok || json.errors) throw new Error(`search failed: ${JSON.stringify(json.errors)}`);
      return json.data;
    };
    const firstPage = await post(SHAPES[1]!.body(null));
    const cursor = firstPage.availablePhoneNumbers.pageInfo.endCursor as string;

    console.log(
      `\n${requests} sequential requests per shape through the gateway, after ${Math.min(50, requests)} warm-up requests; ${inventory} numbers in the inventory (${driver}).\n`,
    );
    console.log('| search | matches | p50 ms | p95 ms | p99 ms | mean ms |');
    console.log('|---|---|---|---|---|---|');
    for (const shape of SHAPES) {
      const body = shape.body(cursor);
      for (let i = 0; i < Math.min(50, requests); i++) await post(body);
      const times: number[] = [];
      let matches = 0;
      for (let i = 0; i < requests; i++) {
        const started = performance.now();
        const data = await post(body);
        times.push(performance.now() - started);
        matches = data.availablePhoneNumbers?.totalCount ?? data.localities?.length ?? 0;
      }
      times.sort((a, b) => a - b);
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      console.log(
        `| ${shape.name} | ${matches} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${mean.toFixed(1)} |`,
      );
    }
  } finally {
    for (const stop of stopAll.reverse()) await stop();
    await scratch.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
