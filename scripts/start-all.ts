/**
 * `npm start`: the four subgraphs and the gateway on the embedded default (SQLite files in data/),
 * each as its own process on its own port, as in production. Prints the gateway URL and a
 * ready-to-paste request once everything answers its health check. Ctrl-C stops them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, fixtureIds } from '../packages/kit/src';
import { gatewayConfig } from '../gateway/src/config';
import { mintToken } from '../gateway/src/tokens';
import { SUBGRAPHS } from '../subgraphs/registry';

const dist = join(__dirname, '..');
const services = [
  ...SUBGRAPHS.map((s) => ({ name: s.name, script: join(dist, 'subgraphs', s.name, 'src', 'main.js'), port: s.defaultPort })),
  { name: 'gateway', script: join(dist, 'gateway', 'src', 'main.js'), port: 4000 },
];
const children: ChildProcess[] = [];
const METRICS_PORT_OFFSET = 5400;

function stopAll(code: number): never {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}

async function waitHealthy(port: number, name: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not become healthy on port ${port}`);
}

async function main() {
  // Creates the development secrets (if none are configured) before any child reads them.
  const config = gatewayConfig(process.env);
  for (const service of services) {
    // Each service's Prometheus /metrics on its port + 5400 (gateway 9400, subgraphs 9401-9404); METRICS_PORT=0 turns them off.
    const metricsPort = process.env.METRICS_PORT === '0' ? '0' : String(service.port + METRICS_PORT_OFFSET);
    const child = spawn(process.execPath, [service.script], {
      stdio: 'inherit',
      env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', METRICS_PORT: metricsPort },
    });
    child.on('exit', (code) => {
      console.error(`${service.name} exited (${code ?? 'signal'}); stopping the others.`);
      stopAll(code || 1);
    });
    children.push(child);
  }
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  await Promise.all(services.map((s) => waitHealthy(s.port, s.name)));

  const acme = DEMO_ACCOUNTS[0]!;
  const token = await mintToken(config.tokens, { subject: 'user-of-acme', role: 'CUSTOMER', accountId: fixtureIds.account(acme) });
  const query =
    '{ viewer { account { name subscriptions { plan { name family destinationCount } quantity active } extensions(first: 5) { totalCount edges { node { number displayName } } } phoneNumbers(first: 5) { totalCount edges { node { e164 routing { action extension { number displayName } } identity { legalName reviewState } } } } identities { edges { node { legalName reviewState missingDocumentKinds } } } } } }';
  console.log(`
Gateway ready: http://127.0.0.1:4000/graphql
Subgraphs: ${SUBGRAPHS.map((s) => `${s.name} :${s.defaultPort}`).join(', ')}
Metrics: ${process.env.METRICS_PORT === '0' ? 'off' : services.map((s) => `http://127.0.0.1:${s.port + METRICS_PORT_OFFSET}/metrics`).join(' ')}

Try it (token for the demo account "${acme.name}", valid 12 h; more with \`npm run -s token -- globex\` or \`-- --staff\`):

curl -s http://127.0.0.1:4000/graphql -H 'content-type: application/json' \\
  -H 'authorization: Bearer ${token}' \\
  -d '${JSON.stringify({ query })}'
`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
