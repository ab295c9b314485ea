/**
 * Prints a bearer token the local gateway accepts:
 *   npm run -s token -- acme            customer of the demo account "acme" (or "globex", or an account id)
 *   npm run -s token -- --staff         provider staff
 * Uses the gateway's own configuration (JWT_SECRET, or the development secret in data/).
 */
import { DEMO_ACCOUNTS, fixtureIds } from '../packages/kit/src';
import { gatewayConfig } from '../gateway/src/config';
import { mintToken } from '../gateway/src/tokens';

async function main() {
  const args = process.argv.slice(2);
  const config = gatewayConfig(process.env);
  if (args.includes('--staff')) {
    console.log(await mintToken(config.tokens, { subject: 'staff-demo', role: 'STAFF', accountId: null }));
    return;
  }
  const target = args.find((a) => !a.startsWith('--')) ?? 'acme';
  const demo = DEMO_ACCOUNTS.find((a) => a.key === target);
  const accountId = demo ? fixtureIds.account(demo) : target;
  console.log(await mintToken(config.tokens, { subject: `user-of-${demo?.key ?? accountId}`, role: 'CUSTOMER', accountId }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
