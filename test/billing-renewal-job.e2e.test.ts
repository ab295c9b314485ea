import { fixtureIds, openSubgraph, type Subgraph } from '../packages/kit/src';
import { defaultBillingSettings } from '../subgraphs/billing/src/billing-settings';
import { SandboxPaymentProvider } from '../subgraphs/billing/src/payment/sandbox-payment-provider';
import { runRenewCommand } from '../subgraphs/billing/src/renewal/renew-command';
import { createBilling } from '../subgraphs/billing/src/subgraph';
import { mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';
import { saveFrenchBillingProfile } from './support/billing';

/**
 * The renewal in the running system: the scheduled job (SubgraphDefinition.startBackground) on
 * two replicas of billing sharing one database, ticking at once on the 1st, and the
 * `npm run renew` command after them: one invoice per account and period.
 */
let now = new Date('2026-06-16T10:00:00Z');
const sandbox = new SandboxPaymentProvider();
const settings = { ...defaultBillingSettings(), clock: () => now, paymentProvider: sandbox, renewalCheckIntervalMs: 25 };
const definition = createBilling(settings);
const STATUS = `{ viewer { account { billingStatus invoices(first: 20) { edges { node { issuedOn status } } } } } }`;

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('scheduled renewal and the renew command', () => {
  let stack: Stack;
  let replica: Subgraph<any>;
  const ids = { paying: '', seeded: '', newcomer: '' };

  /** The account buys one "France fixed & mobile" user with a card that pays. */
  async function buy(accountId: string): Promise<void> {
    const token = await stack.customerToken(accountId);
    await saveFrenchBillingProfile(stack, token, 'Renewed SAS');
    const started = await mutate(
      stack,
      token,
      `mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id } userErrors { code } } }`,
      { family: 'PHONE_SYSTEM' },
    );
    await mutate(stack, token, `mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { userErrors { code } } }`, {
      id: started.planChange.id,
      expectedVersion: 1,
      additions: [{ planId: fixtureIds.plan('PS-FRANCE-MOBILE'), quantity: 1 }],
    });
    const quote = await mutate(stack, token, `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id } userErrors { code } } }`, {
      planChangeId: started.planChange.id,
      expectedVersion: 2,
    });
    const paid = await mutate(
      stack,
      token,
      `mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { payment { state } userErrors { code } } }`,
      { quoteId: quote.quote.id, paymentMethod: 'pm_card_visa' },
    );
    expect(paid.payment.state).toBe('SUCCEEDED');
  }
  const renewalsOf = async (period: string) =>
    (
      await stack.subgraphs.billing.subgraph.dataSource.query(
        'SELECT account_id AS accountId, COUNT(*) AS n FROM renewals WHERE period_start = ? GROUP BY account_id ORDER BY account_id',
        [period],
      )
    ).map((row: { accountId: string; n: number | string }) => [row.accountId, Number(row.n)]);
  const invoicesIssuedOn = async (day: string) =>
    (
      await stack.subgraphs.billing.subgraph.dataSource.query(
        'SELECT account_id AS accountId, COUNT(*) AS n FROM invoices WHERE issued_on = ? GROUP BY account_id ORDER BY account_id',
        [day],
      )
    ).map((row: { accountId: string; n: number | string }) => [row.accountId, Number(row.n)]);

  beforeAll(async () => {
    stack = await Stack.start({ definitions: { billing: definition } });
    // A second replica of billing: its own connections to the same database, its own job.
    replica = await openSubgraph(definition, { databaseUrl: stack.subgraphs.billing.databaseUrl });
    ids.paying = await stack.seed(makeFixture({ extensions: 2, numbers: 1, identities: 1 }, 'Paying'));
    ids.seeded = await stack.seed(makeFixture({ extensions: 2, numbers: 1, identities: 1 }, 'Seeded'));
    await buy(ids.paying);
  }, 120_000);
  afterAll(async () => {
    await replica?.dispose();
    await stack?.close();
  });

  it('ticks on other days renew nothing', async () => {
    now = new Date('2026-06-30T12:00:00Z'); // 14:00 in Paris, still June
    const jobs = [definition.startBackground!(stack.subgraphs.billing.subgraph.dataSource), definition.startBackground!(replica.dataSource)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all(jobs.map((job) => job.stop()));
    expect(await renewalsOf('2026-07-01')).toEqual([]);
    expect(await renewalsOf('2026-06-01')).toEqual([]);
  });

  it('two replicas ticking at once on the 1st: one invoice per account for the period; the command after them renews nothing more', async () => {
    // 00:10 on 1 July in Paris (22:10 UTC on 30 June). A newcomer buys before the job runs: its
    // quote paid July, so the renewal leaves it out.
    now = new Date('2026-06-30T22:10:00Z');
    ids.newcomer = await stack.seed(makeFixture({ extensions: 1, numbers: 1, identities: 0 }, 'Newcomer'));
    await buy(ids.newcomer);

    const jobs = [definition.startBackground!(stack.subgraphs.billing.subgraph.dataSource), definition.startBackground!(replica.dataSource)];
    await until(async () => (await renewalsOf('2026-07-01')).length === 2, 'both accounts renewed');
    // Many more ticks on both replicas, then stop: each waits for its tick in flight.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all(jobs.map((job) => job.stop()));

    const expected = [ids.paying, ids.seeded].sort().map((id) => [id, 1]);
    expect(await renewalsOf('2026-07-01')).toEqual(expected);
    expect(await invoicesIssuedOn('2026-07-01')).toEqual([ids.paying, ids.seeded, ids.newcomer].sort().map((id) => [id, 1]));
    // The card of June paid July; the seeded account never gave one: its invoice waits, PAST_DUE.
    const paying = (await stack.request(await stack.customerToken(ids.paying), STATUS)).body.data.viewer.account;
    expect(paying.billingStatus).toBe('ACTIVE');
    expect(paying.invoices.edges.map((e: any) => e.node)).toEqual([
      { issuedOn: '2026-06-16', status: 'PAID' },
      { issuedOn: '2026-07-01', status: 'PAID' },
    ]);
    const seeded = (await stack.request(await stack.customerToken(ids.seeded), STATUS)).body.data.viewer.account;
    expect(seeded).toEqual({ billingStatus: 'PAST_DUE', invoices: { edges: [{ node: { issuedOn: '2026-07-01', status: 'OPEN' } }] } });
    const charges = await stack.subgraphs.billing.subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM payments WHERE account_id = ? AND quote_id IS NULL`, [
      ids.paying,
    ]);
    expect(Number(charges[0].n)).toBe(1);

    // `npm run renew -- --at 2026-07-01`, as an operator would after the 1st: everyone already renewed.
    const command = await runRenewCommand(['--at', '2026-07-01'], { DATABASE_URL: stack.subgraphs.billing.databaseUrl, NODE_ENV: 'test' });
    expect(command).toEqual({ period: '2026-07-01', summary: { renewed: 0, paid: 0, pastDue: 0, skipped: 2 } });
    expect(await invoicesIssuedOn('2026-07-01')).toEqual([ids.paying, ids.seeded, ids.newcomer].sort().map((id) => [id, 1]));
  });

  it('the command rolls accounts into a period the job never ran (a missed 1st), once', async () => {
    const first = await runRenewCommand(['--at=2026-08-14'], { DATABASE_URL: stack.subgraphs.billing.databaseUrl, NODE_ENV: 'test' });
    expect(first.period).toBe('2026-08-01');
    expect(first.summary).toMatchObject({ renewed: 3, skipped: 0 });
    const again = await runRenewCommand(['--at', '2026-08-01'], { DATABASE_URL: stack.subgraphs.billing.databaseUrl, NODE_ENV: 'test' });
    expect(again.summary).toEqual({ renewed: 0, paid: 0, pastDue: 0, skipped: 3 });
    expect(await renewalsOf('2026-08-01')).toEqual([ids.paying, ids.seeded, ids.newcomer].sort().map((id) => [id, 1]));
    await expect(runRenewCommand(['--at', '2026-02-30'], { DATABASE_URL: stack.subgraphs.billing.databaseUrl })).rejects.toThrow(/YYYY-MM-DD/);
    await expect(runRenewCommand(['--when', '2026-02-01'], { DATABASE_URL: stack.subgraphs.billing.databaseUrl })).rejects.toThrow(/Unknown argument/);
  });
});
