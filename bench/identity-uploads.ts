/**
 * Peak memory of the gateway and of compliance while identity documents are uploaded through the
 * gateway (multipart, as a browser sends them), each service in its own process:
 *   npm run build && node dist/bench/identity-uploads.js [--parallel 5] [--megabytes 10] [--type pdf|jpeg]
 * Prints each process's resident memory before, its peak during the uploads (Linux VmHWM, reset
 * just before), and the time the uploads took. Uses SQLite and a local storage folder in a
 * temporary directory; binds free ports only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mintToken } from '../gateway/src/tokens';
import { peakRssBytes, resetPeakRss } from './process-stats';
import { samplePdf, sampleJpeg } from './sample-documents';
import { freePort, startService } from './services';

const MB = 1024 * 1024;
const root = resolve(__dirname, '..', '..');

async function main() {
  const { values } = parseArgs({
    options: { parallel: { type: 'string', default: '5' }, megabytes: { type: 'string', default: '10' }, type: { type: 'string', default: 'pdf' } },
  });
  const parallel = Number(values.parallel);
  const bytes = Number(values.megabytes) * MB - 8 * 1024; // just under the 10 MB limit with the PDF's own bytes
  const work = mkdtempSync(join(tmpdir(), 'bench-uploads-'));
  const internalSecret = randomBytes(32).toString('hex');
  const jwt = { secret: randomBytes(32).toString('hex'), issuer: 'customer-area-dev', audience: 'customer-area-api' };
  const [compliancePort, gatewayPort] = [await freePort(), await freePort()];
  const common = { INTERNAL_JWT_SECRET: internalSecret, NODE_ENV: 'development', SEED_DEMO: 'false' };

  const compliance = await startService({
    name: 'compliance',
    script: join(root, 'dist', 'subgraphs', 'compliance', 'src', 'main.js'),
    port: compliancePort,
    env: { ...common, DATABASE_URL: `sqlite:${join(work, 'compliance.sqlite')}`, DOCUMENTS_DIR: join(work, 'documents') },
    readyPath: '/health',
    logDir: work,
  });
  const gateway = await startService({
    name: 'gateway',
    script: join(root, 'dist', 'gateway', 'src', 'main.js'),
    port: gatewayPort,
    env: { ...common, COMPLIANCE_URL: compliance.url, JWT_SECRET: jwt.secret, SUPERGRAPH_PATH: join(root, 'schema', 'supergraph.graphql') },
    readyPath: '/health',
    logDir: work,
  });
  try {
    const token = await mintToken(jwt, { subject: 'bench-user', role: 'CUSTOMER', accountId: randomUUID() });
    const post = async (body: BodyInit, headers: Record<string, string> = {}) => {
      const response = await fetch(gateway.url, { method: 'POST', body, headers: { authorization: `Bearer ${token}`, ...headers } });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    const identityIds: string[] = [];
    for (let i = 0; i < parallel; i++) {
      const created = await post(
        JSON.stringify({
          query: 'mutation($input: CreateIdentityInput!) { createIdentity(input: $input) { identity { id } userErrors { code } } }',
          variables: { input: { kind: 'BUSINESS', countryCode: 'FR', legalName: `Bench ${i}` } },
        }),
        { 'content-type': 'application/json' },
      );
      identityIds.push(created.data.createIdentity.identity.id);
    }
    const file = values.type === 'jpeg' ? noisyJpeg(bytes) : await samplePdf('bench', bytes);
    const upload = (identityId: string) => {
      const form = new FormData();
      form.append(
        'operations',
        JSON.stringify({
          query: 'mutation($input: UploadIdentityDocumentInput!) { uploadIdentityDocument(input: $input) { document { sizeBytes } userErrors { code } } }',
          variables: { input: { identityId, kind: 'CERTIFICATE_OF_INCORPORATION', file: null } },
        }),
      );
      form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
      form.append('0', new Blob([new Uint8Array(file)]), values.type === 'jpeg' ? 'scan.jpg' : 'kbis.pdf');
      return post(form, { 'apollo-require-preflight': 'true' });
    };

    const before = { gateway: peakRssBytes(gateway.pid), compliance: peakRssBytes(compliance.pid) };
    resetPeakRss(gateway.pid);
    resetPeakRss(compliance.pid);
    const started = Date.now();
    const results = await Promise.all(identityIds.map(upload));
    const seconds = (Date.now() - started) / 1000;
    const failed = results.filter((r) => r.errors || r.data?.uploadIdentityDocument?.userErrors?.length);
    if (failed.length) throw new Error(`uploads failed: ${JSON.stringify(failed)}`);
    const peak = { gateway: peakRssBytes(gateway.pid), compliance: peakRssBytes(compliance.pid) };
    const mb = (n: number | null) => (n === null ? 'n/a' : `${(n / MB).toFixed(0)} MB`);
    console.log(`${parallel} parallel uploads of ${(file.length / MB).toFixed(1)} MB ${values.type} files through the gateway: ${seconds.toFixed(1)} s`);
    console.log('process     peak RSS before   peak RSS during uploads');
    for (const name of ['gateway', 'compliance'] as const) console.log(`${name.padEnd(12)}${mb(before[name]).padEnd(18)}${mb(peak[name])}`);
  } finally {
    await gateway.stop();
    await compliance.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** A JPEG of random pixels just under the wanted size (about 2.45 bytes a pixel at quality 95). */
const noisyJpeg = (bytes: number) => {
  const side = Math.floor(Math.sqrt(bytes / 2.5));
  return sampleJpeg(side, side, { noise: true });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
