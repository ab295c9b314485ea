import { fixtureIds } from '../../packages/kit/src';
import { PhoneNumber, RouteAction } from '../../subgraphs/numbering/src/phone-number/phone-number.entity';
import { CREATE_EXTENSION, DELETE_EXTENSION, mutate, UPDATE_EXTENSION } from '../support/extensions';
import { makeFixture, Stack } from '../support/stack';
import type { TransportKind } from '../support/event-harness';
import { NatsServer } from '../support/nats-server';

const ROUTING = `query($id: ID!) { phoneNumber(id: $id) { routing { action extensionState extension { id } } } }`;

/**
 * The first real flow, through the gateway: telephony's extension mutations publish events and
 * numbering keeps each extension's state, so a number routed to a removed extension says so.
 */
describe.each<TransportKind>(['http', 'nats'])('extension state in numbering, over %s', (transport) => {
  let nats: NatsServer | null = null;
  let stack: Stack;
  const acme = makeFixture({ extensions: 2, numbers: 3, identities: 0 }, 'Acme');
  let acmeId: string;
  let token: string;

  beforeAll(async () => {
    if (transport === 'nats') nats = await NatsServer.start();
    stack = await Stack.start({ events: { eventsUrl: nats?.url ?? null, relay: { pollMs: 200, backoff: { baseMs: 50, maxMs: 500 } } } });
    acmeId = await stack.seed(acme);
    token = await stack.customerToken(acmeId);
  });
  afterAll(async () => {
    await stack?.close();
    await nats?.dispose();
  });

  const numbering = () => stack.subgraphs.numbering.subgraph.dataSource;
  const stateOf = async (extensionId: string) =>
    (await numbering().query('SELECT number, state, version FROM extension_states WHERE extension_id = ?', [extensionId]))[0];
  const waitFor = async (what: string, check: () => Promise<boolean>) => {
    const deadline = Date.now() + 30_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const routeTo = (numberIndex: number, extensionId: string) =>
    numbering()
      .getRepository(PhoneNumber)
      .update({ id: fixtureIds.phoneNumber(acme, numberIndex) }, { routeAction: RouteAction.FORWARD_TO_EXTENSION, routeExtensionId: extensionId });
  const routing = async (numberIndex: number) => {
    const { body } = await stack.request(token, ROUTING, { id: fixtureIds.phoneNumber(acme, numberIndex) });
    expect(body.errors).toBeUndefined();
    return body.data.phoneNumber.routing;
  };

  it('seeded extensions are known to numbering: their numbers ring an ACTIVE extension', async () => {
    expect(await routing(0)).toEqual({ action: 'FORWARD_TO_EXTENSION', extensionState: 'ACTIVE', extension: { id: fixtureIds.extension(acme, 0) } });
  });

  it('created, changed, removed: numbering follows, and a number still routed there reads REMOVED', async () => {
    const created = (await mutate(stack, token, CREATE_EXTENSION, { number: '950', displayName: 'Zoé Martin' })).extension;
    await waitFor('created', async () => (await stateOf(created.id))?.state === 'ACTIVE');
    expect(await stateOf(created.id)).toMatchObject({ number: '950', state: 'ACTIVE' });

    await mutate(stack, token, UPDATE_EXTENSION, { id: created.id, expectedVersion: 1, number: '951' });
    await waitFor('changed', async () => (await stateOf(created.id))?.number === '951');
    expect(Number((await stateOf(created.id)).version)).toBe(2);

    // A display name change is an event too (version 3), carrying the same facts.
    await mutate(stack, token, UPDATE_EXTENSION, { id: created.id, expectedVersion: 2, displayName: 'Zoé Martin-Li' });
    await waitFor('changed again', async () => Number((await stateOf(created.id))?.version) === 3);

    expect((await mutate(stack, token, DELETE_EXTENSION, { id: created.id })).deletedExtensionId).toBe(created.id);
    await waitFor('removed', async () => (await stateOf(created.id))?.state === 'REMOVED');
    expect(await stateOf(created.id)).toMatchObject({ number: '951', state: 'REMOVED' });

    // A route written while the removal was on its way (telephony checked, then numbering routed):
    // the number says its extension was removed instead of pointing at nothing.
    await routeTo(1, created.id);
    expect(await routing(1)).toEqual({ action: 'FORWARD_TO_EXTENSION', extensionState: 'REMOVED', extension: null });
  });

  it('an extension numbering has not heard of reads UNKNOWN; other actions have no extension state', async () => {
    await routeTo(2, '00000000-0000-4000-8000-0000000000aa');
    expect((await routing(2)).extensionState).toBe('UNKNOWN');
    await numbering()
      .getRepository(PhoneNumber)
      .update({ id: fixtureIds.phoneNumber(acme, 2) }, { routeAction: RouteAction.VOICEMAIL, routeExtensionId: null });
    expect(await routing(2)).toEqual({ action: 'VOICEMAIL', extensionState: null, extension: null });
  });

  it('nothing parked, nothing pending, on the staff fields', async () => {
    const staff = await stack.staffToken();
    await waitFor('telephony outbox drained', async () => {
      const { body } = await stack.request(staff, '{ telephonyEventRelayLag { pendingEvents } }');
      return body.data?.telephonyEventRelayLag.pendingEvents === 0;
    });
    const { body } = await stack.request(
      staff,
      '{ telephonyEventRelayLag { pendingEvents retryingEvents oldestPendingSeconds } numberingParkedEvents { totalCount } numberingEventRelayLag { parkedEvents failingEvents } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      telephonyEventRelayLag: { pendingEvents: 0, retryingEvents: 0, oldestPendingSeconds: null },
      numberingParkedEvents: { totalCount: 0 },
      numberingEventRelayLag: { parkedEvents: 0, failingEvents: 0 },
    });
  });
});
