import { In, Like } from 'typeorm';
import { fixtureIds } from '../packages/kit/src';
import { ExtensionLifeState, ExtensionStateRow } from '../subgraphs/numbering/src/extension-state/extension-state.entity';
import { SandboxCarrier } from '../subgraphs/numbering/src/carrier/carrier';
import { InventoryNumber, InventoryState } from '../subgraphs/numbering/src/inventory/inventory-number.entity';
import { NumberOrderEvent as E, NumberOrderState } from '../subgraphs/numbering/src/number-order/number-order-state';
import { NumberOrder } from '../subgraphs/numbering/src/number-order/number-order.entity';
import { NumberOrderWorkflow } from '../subgraphs/numbering/src/number-order/number-order-workflow';
import { createNumbering } from '../subgraphs/numbering/src/subgraph';
import { PhoneNumber } from '../subgraphs/numbering/src/phone-number/phone-number.entity';
import { NumberReservation } from '../subgraphs/numbering/src/reservation/reservation.entity';
import { Identity } from '../subgraphs/compliance/src/identity/identity.entity';
import { IdentityStatus } from '../subgraphs/compliance/src/identity/identity-state';
import { codes, mutate } from './support/extensions';
import { FRENCH_BUSINESS } from './support/identities';
import { availableNumbers, CANCEL_ORDER, CREATE_ORDER, numberingDb, ORDER_FIELDS, RESERVE } from './support/numbers';
import { makeFixture, Stack } from './support/stack';

const ROUTE = `mutation Route($input: UpdatePhoneNumberRoutingInput!) { updatePhoneNumberRouting(input: $input) { phoneNumber { id version routing { action forwardTo extension { id } } } userErrors { code field message } } }`;
const RELEASE = `mutation Release($input: ReleasePhoneNumberInput!) { releasePhoneNumber(input: $input) { releasedPhoneNumberId availableAgainAt userErrors { code field message } } }`;

