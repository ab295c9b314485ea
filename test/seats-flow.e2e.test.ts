import { fixtureIds, type AccountFixture } from '../packages/kit/src';
import { defaultBillingSettings } from '../subgraphs/billing/src/billing-settings';
import { SandboxPaymentProvider } from '../subgraphs/billing/src/payment/sandbox-payment-provider';
import { applyDueScheduledChanges } from '../subgraphs/billing/src/renewal/apply-scheduled-changes';
import { createBilling } from '../subgraphs/billing/src/subgraph';
import { codes, CREATE_EXTENSION, mutate, UPDATE_EXTENSION } from './support/extensions';
import { makeFixture, Stack } from './support/stack';
import { saveFrenchBillingProfile } from './support/billing';

/**
 * Seats bought in billing reach telephony as events (HTTP transport, relays running), and
 * telephony enforces them in its own write transaction: an extension on a plan takes a free seat
 * of it or is refused NO_FREE_SEAT. Paid Edit moves and Remove lines reach telephony when they
 * take effect. Runs on SQLite, and on MariaDB with DB=mysql.
 */
const now = new Date('2026-06-16T10:00:00Z');

const START = `mutation($input: StartPlanChangeInput!) { startPlanChange(input: $input) { planChange { id version } userErrors { code field message } } }`;
const UPDATE_CHANGE = `mutation($input: UpdatePlanChangeInput!) { updatePlanChange(input: $input) { planChange { id version } userErrors { code field message } } }`;
const QUOTE = `mutation($input: RequestQuoteInput!) { requestQuote(input: $input) { quote { id summary { totalDueNow { amountMinor } } } userErrors { code field message } } }`;
const CHECKOUT = `mutation($input: CheckoutQuoteInput!) { checkoutQuote(input: $input) { quote { state planChange { state } } payment { state } userErrors { code field message } } }`;
const EXTENSION = `query($id: ID!) { extension(id: $id) { id version plan { code } } }`;

