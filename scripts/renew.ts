/**
 * Renews billing's accounts for a period (invoice at full price, off-session charge), the same
 * work the billing subgraph's scheduled job does on the 1st:
 *   npm run renew                       the current month (Europe/Paris)
 *   npm run renew -- --at 2026-07-01    the month containing that day
 * Reads billing's configuration (DATABASE_URL, PAYMENT_PROVIDER, ...). Safe to run twice or
 * beside the running subgraphs: each account is renewed once per period.
 */
import 'reflect-metadata';
import { runRenewCommand } from '../subgraphs/billing/src/renewal/renew-command';

runRenewCommand(process.argv.slice(2), process.env)
  .then(({ period, summary }) =>
    console.log(`period ${period}: ${summary.renewed} renewed (${summary.paid} paid, ${summary.pastDue} past due), ${summary.skipped} already renewed`),
  )
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
