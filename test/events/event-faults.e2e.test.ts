import { createServer, type Server, type Socket } from 'node:net';
import { callerFor, on, type Caller, type EventHandler } from '../../packages/kit/src';
import { EXTENSION_STATE_HANDLERS } from '../../subgraphs/numbering/src/extension-state/extension-state.handlers';
import { mysqlServerUrl, testDriver } from '../support/database';
import { EventHarness, expectAppliedOnceInOrder, type Burst, type TransportKind } from '../support/event-harness';
import { NatsServer } from '../support/nats-server';
import { postGraphQL } from '../support/stack';
import { startChild } from './support/child';

/** Runs producer.child.ts until it says where it is, then SIGKILLs it. */
async function killProducerAt(mode: 'committed' | 'relaying', env: Record<string, string>): Promise<Burst> {
  const child = startChild(mode, env);
  const line = await child.line();
  const exited = new Promise((resolve) => child.process.once('exit', (_code, signal) => resolve(signal)));
  child.process.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  const { aggregates, ids } = JSON.parse(line);
  return { aggregates, ids, versions: 3 };
}

/** A subscriber that accepts connections and never answers: a relay sending to it is stuck mid-publish. */
async function blackHole(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Numbering's real handlers, broken while `broken.on` is true (a bug, then its fix). */
function breakable(broken: { on: boolean }): EventHandler[] {
  return EXTENSION_STATE_HANDLERS.map((handler) =>
    on(handler.contract, async (tx, event) => {
      if (broken.on) throw new Error(`cannot apply ${event.type} (bug)`);
      await handler.handle(tx, event);
    }),
  );
}

describe.each<TransportKind>(['http', 'nats'])('event faults over %s', (transport) => {
  let nats: NatsServer | null = null;
  let harness: EventHarness | null = null;

  beforeEach(async () => {
    if (transport === 'nats') nats = await NatsServer.start();
  });
  afterEach(async () => {
    await harness?.close();
    harness = null;
    await nats?.dispose();
    nats = null;
  });

  const start = async (extra: Partial<Parameters<typeof EventHarness.start>[0]> = {}) =>
    (harness = await EventHarness.start({ transport, natsUrl: nats?.url, driver: testDriver, mysqlUrl: mysqlServerUrl, ...extra }));

  it('producer SIGKILLed after commit, before publish; restarted: delivered', async () => {
    const h = await start();
    const burst = await killProducerAt('committed', {
      DATABASE_URL: h.telephonyDatabaseUrl,
      SERVICE_SIGNING_KEY: JSON.stringify(h.keys.service('telephony').privateJwk),
      NUMBERING_URL: 'http://127.0.0.1:9/graphql',
    });
    expect(await h.unpublished()).toBe(burst.ids.length);
    await h.startNumbering();
    await h.startTelephonyRelay();
    await h.waitUntilApplied(burst.ids);
    expectAppliedOnceInOrder(h, burst);
    await h.waitFor('outbox drained', async () => (await h.unpublished()) === 0);
  });

  if (transport === 'http') {
    it('producer SIGKILLed while publishing (claims held); restarted: delivered once its leases end', async () => {
      const h = await start();
      const hole = await blackHole();
      try {
        const burst = await killProducerAt('relaying', {
          DATABASE_URL: h.telephonyDatabaseUrl,
          SERVICE_SIGNING_KEY: JSON.stringify(h.keys.service('telephony').privateJwk),
          NUMBERING_URL: hole.url,
          LEASE_MS: '2000',
        });
        const [held] = await h.telephony.dataSource.query('SELECT COUNT(*) AS n FROM outbox_events WHERE lease_owner IS NOT NULL');
        expect(Number(held.n)).toBeGreaterThan(0);
        await h.startNumbering();
        await h.startTelephonyRelay();
        await h.waitUntilApplied(burst.ids);
        expectAppliedOnceInOrder(h, burst);
      } finally {
        await hole.close();
      }
    });
  }

  if (transport === 'nats') {
    it('NATS restarted in the middle of a burst: nothing lost', async () => {
      const h = await start();
      await h.startNumbering();
      await h.startTelephonyRelay();
      const producing = h.publishBurst({ aggregates: 20, versions: 5 });
      await h.waitFor('the burst under way', () => h.received.length >= 10);
      await nats!.restart();
      const burst = await producing;
      await h.waitUntilApplied(burst.ids, 90_000);
      expectAppliedOnceInOrder(h, burst);
      expect(await h.inboxStates()).toEqual({ APPLIED: burst.ids.length });
      await h.waitFor('outbox drained', async () => (await h.unpublished()) === 0);
    });
  }

  it('a handler that throws: retried, parked, retried by staff, applied', async () => {
    const broken = { on: true };
    const h = await start({ maxAttempts: 3, numberingHandlers: breakable(broken) });
    await h.startNumbering();
    await h.startTelephonyRelay();
    const staff: Caller = callerFor({ subject: 'staff-1', role: 'STAFF', accountId: null });
    const customer: Caller = callerFor({ subject: 'someone', role: 'CUSTOMER', accountId: '00000000-0000-4000-8000-00000000e7e7' });
    const ask = async (caller: Caller, query: string, variables?: Record<string, unknown>) =>
      postGraphQL(h.numberingServer!.url, { query, variables }, { authorization: `Bearer ${await h.numberingCredential(caller)}` });
    const PARKED =
      '{ numberingParkedEvents { totalCount events { eventId type aggregateVersion attempts lastError } } numberingEventRelayLag { parkedEvents failingEvents } }';
    const RETRY = 'mutation($id: ID!) { retryNumberingParkedEvent(input: { eventId: $id }) { applied error userErrors { code field } } }';

    const burst = await h.publishBurst({ aggregates: 1, versions: 2 });
    const [v1, v2] = burst.ids;
    // Version 1 fails, is retried, then parked after 3 attempts; version 2 waits for it (a gap), then parks too.
    await h.waitFor('both parked', async () => (await h.inboxStates()).PARKED === 2);
    expect(h.received.filter((r) => r.id === v1).map((r) => r.outcome)).toEqual(['failed', 'failed', 'parked']);
    expect(h.received.filter((r) => r.id === v2).map((r) => r.outcome)).toEqual(['gap', 'gap', 'parked']);

    const listed = await ask(staff, PARKED);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data.numberingParkedEvents).toMatchObject({
      totalCount: 2,
      events: [
        { eventId: v1, type: 'telephony.extension.created', aggregateVersion: 1, attempts: 3, lastError: 'cannot apply telephony.extension.created (bug)' },
        { eventId: v2, type: 'telephony.extension.changed', aggregateVersion: 2, attempts: 3 },
      ],
    });
    expect(listed.body.data.numberingEventRelayLag).toEqual({ parkedEvents: 2, failingEvents: 0 });
    // Staff only: a customer gets FORBIDDEN for the list and the retry, and nothing changes.
    expect((await ask(customer, PARKED)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask(customer, RETRY, { id: v1 })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Still broken: stays parked, with the error.
    expect((await ask(staff, RETRY, { id: v1 })).body.data.retryNumberingParkedEvent).toEqual({
      applied: false,
      error: 'cannot apply telephony.extension.created (bug)',
      userErrors: [],
    });
    // Out of order: version 2 still waits for version 1.
    expect((await ask(staff, RETRY, { id: v2 })).body.data.retryNumberingParkedEvent.applied).toBe(false);

    broken.on = false;
    expect((await ask(staff, RETRY, { id: v1 })).body.data.retryNumberingParkedEvent).toEqual({ applied: true, error: null, userErrors: [] });
    expect((await ask(staff, RETRY, { id: v2 })).body.data.retryNumberingParkedEvent).toEqual({ applied: true, error: null, userErrors: [] });
    expect((await ask(staff, RETRY, { id: v2 })).body.data.retryNumberingParkedEvent.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'eventId' }]);

    expect(await h.inboxStates()).toEqual({ APPLIED: 2 });
    const [state] = await h.numbering.dataSource.query('SELECT state, version FROM extension_states WHERE extension_id = ?', [burst.aggregates[0]]);
    expect({ state: state.state, version: Number(state.version) }).toEqual({ state: 'ACTIVE', version: 2 });
    // The producer was told to stop: nothing left to send.
    await h.waitFor('outbox drained', async () => (await h.unpublished()) === 0);
  });
});
