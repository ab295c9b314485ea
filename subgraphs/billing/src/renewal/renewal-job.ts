import type { DataSource } from 'typeorm';
import { log } from '../../../../packages/kit/src';
import type { PaymentService } from '../payment/payment.service';
import { billingPeriodAt } from '../quote/billing-calendar';
import { renewPeriod, type RenewalSummary } from './renewal.service';

/**
 * The period a scheduled run at `now` renews: the current one, on its first day only (the 1st in
 * the billing time zone). Later in the month a run does nothing: a customer who buys on the 12th
 * pays the rest of the month with the quote, and a renewal then would charge the month again.
 * A 1st missed entirely (every replica down all day) is caught up with `npm run renew -- --at`.
 */
export function scheduledPeriodAt(now: Date): string | null {
  const period = billingPeriodAt(now);
  return period.today === period.start ? period.start : null;
}

export interface RenewalJobDependencies {
  db: DataSource;
  payments: PaymentService;
  providerName: string;
  clock: () => Date;
}

/** One tick: renews the scheduled period if today is its first day; null otherwise. */
export async function runScheduledRenewal(deps: RenewalJobDependencies): Promise<RenewalSummary | null> {
  const now = deps.clock();
  const period = scheduledPeriodAt(now);
  if (!period) return null;
  const summary = await renewPeriod(deps.db, deps.payments, deps.providerName, period, now);
  if (summary.renewed) log({ level: 'info', msg: 'renewal run', period, ...summary });
  return summary;
}

/**
 * The renewal in the running system (SubgraphDefinition.startBackground): a tick every
 * `intervalMs` on every replica. Several replicas may tick at once: `renewPeriod` claims each
 * (account, period) with a unique row, so each account is invoiced and charged once per period.
 * A replica runs one tick at a time; `stop()` ends the ticks and waits for the one in flight, so
 * the database closes after it (the lifecycle's close hooks).
 */
export function startRenewalJob(deps: RenewalJobDependencies, intervalMs: number): { stop(): Promise<void> } {
  let inFlight: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = runScheduledRenewal(deps)
      .catch((error) => log({ level: 'error', msg: 'renewal run failed; the next tick tries again', error: String(error) }))
      .finally(() => (inFlight = null));
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await inFlight;
    },
  };
}
