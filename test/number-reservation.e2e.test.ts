import { NumberOrderWorkflow } from '../subgraphs/numbering/src/number-order/number-order-workflow';
import { SandboxCarrier } from '../subgraphs/numbering/src/carrier/carrier';
import { InventoryNumber, InventoryState } from '../subgraphs/numbering/src/inventory/inventory-number.entity';
import { NumberReservation, ReservationLine, ReservationState } from '../subgraphs/numbering/src/reservation/reservation.entity';
import { newId } from '../packages/kit/src';
import { codes, mutate } from './support/extensions';
import { availableNumbers, numberingDb, RESERVATION_FIELDS, RESERVE } from './support/numbers';
import { makeFixture, Stack } from './support/stack';

const EXTEND = `mutation Extend($input: ExtendReservationInput!) { extendReservation(input: $input) { reservation { ${RESERVATION_FIELDS} } userErrors { code field message } } }`;
const CANCEL = `mutation Cancel($input: CancelReservationInput!) { cancelReservation(input: $input) { reservation { ${RESERVATION_FIELDS} } userErrors { code field message } } }`;

describe('reserving numbers through the gateway', () => {
  let stack: Stack;
  let token: string;
  let accountId: string;

  beforeAll(async () => {
    stack = await Stack.start();
    accountId = await stack.seed(makeFixture({ extensions: 1, numbers: 1, identities: 0 }));
    token = await stack.customerToken(accountId);
  });
  afterAll(() => stack?.close());

  const inventoryState = async (id: string) => (await numberingDb(stack).getRepository(InventoryNumber).findOneByOrFail({ id })).state;

  it('reserves numbers for 15 minutes, every one or none', async () => {
    const [a, b] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Lyon' }, 2);
    const started = Date.now();
    const payload = await mutate(stack, token, RESERVE, { numberIds: [a!.id, b!.id] });
    expect(payload.userErrors).toEqual([]);
    expect(payload.reservation).toMatchObject({ state: 'ACTIVE', extended: false, version: 1 });
    expect(payload.reservation.numbers.map((n: any) => n.e164)).toEqual([a!.e164, b!.e164].sort());
    const minutes = (new Date(payload.reservation.expiresAt).getTime() - started) / 60_000;
    expect(minutes).toBeGreaterThan(14.5);
    expect(minutes).toBeLessThan(15.5);
    expect(await inventoryState(a!.id)).toBe(InventoryState.RESERVED);

    // One number taken: nothing of this request is written.
    const [c] = await availableNumbers(stack, { countryCode: 'FR', locality: 'Lyon' }, 1);
    const refused = await mutate(stack, token, RESERVE, { numberIds: [c!.id, a!.id] });
    expect(codes(refused)).toEqual(['NUMBER_UNAVAILABLE@numberIds.1']);
    expect(refused.userErrors[0].message).toBe(`${a!.e164} is no longer available; choose another number.`);
    expect(await inventoryState(c!.id)).toBe(InventoryState.AVAILABLE);
  });

  it('refuses empty, oversized, repeated and unknown selections with nothing written', async () => {
    const [a] = await availableNumbers(stack, { countryCode: 'GB' }, 1);
    const before = await numberingDb(stack).getRepository(NumberReservation).count();
    expect(codes(await mutate(stack, token, RESERVE, { numberIds: [] }))).toEqual(['INVALID_NUMBER_SELECTION@numberIds']);
    expect(codes(await mutate(stack, token, RESERVE, { numberIds: [a!.id, a!.id] }))).toEqual(['INVALID_NUMBER_SELECTION@numberIds']);
    expect(codes(await mutate(stack, token, RESERVE, { numberIds: Array.from({ length: 11 }, (_, i) => `id-${i}`) }))).toEqual([
      'INVALID_NUMBER_SELECTION@numberIds',
    ]);
    expect(codes(await mutate(stack, token, RESERVE, { numberIds: [a!.id, '00000000-0000-4000-8000-000000000000'] }))).toEqual(['NOT_FOUND@numberIds.1']);
    expect(await numberingDb(stack).getRepository(NumberReservation).count()).toBe(before);
  });

  it('sells a number once: 50 customers reserving it at the same time get one reservation and 49 NUMBER_UNAVAILABLE', async () => {
    const [wanted] = await availableNumbers(stack, { countryCode: 'US', locality: 'New York' }, 1);
    // Numbering needs no other row of a buyer's account to reserve: 50 customer tokens of 50 accounts.
    const tokens = await Promise.all(Array.from({ length: 50 }, () => stack.customerToken(newId())));
    const payloads = await Promise.all(tokens.map((t) => mutate(stack, t, RESERVE, { numberIds: [wanted!.id] })));
    const won = payloads.filter((p) => p.reservation);
    expect(won).toHaveLength(1);
    const lost = payloads.filter((p) => !p.reservation);
    expect(lost).toHaveLength(49);
    for (const p of lost) expect(codes(p)).toEqual(['NUMBER_UNAVAILABLE@numberIds.0']);
    expect(await numberingDb(stack).getRepository(ReservationLine).countBy({ heldNumberId: wanted!.id })).toBe(1);
    expect(await numberingDb(stack).getRepository(ReservationLine).countBy({ inventoryNumberId: wanted!.id })).toBe(1);
  });

  it('extends once, with the version; a stale version or a second extension is refused', async () => {
    const [n] = await availableNumbers(stack, { countryCode: 'ES', locality: 'Barcelona' }, 1);
    const { reservation } = await mutate(stack, token, RESERVE, { numberIds: [n!.id] });
    expect(codes(await mutate(stack, token, EXTEND, { id: reservation.id, expectedVersion: 7 }))).toEqual(['VERSION_CONFLICT@expectedVersion']);
    const extended = await mutate(stack, token, EXTEND, { id: reservation.id, expectedVersion: 1 });
    expect(extended.reservation).toMatchObject({ extended: true, version: 2 });
    expect(new Date(extended.reservation.expiresAt).getTime()).toBeGreaterThanOrEqual(new Date(reservation.expiresAt).getTime());
    expect(codes(await mutate(stack, token, EXTEND, { id: reservation.id, expectedVersion: 2 }))).toEqual(['RESERVATION_ALREADY_EXTENDED@id']);
    // Another account sees nothing.
    const intruder = await stack.customerToken(await stack.seed(makeFixture({ extensions: 0, numbers: 0, identities: 0 }, 'Intruder')));
    expect(codes(await mutate(stack, intruder, EXTEND, { id: reservation.id, expectedVersion: 2 }))).toEqual(['NOT_FOUND@id']);
    expect(codes(await mutate(stack, intruder, CANCEL, { id: reservation.id }))).toEqual(['NOT_FOUND@id']);
    const { body } = await stack.request(intruder, '{ numberReservation(id: "' + reservation.id + '") { id } }');
    expect(body.data.numberReservation).toBeNull();
    // Cancelling frees the number at once.
    expect((await mutate(stack, token, CANCEL, { id: reservation.id })).reservation.state).toBe('CANCELLED');
    expect(await inventoryState(n!.id)).toBe(InventoryState.AVAILABLE);
    expect(codes(await mutate(stack, token, CANCEL, { id: reservation.id }))).toEqual(['RESERVATION_NOT_ACTIVE@id']);
  });

  it('expires unpaid reservations on its own, once even with two sweepers, and frees the numbers', async () => {
    const [n] = await availableNumbers(stack, { countryCode: 'DE', locality: 'Berlin' }, 1);
    const { reservation } = await mutate(stack, token, RESERVE, { numberIds: [n!.id] });
    const db = numberingDb(stack);
    const replicas = [new NumberOrderWorkflow(db, new SandboxCarrier(1)), new NumberOrderWorkflow(db, new SandboxCarrier(1))];
    expect((await replicas[0]!.sweep(new Date())).expired).toBe(0);
    const later = new Date(Date.now() + 16 * 60_000);
    const [one, two] = await Promise.all(replicas.map((r) => r.sweep(later)));
    expect(one!.expired + two!.expired).toBeGreaterThanOrEqual(1);
    expect((await db.getRepository(NumberReservation).findOneByOrFail({ id: reservation.id })).state).toBe(ReservationState.EXPIRED);
    expect(await inventoryState(n!.id)).toBe(InventoryState.AVAILABLE);
    expect(await db.getRepository(ReservationLine).countBy({ heldNumberId: n!.id })).toBe(0);
    expect(codes(await mutate(stack, token, EXTEND, { id: reservation.id, expectedVersion: 2 }))).toEqual(['RESERVATION_EXPIRED@id']);
    // The number can be reserved again at once.
    expect((await mutate(stack, token, RESERVE, { numberIds: [n!.id] })).userErrors).toEqual([]);
  });
});
