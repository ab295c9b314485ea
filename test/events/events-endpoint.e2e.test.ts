import { callerFor } from '../../packages/kit/src';
import { mysqlServerUrl, testDriver } from '../support/database';
import { EventHarness } from '../support/event-harness';
import { TestKeys } from '../support/keys';

/** numbering's /events accepts a service credential addressed to it, from the event's own producer, and nothing else. */
describe('the /events endpoint', () => {
  let harness: EventHarness;
  const envelope = {
    id: '00000000-0000-4000-8000-0000000000e1',
    type: 'telephony.extension.created',
    producer: 'telephony',
    aggregateType: 'extension',
    aggregateId: '00000000-0000-4000-8000-0000000000a1',
    aggregateVersion: 1,
    accountId: '00000000-0000-4000-8000-00000000e7e7',
    payload: { extensionId: '00000000-0000-4000-8000-0000000000a1', number: '950', state: 'ACTIVE' },
    occurredAt: new Date().toISOString(),
  };

  beforeAll(async () => {
    harness = await EventHarness.start({ transport: 'http', driver: testDriver, mysqlUrl: mysqlServerUrl });
    await harness.startNumbering();
  });
  afterAll(() => harness?.close());

  const post = (token: string | null, body: unknown = envelope) =>
    fetch(new URL('/events', harness.numberingServer!.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });

  it('refuses no credential, a caller credential, one for another subgraph, or one signed with another secret', async () => {
    const refused = [
      null,
      await harness.numberingCredential(callerFor({ subject: 'staff-1', role: 'STAFF', accountId: null })),
      await harness.keys.serviceCredential('telephony', 'billing'),
      await new TestKeys().serviceCredential('telephony', 'numbering'),
      // A service numbering does not let call /events (its key is not even trusted here): its own.
      await harness.keys.serviceCredential('numbering', 'numbering'),
    ];
    for (const token of refused) expect((await post(token)).status).toBe(401);
    expect(await harness.inboxStates()).toEqual({});
  });

  it("refuses another producer's event and a body that is not an envelope", async () => {
    const telephony = await harness.keys.serviceCredential('telephony', 'numbering');
    expect((await post(telephony, { ...envelope, producer: 'billing' })).status).toBe(403);
    expect((await post(telephony, { ...envelope, aggregateVersion: 0 })).status).toBe(400);
    expect(await harness.inboxStates()).toEqual({});
  });

  it("applies the producer's own event once; a repeat is acknowledged as a duplicate", async () => {
    const telephony = await harness.keys.serviceCredential('telephony', 'numbering');
    const first = await post(telephony);
    expect([first.status, await first.json()]).toEqual([200, { outcome: 'applied' }]);
    const again = await post(telephony);
    expect([again.status, await again.json()]).toEqual([200, { outcome: 'duplicate' }]);
    const gap = await post(telephony, { ...envelope, id: '00000000-0000-4000-8000-0000000000e3', aggregateVersion: 3 });
    expect(gap.status).toBe(503);
    expect((await gap.json()).outcome).toBe('gap');
  });
});
