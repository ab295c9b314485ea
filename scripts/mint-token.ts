/**
 * Prints a bearer token the local gateway accepts:
 *   npm run -s token -- acme                     owner of the demo account "acme" (or "globex", or an account id)
 *   npm run -s token -- acme --member            a member of that account: reads only
 *   npm run -s token -- --staff                  provider staff, support (reads any account, writes extensions)
 *   npm run -s token -- --staff=compliance       staff with another role: support, compliance, billing, admin
 * Uses the gateway's own configuration (JWT_SECRET, or the development secret in data/). The
 * permissions each role gets are the kit's role table (packages/kit/src/roles.ts).
 */
import { DEMO_ACCOUNTS, fixtureIds, ROLE_TABLE, type StaffRole } from '../packages/kit/src';
import { gatewayConfig } from '../gateway/src/config';
import { mintToken } from '../gateway/src/tokens';

async function main() {
  const args = process.argv.slice(2);
  const config = gatewayConfig(process.env);
  const staff = args.find((a) => a === '--staff' || a.startsWith('--staff='));
  if (staff) {
    const staffRole = (staff.split('=')[1] ?? 'support') as StaffRole;
    if (!(staffRole in ROLE_TABLE.staff)) throw new Error(`Unknown staff role ${staffRole}; one of ${Object.keys(ROLE_TABLE.staff).join(', ')}.`);
    console.log(await mintToken(config.tokens, { subject: `staff-${staffRole}-demo`, role: 'STAFF', staffRole }));
    return;
  }
  const target = args.find((a) => !a.startsWith('--')) ?? 'acme';
  const demo = DEMO_ACCOUNTS.find((a) => a.key === target);
  const accountId = demo ? fixtureIds.account(demo) : target;
  const accountRole = args.includes('--member') ? 'member' : 'owner';
  console.log(await mintToken(config.tokens, { subject: `${accountRole}-of-${demo?.key ?? accountId}`, role: 'CUSTOMER', accountId, accountRole }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