describe('ordering numbers through the gateway', () => {
  let stack: Stack;
  let workflow: NumberOrderWorkflow;
  const carrier = new SandboxCarrier(20);
  const acme = makeFixture({ extensions: 2, numbers: 1, identities: 1 }, 'Acme');
  let accountId: string;
  let token: string;
  const ext901 = fixtureIds.extension(acme, 0);
  const identityId = fixtureIds.identity(acme, 0);

  beforeAll(async () => {
    // Only the test drives the orders: the stack's own sweep (every 15 s) would otherwise also provision
    // them, with the default 2 s carrier, when a loaded machine stretches this file past 15 s.
    stack = await Stack.start({ definitions: { numbering: createNumbering({ carrier, sweepIntervalMs: 3_600_000 }) } });
    accountId = await stack.seed(acme);
    token = await stack.customerToken(accountId);
    // Numbering's lifecycle alone, driven directly; test/number-order-payment.e2e.test.ts runs it through
    // billing's checkout and payment events, test/number-order-identity-events.e2e.test.ts through compliance's.
    workflow = new NumberOrderWorkflow(numberingDb(stack), carrier);
  });
  afterAll(() => stack?.close());

  const reserve = async (numbers: InventoryNumber[]) => (await mutate(stack, token, RESERVE, { numberIds: numbers.map((n) => n.id) })).reservation;
  const order = (reservationId: string, inboundAction: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    mutate(stack, token, CREATE_ORDER, { reservationId, inboundAction, identityId, ...extra });
  const readOrder = async (id: string) => (await stack.request(token, `{ numberOrder(id: "${id}") { ${ORDER_FIELDS} } }`)).body.data.numberOrder;
  const walk = async (id: string, events: E[]) => {
    for (const event of events) expect(await workflow.apply(id, event, 'test')).toMatchObject({ ok: true });
  };
  async function settled(id: string) {
    // A loaded machine is slow, never wrong: wait up to 45 s (under the 60 s test timeout), polling.
    for (const deadline = Date.now() + 45_000; Date.now() < deadline;) {
      const state = (await numberingDb(stack).getRepository(NumberOrder).findOneByOrFail({ id })).state;
      if (state !== NumberOrderState.PROVISIONING) return readOrder(id);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('order still provisioning');
  }

  it("runs the help page's order: FR, Paris, forward to extension 901, approved identity, to COMPLETED", async () => {
    const [paris] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Paris' }, 1);
    const reservation = await reserve([paris!]);
    const created = await order(reservation.id, { action: 'FORWARD_TO_EXTENSION', extensionId: ext901 }, { idempotencyKey: 'order-1' });
    expect(created.userErrors).toEqual([]);
    expect(created.order).toMatchObject({
      state: 'DRAFT',
      version: 1,
      identityId,
      account: { id: accountId },
      reservation: { id: reservation.id, state: 'ORDERED' },
      lines: [
        {
          e164: paris!.e164,
          type: 'LOCAL',
          locality: 'Paris',
          state: 'PENDING',
          setupPrice: { amountMinor: 0, currency: 'EUR' },
          monthlyPrice: { amountMinor: 150 },
          inboundAction: { action: 'FORWARD_TO_EXTENSION', extension: { id: ext901 } },
          phoneNumber: null,
        },
      ],
      history: { totalCount: 1, edges: [{ node: { event: null, fromState: null, toState: 'DRAFT', actor: `user-of-${accountId}` } }] },
    });
    // The same key replays the order; the reservation cannot be ordered twice.
    expect((await order(reservation.id, { action: 'FORWARD_TO_EXTENSION', extensionId: ext901 }, { idempotencyKey: 'order-1' })).order.id).toBe(
      created.order.id,
    );
    expect(codes(await order(reservation.id, { action: 'HANG_UP' }))).toEqual(['RESERVATION_NOT_ACTIVE@reservationId']);

    await walk(created.order.id, [E.CHECKOUT_STARTED, E.PAID_IDENTITY_APPROVED]);
    const done = await settled(created.order.id);
    expect(done.state).toBe('COMPLETED');
    expect(done.lines[0]).toMatchObject({
      state: 'ACTIVE',
      phoneNumber: { e164: paris!.e164, state: 'ACTIVE', routing: { action: 'FORWARD_TO_EXTENSION', extension: { id: ext901 } } },
    });
    expect(done.history.edges.map((e: any) => e.node).map((h: any) => `${h.event ?? h.e164}:${h.fromState}->${h.toState}`)).toEqual([
      'null:null->DRAFT',
      'CHECKOUT_STARTED:DRAFT->PENDING_PAYMENT',
      'PAID_IDENTITY_APPROVED:PENDING_PAYMENT->PROVISIONING',
      `${paris!.e164}:PENDING->ACTIVE`,
      'NUMBERS_SETTLED:PROVISIONING->COMPLETED',
    ]);
    // Each step stamped after the one before: the history reads back in the order it was made, whatever the machine's speed.
    const stamps = done.history.edges.map((e: any) => Date.parse(e.node.at));
    stamps.slice(1).forEach((stamp: number, i: number) => expect(stamp).toBeGreaterThan(stamps[i]));
    // Paged two at a time (the cursor carries the step's time, a datetime column): the same steps in the same order.
    const paged: string[] = [];
    for (let after: string | null = null, more = true; more;) {
      const { body } = await stack.request(
        token,
        'query($id: ID!, $after: String) { numberOrder(id: $id) { history(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }',
        { id: created.order.id, after },
      );
      const history: any = body.data.numberOrder.history;
      expect(history.totalCount).toBe(5);
      paged.push(...history.edges.map((e: any) => e.node.id));
      ({ hasNextPage: more, endCursor: after } = history.pageInfo);
    }
    expect(paged).toEqual(done.history.edges.map((e: any) => e.node.id));
    expect((await numberingDb(stack).getRepository(InventoryNumber).findOneByOrFail({ id: paris!.id })).state).toBe(InventoryState.SOLD);
    expect((await numberingDb(stack).getRepository(NumberReservation).findOneByOrFail({ id: reservation.id })).state).toBe('SOLD');
    // The extension's inbound numbers and the account's list show it (telephony resolves the extension).
    const { body } = await stack.request(
      token,
      `{ viewer { account { phoneNumbers(first: 100) { edges { node { e164 routing { extension { number } } } } } numberOrders(first: 10) { totalCount edges { node { id state } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.viewer.account.phoneNumbers.edges.map((e: any) => e.node)).toContainEqual({
      e164: paris!.e164,
      routing: { extension: { number: '901' } },
    });
    expect(body.data.viewer.account.numberOrders.edges).toContainEqual({ node: { id: created.order.id, state: 'COMPLETED' } });
    // Nothing moves a completed order.
    expect(await workflow.apply(created.order.id, E.CANCELLED_BY_CUSTOMER, 'test')).toMatchObject({ ok: false, error: { code: 'ORDER_TRANSITION_FORBIDDEN' } });
  });

  it('goes through PENDING_DOCUMENTS, rejection, resubmission and approval; a number the carrier refuses fails alone', async () => {
    const [lyon] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Lyon' }, 1);
    const failing = await numberingDb(stack)
      .getRepository(InventoryNumber)
      .findOneByOrFail({ countryCode: 'FR', state: InventoryState.AVAILABLE, e164: Like('%99') });
    const reservation = await reserve([lyon!, failing]);
    const created = await order(reservation.id, { action: 'FORWARD_TO_NUMBER', forwardTo: '+33612345678' });
    expect(created.userErrors).toEqual([]);
    const id = created.order.id;
    await walk(id, [E.CHECKOUT_STARTED, E.PAID_IDENTITY_INCOMPLETE]);
    expect((await readOrder(id)).state).toBe('PENDING_DOCUMENTS');
    // Paid: the sweep no longer expires the reservation.
    await workflow.sweep(new Date(Date.now() + 60 * 60_000));
    expect((await readOrder(id)).state).toBe('PENDING_DOCUMENTS');
    await walk(id, [E.IDENTITY_SUBMITTED, E.IDENTITY_REJECTED]);
    expect((await readOrder(id)).state).toBe('ACTION_REQUIRED');
    expect(await workflow.apply(id, E.IDENTITY_APPROVED, 'test')).toMatchObject({ ok: false });
    await walk(id, [E.IDENTITY_RESUBMITTED, E.IDENTITY_APPROVED]);
    const done = await settled(id);
    expect(done.state).toBe('COMPLETED');
    const byE164 = Object.fromEntries(done.lines.map((l: any) => [l.e164, l]));
    expect(byE164[lyon!.e164]).toMatchObject({ state: 'ACTIVE', phoneNumber: { routing: { action: 'FORWARD_TO_NUMBER' } } });
    expect(byE164[failing.e164]).toMatchObject({ state: 'FAILED', failureReason: 'The sandbox carrier refuses numbers ending in 99.', phoneNumber: null });
    expect((await numberingDb(stack).getRepository(InventoryNumber).findOneByOrFail({ id: failing.id })).state).toBe(InventoryState.QUARANTINED);
  });

  it('refuses invalid inbound actions with typed errors and writes nothing', async () => {
    const [n] = await availableNumbers(stack, { countryCode: 'GB', locality: 'London' }, 1);
    const reservation = await reserve([n!]);
    const cases: [Record<string, unknown>, string][] = [
      [{ action: 'FORWARD_TO_EXTENSION' }, 'INVALID_INBOUND_ACTION@inboundAction.extensionId'],
      [{ action: 'EXTENSION_VOICEMAIL', extensionId: ext901, forwardTo: '+33612345678' }, 'INVALID_INBOUND_ACTION@inboundAction.forwardTo'],
      [{ action: 'HANG_UP', extensionId: ext901 }, 'INVALID_INBOUND_ACTION@inboundAction.extensionId'],
      [{ action: 'FORWARD_TO_NUMBER' }, 'INVALID_INBOUND_ACTION@inboundAction.forwardTo'],
      [{ action: 'FORWARD_TO_NUMBER', forwardTo: '0612345678' }, 'INVALID_FORWARD_NUMBER@inboundAction.forwardTo'],
      [{ action: 'FORWARD_TO_NUMBER', forwardTo: '+3361234' }, 'INVALID_FORWARD_NUMBER@inboundAction.forwardTo'],
      [{ action: 'FORWARD_TO_NUMBER', forwardTo: '+33891345678' }, 'FORWARD_NUMBER_SURCHARGED@inboundAction.forwardTo'],
      [{ action: 'FORWARD_TO_NUMBER', forwardTo: '+33812345678' }, 'FORWARD_NUMBER_SURCHARGED@inboundAction.forwardTo'],
      [{ action: 'FORWARD_TO_NUMBER', forwardTo: '+4918012345678' }, 'FORWARD_NUMBER_SURCHARGED@inboundAction.forwardTo'],
    ];
    // Extensions are checked against numbering's copy of telephony's states, in the write.
    const removed = fixtureIds.extension(acme, 1);
    await numberingDb(stack).getRepository(ExtensionStateRow).update({ extensionId: removed }, { state: ExtensionLifeState.REMOVED });
    const other = makeFixture({ extensions: 1, numbers: 0, identities: 0 }, 'Other');
    await stack.seed(other);
    const foreign = fixtureIds.extension(other, 0);
    cases.push(
      [{ action: 'FORWARD_TO_EXTENSION', extensionId: '00000000-0000-4000-8000-000000000000' }, 'EXTENSION_NOT_ROUTABLE@inboundAction.extensionId'],
      [{ action: 'EXTENSION_VOICEMAIL', extensionId: removed }, 'EXTENSION_NOT_ROUTABLE@inboundAction.extensionId'],
      [{ action: 'FORWARD_TO_EXTENSION', extensionId: foreign }, 'EXTENSION_NOT_ROUTABLE@inboundAction.extensionId'],
    );
    for (const [action, expected] of cases) expect([action, codes(await order(reservation.id, action))]).toEqual([action, [expected]]);
    expect(codes(await order(reservation.id, { action: 'VOICEMAIL' }, { identityId: ' ' }))).toEqual(['IDENTITY_REQUIRED@identityId']);
    // Compliance answers for the identity: one that does not exist, and one retired by a newer revision.
    expect(codes(await order(reservation.id, { action: 'VOICEMAIL' }, { identityId: fixtureIds.identity({ key: 'nobody' }, 0) }))).toEqual([
      'IDENTITY_NOT_FOUND@identityId',
    ]);
    const identities = stack.subgraphs.compliance.subgraph.dataSource.getRepository(Identity);
    await identities.update({ id: identityId }, { status: IdentityStatus.SUPERSEDED });
    try {
      expect(codes(await order(reservation.id, { action: 'VOICEMAIL' }))).toEqual(['IDENTITY_NOT_USABLE@identityId']);
    } finally {
      await identities.update({ id: identityId }, { status: IdentityStatus.APPROVED });
    }
    expect(await numberingDb(stack).getRepository(NumberOrder).countBy({ reservationId: reservation.id })).toBe(0);
    expect((await numberingDb(stack).getRepository(NumberReservation).findOneByOrFail({ id: reservation.id })).state).toBe('ACTIVE');
    // Foreign or unknown reservations read the same.
    const intruder = await stack.customerToken(await stack.seed(makeFixture({ extensions: 0, numbers: 0, identities: 0 }, 'Intruder')));
    expect(codes(await mutate(stack, intruder, CREATE_ORDER, { reservationId: reservation.id, inboundAction: { action: 'HANG_UP' }, identityId }))).toEqual([
      'NOT_FOUND@reservationId',
    ]);
  });

  it("refuses an identity that is foreign, unknown, not submitted, or short of the numbers' requirements (compliance decides)", async () => {
    const [hamburg] = await availableNumbers(stack, { countryCode: 'DE', locality: 'Hamburg' }, 1);
    const [marseille] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Marseille' }, 1);
    const german = await reserve([hamburg!]);
    const french = await reserve([marseille!]);
    const other = makeFixture({ extensions: 0, numbers: 0, identities: 1 }, 'Stranger');
    await stack.seed(other);
    const draft = (
      await stack.request(token, `mutation($input: CreateIdentityInput!) { createIdentity(input: $input) { identity { id status } userErrors { code } } }`, {
        input: FRENCH_BUSINESS,
      })
    ).body.data.createIdentity.identity;
    expect(draft.status).toBe('DRAFT');
    const refused = async (reservationId: string, identity: string) => codes(await order(reservationId, { action: 'HANG_UP' }, { identityId: identity }));
    expect(await refused(french.id, fixtureIds.identity(other, 0))).toEqual(['IDENTITY_NOT_FOUND@identityId']);
    expect(await refused(french.id, '00000000-0000-4000-8000-000000000000')).toEqual(['IDENTITY_NOT_FOUND@identityId']);
    expect(await refused(french.id, draft.id)).toEqual(['IDENTITY_NOT_USABLE@identityId']);
    // A search result already shows what a number needs (the field compliance adds to InventoryNumber).
    const { body: found } = await stack.request(
      token,
      `{ availablePhoneNumbers(filter: { countryCode: "DE", locality: "Hamburg" }, first: 1) { edges { node { e164 identityRequirements(kind: BUSINESS) { country { code } numberUse documents { code } } } } } }`,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data.availablePhoneNumbers.edges[0].node.identityRequirements).toMatchObject({ country: { code: 'DE' }, numberUse: 'LOCAL' });
    expect(found.data.availablePhoneNumbers.edges[0].node.identityRequirements.documents.length).toBeGreaterThan(0);
    const unmet = await order(german.id, { action: 'HANG_UP' });
    expect(codes(unmet)).toEqual(['IDENTITY_REQUIREMENTS_UNMET@identityId']);
    expect(unmet.userErrors[0].message).toContain('DE LOCAL');
    expect(
      await numberingDb(stack)
        .getRepository(NumberOrder)
        .countBy({ reservationId: In([german.id, french.id]) }),
    ).toBe(0);
    // Compliance down: SUBGRAPH_UNAVAILABLE naming it, nothing written.
    const url = stack.peerUrls.compliance!;
    stack.peerUrls.compliance = 'http://127.0.0.1:9/graphql';
    try {
      const { body } = await stack.request(token, CREATE_ORDER, { input: { reservationId: french.id, inboundAction: { action: 'HANG_UP' }, identityId } });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
      expect(body.errors![0]!.message).toContain('compliance');
    } finally {
      stack.peerUrls.compliance = url;
    }
    expect(await numberingDb(stack).getRepository(NumberOrder).countBy({ reservationId: french.id })).toBe(0);
    expect(codes(await order(french.id, { action: 'HANG_UP' }))).toEqual([]);
  });

  it('makes one order of a reservation, also when two requests race for it', async () => {
    const [n] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Bordeaux' }, 1);
    const reservation = await reserve([n!]);
    const [one, two] = await Promise.all([order(reservation.id, { action: 'VOICEMAIL' }), order(reservation.id, { action: 'HANG_UP' })]);
    expect([one, two].filter((p) => p.order)).toHaveLength(1);
    expect([one, two].filter((p) => !p.order).map(codes)).toEqual([['RESERVATION_NOT_ACTIVE@reservationId']]);
    expect(await numberingDb(stack).getRepository(NumberOrder).countBy({ reservationId: reservation.id })).toBe(1);
    const made = (one.order ?? two.order)!;
    await mutate(stack, token, CANCEL_ORDER, { id: made.id, expectedVersion: 1 });
  });

  it('cancels an unpaid order (numbers back on sale at once) and expires one whose reservation ran out', async () => {
    const [a, b] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Lille' }, 2);
    const first = (await order((await reserve([a!])).id, { action: 'VOICEMAIL' })).order;
    expect(codes(await mutate(stack, token, CANCEL_ORDER, { id: first.id, expectedVersion: 5 }))).toEqual(['VERSION_CONFLICT@expectedVersion']);
    const cancelled = await mutate(stack, token, CANCEL_ORDER, { id: first.id, expectedVersion: 1 });
    expect(cancelled.order).toMatchObject({ state: 'CANCELLED', version: 2, reservation: { state: 'CANCELLED' }, lines: [{ state: 'CANCELLED' }] });
    expect((await numberingDb(stack).getRepository(InventoryNumber).findOneByOrFail({ id: a!.id })).state).toBe(InventoryState.AVAILABLE);
    expect(codes(await mutate(stack, token, CANCEL_ORDER, { id: first.id, expectedVersion: 2 }))).toEqual(['ORDER_TRANSITION_FORBIDDEN@null']);

    const second = (await order((await reserve([b!])).id, { action: 'HANG_UP' })).order;
    await walk(second.id, [E.CHECKOUT_STARTED]);
    await workflow.sweep(new Date(Date.now() + 16 * 60_000));
    expect(await readOrder(second.id)).toMatchObject({ state: 'CANCELLED', reservation: { state: 'EXPIRED' } });
    expect((await numberingDb(stack).getRepository(InventoryNumber).findOneByOrFail({ id: b!.id })).state).toBe(InventoryState.AVAILABLE);
  });

  it("changes an active number's action with its version, then releases it into quarantine", async () => {
    const number = await numberingDb(stack)
      .getRepository(PhoneNumber)
      .findOneByOrFail({ accountId, e164: Like('+331%') });
    const changed = await mutate(stack, token, ROUTE, {
      id: number.id,
      expectedVersion: 1,
      inboundAction: { action: 'FORWARD_TO_NUMBER', forwardTo: '+447400123456' },
    });
    expect(changed).toMatchObject({
      userErrors: [],
      phoneNumber: { version: 2, routing: { action: 'FORWARD_TO_NUMBER', forwardTo: '+447400123456', extension: null } },
    });
    expect(codes(await mutate(stack, token, ROUTE, { id: number.id, expectedVersion: 1, inboundAction: { action: 'HANG_UP' } }))).toEqual([
      'VERSION_CONFLICT@expectedVersion',
    ]);
    expect(
      codes(
        await mutate(stack, token, ROUTE, { id: number.id, expectedVersion: 2, inboundAction: { action: 'FORWARD_TO_NUMBER', forwardTo: '+33899345678' } }),
      ),
    ).toEqual(['FORWARD_NUMBER_SURCHARGED@inboundAction.forwardTo']);

    expect(
      codes(
        await mutate(stack, token, ROUTE, {
          id: number.id,
          expectedVersion: 2,
          inboundAction: { action: 'FORWARD_TO_EXTENSION', extensionId: fixtureIds.extension(acme, 1) },
        }),
      ),
    ).toEqual(['EXTENSION_NOT_ROUTABLE@inboundAction.extensionId']);

    const released = await mutate(stack, token, RELEASE, { id: number.id, expectedVersion: 2 });
    expect(released.userErrors).toEqual([]);
    const days = (new Date(released.availableAgainAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(await numberingDb(stack).getRepository(PhoneNumber).findOneBy({ id: number.id })).toBeNull();
    const inventory = await numberingDb(stack).getRepository(InventoryNumber).findOneByOrFail({ e164: number.e164 });
    expect(inventory.state).toBe(InventoryState.QUARANTINED);
    expect(codes(await mutate(stack, token, RELEASE, { id: number.id, expectedVersion: 2 }))).toEqual(['NOT_FOUND@id']);
    // Back on sale when the quarantine ends.
    await workflow.sweep(new Date(Date.now() + 31 * 86_400_000));
    expect((await numberingDb(stack).getRepository(InventoryNumber).findOneByOrFail({ e164: number.e164 })).state).toBe(InventoryState.AVAILABLE);
  });

  it('lets staff see every order (staff:read) and nobody else', async () => {
    const { body: customer } = await stack.request(token, '{ numberOrders(first: 5) { totalCount } }');
    expect(customer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { body: staff } = await stack.request(
      await stack.staffToken(),
      `{ numberOrders(first: 100, filter: { accountId: "${accountId}" }) { totalCount edges { node { id state account { id } } } } }`,
    );
    expect(staff.errors).toBeUndefined();
    expect(staff.data.numberOrders.totalCount).toBe(6);
  });
});
