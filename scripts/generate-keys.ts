/**
 * `npm run -s keys`: prints fresh key pairs as .env lines for a production-like deployment
 * (docker-compose.yml): the gateway's signing key and its public set, and each subgraph's service
 * key and public set. Private keys go to one process each; public sets to the verifiers.
 * Rotation: see README (Security, key layout). Nothing is written to disk.
 */
import { generateSigningKeyPair } from '../packages/kit/src';
import { SUBGRAPHS } from '../subgraphs/registry';

const line = (name: string, value: unknown) => `${name}='${JSON.stringify(value)}'`;
const gateway = generateSigningKeyPair();
const lines = [line('GATEWAY_SIGNING_KEY', gateway.privateJwk), line('GATEWAY_PUBLIC_KEYS', gateway.publicJwks)];
for (const subgraph of SUBGRAPHS) {
  const pair = generateSigningKeyPair();
  const prefix = subgraph.name.toUpperCase();
  lines.push(line(`${prefix}_SERVICE_SIGNING_KEY`, pair.privateJwk), line(`${prefix}_SERVICE_PUBLIC_KEYS`, pair.publicJwks));
}
console.log(lines.join('\n'));
