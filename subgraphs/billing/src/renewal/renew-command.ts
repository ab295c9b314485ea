import { openSubgraph, subgraphConfig } from '../../../../packages/kit/src';
import { billingSettingsFromEnv } from '../billing-config';
import { PaymentService } from '../payment/payment.service';
import { billingPeriodAt } from '../quote/billing-calendar';
import { createBilling } from '../subgraph';
import { renewPeriod, type RenewalSummary } from './renewal.service';

const USAGE = 'usage: npm run renew -- [--at YYYY-MM-DD]';

/** The period to renew: the one containing `--at` (or today, in the billing time zone). */
export function renewalPeriodOf(argv: readonly string[], now: Date): string {
  const index = argv.findIndex((arg) => arg === '--at' || arg.startsWith('--at='));
  const unknown = argv.filter((arg, i) => i !== index && !(index >= 0 && argv[index] === '--at' && i === index + 1));
  if (unknown.length) throw new Error(`Unknown argument ${unknown[0]}; ${USAGE}`);
  if (index < 0) return billingPeriodAt(now).start;
  const at = argv[index] === '--at' ? argv[index + 1] : argv[index]!.slice('--at='.length);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(at ?? '');
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== at) throw new Error(`--at needs a date YYYY-MM-DD; ${USAGE}`);
  return `${at!.slice(0, 7)}-01`;
}

/**
 * `npm run renew`: rolls every account into the period containing `--at` (default today), with
 * billing's own configuration (DATABASE_URL, PAYMENT_PROVIDER...). Safe beside the scheduled job
 * and on several machines: each account is claimed once per period, so a second run only reports
 * them skipped. For catching up a 1st the job missed.
 */
export async function runRenewCommand(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<{ period: string; summary: RenewalSummary }> {
  const settings = billingSettingsFromEnv(env);
  const period = renewalPeriodOf(argv, settings.clock());
  const definition = createBilling(settings);
  const subgraph = await openSubgraph(definition, { databaseUrl: subgraphConfig(env, definition).DATABASE_URL });
  try {
    const payments = new PaymentService(subgraph.dataSource, settings.paymentProvider, settings.clock);
    return { period, summary: await renewPeriod(subgraph.dataSource, payments, settings.paymentProvider.name, period, settings.clock()) };
  } finally {
    await subgraph.dispose();
  }
}