describe('seats from billing to telephony, through the gateway', () => {
  let stack: Stack;
  let fixture: AccountFixture;
  let accountId: string;
  let token: string;

  beforeAll(async () => {
    const settings = {
      ...defaultBillingSettings(),
      clock: () => now,
      paymentProvider: new SandboxPaymentProvider(),
      returnUrlOrigins: ['https://app.example'],
    };
    stack = await Stack.start({ definitions: { billing: createBilling(settings) }, events: { relay: { pollMs: 100, backoff: { baseMs: 50, maxMs: 500 } } } });
    // Two extensions, both on PS-EUROPE (8 seats held); PS-FRANCE is held at 0 seats, PS-FRANCE-MOBILE at 3.
    fixture = makeFixture({ extensions: 2, numbers: 1, identities: 0 }, 'Seats');
    accountId = await stack.seed(fixture);
    token = await stack.customerToken(accountId);
    await saveFrenchBillingProfile(stack, token, 'Seats SAS');
  }, 120_000);
  afterAll(() => stack?.close());

  const telephony = () => stack.subgraphs.telephony.subgraph.dataSource;
  const billing = () => stack.subgraphs.billing.subgraph.dataSource;
  const seatsInTelephony = async (code: string): Promise<number | null> => {
    const [row] = await telephony().query('SELECT quantity FROM plan_seats WHERE account_id = ? AND plan_id = ?', [accountId, fixtureIds.plan(code)]);
    return row ? Number(row.quantity) : null;
  };
  const waitFor = async (what: string, check: () => Promise<boolean>) => {
    const deadline = Date.now() + 30_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  /** Billing's outbox is empty once every event was delivered: nothing more is on its way to telephony. */
  const billingOutboxDrained = () =>
    waitFor(
      'billing outbox drained',
      async () => Number((await billing().query('SELECT COUNT(*) AS n FROM outbox_events WHERE published_at IS NULL'))[0].n) === 0,
    );
  const createOn = (number: string, code: string) =>
    mutate(stack, token, CREATE_EXTENSION, { number, displayName: `Ext ${number}`, planId: fixtureIds.plan(code) });
  /** A plan change with these lines, quoted and checked out with `card`. */
  async function buy(family: string, lines: Record<string, unknown>, card: string, key: string) {
    const started = await mutate(stack, token, START, { family });
    expect(started.userErrors).toEqual([]);
    const updated = await mutate(stack, token, UPDATE_CHANGE, { id: started.planChange.id, expectedVersion: started.planChange.version, ...lines });
    expect(updated.userErrors).toEqual([]);
    const quoted = await mutate(stack, token, QUOTE, { planChangeId: started.planChange.id, expectedVersion: updated.planChange.version });
    expect(quoted.userErrors).toEqual([]);
    return mutate(stack, token, CHECKOUT, { quoteId: quoted.quote.id, paymentMethod: card, idempotencyKey: key });
  }

  it("seeded seats are telephony's baseline: no seat on PS-FRANCE, so an extension there is refused and told how to buy one", async () => {
    expect(await seatsInTelephony('PS-EUROPE')).toBe(8);
    expect(await seatsInTelephony('PS-FRANCE')).toBe(0);
    const refused = await createOn('960', 'PS-FRANCE');
    expect(codes(refused)).toEqual(['NO_FREE_SEAT@planId']);
    expect(refused.userErrors[0].message).toMatch(/Upgrade\/Downgrade, Add tab/);
    expect(refused.extension).toBeNull();
  });

  it('buy 1 seat (Add tab, pm_card_visa): the count reaches telephony, one extension fits, the next is refused', async () => {
    const paid = await buy('PHONE_SYSTEM', { additions: [{ planId: fixtureIds.plan('PS-FRANCE'), quantity: 1 }] }, 'pm_card_visa', 'seat-visa');
    expect(paid.userErrors).toEqual([]);
    expect(paid.payment.state).toBe('SUCCEEDED');
    await waitFor('the seat count in telephony', async () => (await seatsInTelephony('PS-FRANCE')) === 1);

    const created = await createOn('961', 'PS-FRANCE');
    expect(created.userErrors).toEqual([]);
    expect(created.extension.plan.code).toBe('PS-FRANCE');
    const next = await createOn('962', 'PS-FRANCE');
    expect(codes(next)).toEqual(['NO_FREE_SEAT@planId']);
    expect(next.userErrors[0].message).toMatch(/All 1 seat of this plan are taken\. Buy one more in Upgrade\/Downgrade, Add tab/);
    // Moving an extension there is refused the same way.
    const moved = await mutate(stack, token, UPDATE_EXTENSION, {
      id: fixtureIds.extension(fixture, 1),
      expectedVersion: 1,
      planId: fixtureIds.plan('PS-FRANCE'),
    });
    expect(codes(moved)).toEqual(['NO_FREE_SEAT@planId']);
  });

  it('a declined card changes nothing in telephony', async () => {
    const billingEventsBefore = Number((await billing().query('SELECT COUNT(*) AS n FROM outbox_events'))[0].n);
    const declined = await buy(
      'PHONE_SYSTEM',
      { additions: [{ planId: fixtureIds.plan('PS-FRANCE'), quantity: 1 }] },
      'pm_card_chargeDeclined',
      'seat-declined',
    );
    expect(declined.payment.state).toBe('REQUIRES_PAYMENT_METHOD');
    expect(declined.quote.planChange.state).not.toBe('APPLIED');
    expect(Number((await billing().query('SELECT COUNT(*) AS n FROM outbox_events'))[0].n)).toBe(billingEventsBefore);
    await billingOutboxDrained();
    expect(await seatsInTelephony('PS-FRANCE')).toBe(1);
    expect(codes(await createOn('963', 'PS-FRANCE'))).toEqual(['NO_FREE_SEAT@planId']);
    // Cancelled, so the next test opens its own phone-system plan change.
    const open = await mutate(stack, token, START, { family: 'PHONE_SYSTEM' });
    await mutate(stack, token, `mutation($input: CancelPlanChangeInput!) { cancelPlanChange(input: $input) { userErrors { code } } }`, {
      id: open.planChange.id,
      expectedVersion: open.planChange.version,
    });
  });

  it('an Edit move paid now (PS-EUROPE -> PS-WORLD, dearer) moves the extension in telephony, with both seat counts', async () => {
    const extensionId = fixtureIds.extension(fixture, 0);
    const paid = await buy('PHONE_SYSTEM', { edits: [{ extensionId, planId: fixtureIds.plan('PS-WORLD') }] }, 'pm_card_visa', 'move-visa');
    expect(paid.userErrors).toEqual([]);
    expect(paid.quote.planChange.state).toBe('APPLIED');
    await waitFor(
      'the move in telephony',
      async () => (await stack.request(token, EXTENSION, { id: extensionId })).body.data.extension.plan.code === 'PS-WORLD',
    );
    const { body } = await stack.request(token, EXTENSION, { id: extensionId });
    expect(body.data.extension).toEqual({ id: extensionId, version: 2, plan: { code: 'PS-WORLD' } });
    await waitFor('the seat counts', async () => (await seatsInTelephony('PS-WORLD')) === 3 && (await seatsInTelephony('PS-EUROPE')) === 7);
    // Delivered again (a relay retry after a lost acknowledgement): the inbox applies it once.
    await billingOutboxDrained();
    const [row] = await billing().query(`SELECT envelope FROM outbox_events WHERE type = 'billing.extension-plan.moved' AND aggregate_id = ?`, [extensionId]);
    expect(await stack.subgraphs.telephony.subgraph.inbox.receive(JSON.parse(row.envelope))).toEqual({ outcome: 'duplicate' });
    expect((await stack.request(token, EXTENSION, { id: extensionId })).body.data.extension.version).toBe(2);
  });

  it('a downgrade (Edit to a cheaper plan) and a Remove line take effect at the period start: telephony moves one extension and removes the other, once', async () => {
    const [moving, removed] = [fixtureIds.extension(fixture, 0), fixtureIds.extension(fixture, 1)];
    const applied = await buy(
      'PHONE_SYSTEM',
      { edits: [{ extensionId: moving, planId: fixtureIds.plan('PS-EUROPE') }], removals: [{ extensionId: removed }] },
      'pm_card_visa',
      'next-period',
    );
    expect(applied.userErrors).toEqual([]);
    await billingOutboxDrained();
    // Nothing changes before the period start.
    expect((await stack.request(token, EXTENSION, { id: moving })).body.data.extension).toEqual({ id: moving, version: 2, plan: { code: 'PS-WORLD' } });
    expect((await stack.request(token, EXTENSION, { id: removed })).body.data.extension).toMatchObject({ plan: { code: 'PS-EUROPE' } });
    // Three scheduled rows (+1 PS-EUROPE and -1 PS-WORLD for the move, -1 PS-EUROPE for the removal), applied once.
    expect(await applyDueScheduledChanges(billing(), '2026-07-01', new Date('2026-07-01T00:05:00Z'))).toBe(3);
    expect(await applyDueScheduledChanges(billing(), '2026-07-01', new Date('2026-07-01T00:06:00Z'))).toBe(0);
    await waitFor('the removal in telephony', async () => (await stack.request(token, EXTENSION, { id: removed })).body.data.extension === null);
    await waitFor('the move in telephony', async () => (await stack.request(token, EXTENSION, { id: moving })).body.data.extension.plan.code === 'PS-EUROPE');
    expect((await stack.request(token, EXTENSION, { id: moving })).body.data.extension.version).toBe(3);
    await waitFor('the seat counts', async () => (await seatsInTelephony('PS-EUROPE')) === 7 && (await seatsInTelephony('PS-WORLD')) === 2);
    await billingOutboxDrained();
    const staff = await stack.staffToken();
    const lag = await stack.request(staff, '{ telephonyParkedEvents { totalCount } telephonyEventRelayLag { failingEvents parkedEvents } }');
    expect(lag.body.data).toEqual({ telephonyParkedEvents: { totalCount: 0 }, telephonyEventRelayLag: { failingEvents: 0, parkedEvents: 0 } });
  });

  it('concurrent createExtension for the last seat: one wins, the others are NO_FREE_SEAT', async () => {
    // PS-FRANCE-MOBILE: 3 seats, none used; two taken first, then two requests race for the third,
    // then (the seats bought again) four race for one.
    expect((await createOn('970', 'PS-FRANCE-MOBILE')).userErrors).toEqual([]);
    expect((await createOn('971', 'PS-FRANCE-MOBILE')).userErrors).toEqual([]);
    const raced = await Promise.all([createOn('972', 'PS-FRANCE-MOBILE'), createOn('973', 'PS-FRANCE-MOBILE')]);
    expect(raced.map((payload) => (payload.userErrors.length ? codes(payload)[0] : 'CREATED')).sort()).toEqual(['CREATED', 'NO_FREE_SEAT@planId']);
    const paid = await buy('PHONE_SYSTEM', { additions: [{ planId: fixtureIds.plan('PS-FRANCE-MOBILE'), quantity: 1 }] }, 'pm_card_visa', 'race-visa');
    expect(paid.userErrors).toEqual([]);
    await waitFor('the fourth seat in telephony', async () => (await seatsInTelephony('PS-FRANCE-MOBILE')) === 4);
    const four = await Promise.all(['974', '975', '976', '977'].map((number) => createOn(number, 'PS-FRANCE-MOBILE')));
    expect(four.map((payload) => (payload.userErrors.length ? codes(payload)[0] : 'CREATED')).sort()).toEqual([
      'CREATED',
      'NO_FREE_SEAT@planId',
      'NO_FREE_SEAT@planId',
      'NO_FREE_SEAT@planId',
    ]);
    const [row] = await telephony().query('SELECT COUNT(*) AS n FROM extensions WHERE account_id = ? AND plan_id = ?', [
      accountId,
      fixtureIds.plan('PS-FRANCE-MOBILE'),
    ]);
    expect(Number(row.n)).toBe(4);
  });
});
