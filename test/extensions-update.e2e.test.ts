import { fixtureIds } from '../packages/kit/src';
import { codes, CREATE_EXTENSION, extensionRows, mutate, UPDATE_EXTENSION } from './support/extensions';
import { makeFixture, Stack } from './support/stack';

describe('updateExtension through the gateway', () => {
  let stack: Stack;
  const acme = makeFixture({ extensions: 3, numbers: 3, identities: 0 }, 'Acme');
  const globex = makeFixture({ extensions: 1, numbers: 1, identities: 0 }, 'Globex');
  let acmeId: string;
  let globexId: string;
  let token: string;
  const update = (input: Record<string, unknown>, as = token) => mutate(stack, as, UPDATE_EXTENSION, input);
  /** A fresh extension of acme, so tests never depend on each other's changes. */
  const fresh = async (number: string, extra: Record<string, unknown> = {}) =>
    (await mutate(stack, token, CREATE_EXTENSION, { number, displayName: `Ext ${number}`, email: `e${number}@acme.example`, ...extra })).extension;

  beforeAll(async () => {
    stack = await Stack.start();
    acmeId = await stack.seed(acme);
    globexId = await stack.seed(globex);
    token = await stack.customerToken(acmeId);
  });
  afterAll(() => stack?.close());

  it('changes the fields given, normalised, keeps the others, and adds one to the version', async () => {
    const before = await fresh('701', { planId: fixtureIds.plan('PS-FRANCE-MOBILE') });
    const payload = await update({
      id: before.id,
      expectedVersion: 1,
      number: '7010',
      displayName: '  Renamed   User ',
      voicemailEnabled: false,
      outboundCallerIdNumberId: fixtureIds.phoneNumber(acme, 2),
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.extension).toMatchObject({
      id: before.id,
      number: '7010',
      displayName: 'Renamed User',
      email: 'e701@acme.example',
      voicemailEnabled: false,
      plan: { code: 'PS-FRANCE-MOBILE' },
      outboundCallerIdNumber: { id: fixtureIds.phoneNumber(acme, 2) },
      version: 2,
    });
  });

  it('clears optional fields with null; null on a required field keeps it', async () => {
    const before = await fresh('702', { planId: fixtureIds.plan('PS-FRANCE-MOBILE'), outboundCallerIdNumberId: fixtureIds.phoneNumber(acme, 0) });
    const payload = await update({
      id: before.id,
      expectedVersion: 1,
      email: null,
      planId: null,
      outboundCallerIdNumberId: null,
      number: null,
      displayName: null,
    });
    expect(payload.extension).toMatchObject({ number: '702', displayName: 'Ext 702', email: null, plan: null, outboundCallerIdNumber: null, version: 2 });
  });

  it('leaves the version alone when nothing changes', async () => {
    const before = await fresh('703');
    const payload = await update({ id: before.id, expectedVersion: 1, displayName: ' Ext   703 ', email: 'e703@ACME.EXAMPLE' });
    expect(payload).toMatchObject({ extension: { version: 1, displayName: 'Ext 703' }, userErrors: [] });
  });

  it('refuses a stale version (VERSION_CONFLICT) and changes nothing', async () => {
    const created = await fresh('704');
    await update({ id: created.id, expectedVersion: 1, displayName: 'First change' });
    const [before] = (await extensionRows(stack, acmeId)).filter((e) => e.id === created.id);
    const stale = await update({ id: created.id, expectedVersion: 1, displayName: 'Lost update' });
    expect(stale.extension).toBeNull();
    expect(codes(stale)).toEqual(['VERSION_CONFLICT@expectedVersion']);
    expect((await extensionRows(stack, acmeId)).find((e) => e.id === created.id)).toEqual(before);
  });

  it('lets exactly one of two concurrent changes from the same version win', async () => {
    const created = await fresh('705');
    const results = await Promise.all([
      update({ id: created.id, expectedVersion: 1, displayName: 'Writer A' }),
      update({ id: created.id, expectedVersion: 1, displayName: 'Writer B' }),
    ]);
    expect(results.filter((r) => r.extension)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['VERSION_CONFLICT@expectedVersion']);
    const row = (await extensionRows(stack, acmeId)).find((e) => e.id === created.id)!;
    expect(row.version).toBe(2);
    expect(row.displayName).toBe(results.find((r) => r.extension)!.extension.displayName);
  });

  it('applies the creation rules to what changes', async () => {
    const created = await fresh('706');
    const before = (await extensionRows(stack, acmeId)).find((e) => e.id === created.id);
    const payload = await update({
      id: created.id,
      expectedVersion: 1,
      number: '112',
      displayName: '',
      email: 'nope',
      planId: fixtureIds.plan('RD-STANDARD'),
      outboundCallerIdNumberId: fixtureIds.phoneNumber(globex, 0),
    });
    expect(codes(payload).sort()).toEqual([
      'CALLER_ID_NOT_OWNED@outboundCallerIdNumberId',
      'EXTENSION_NUMBER_RESERVED@number',
      'INVALID_DISPLAY_NAME@displayName',
      'INVALID_EMAIL@email',
      'INVALID_PLAN@planId',
    ]);
    expect(codes(await update({ id: created.id, expectedVersion: 1, number: '901' }))).toEqual(['EXTENSION_NUMBER_TAKEN@number']);
    expect((await extensionRows(stack, acmeId)).find((e) => e.id === created.id)).toEqual(before);
  });

  it("answers another customer's extension ids with NOT_FOUND and leaves them unchanged", async () => {
    const before = await extensionRows(stack, acmeId);
    const intruder = await stack.customerToken(globexId);
    for (const index of [0, 1, 2]) {
      const payload = await update({ id: fixtureIds.extension(acme, index), expectedVersion: 1, displayName: 'Hijacked', number: '999' }, intruder);
      expect(payload).toEqual({ extension: null, userErrors: [{ code: 'NOT_FOUND', field: 'id', message: 'No extension with this id.' }] });
    }
    expect(await extensionRows(stack, acmeId)).toEqual(before);
    expect(codes(await update({ id: 'no-such-extension', expectedVersion: 1, displayName: 'Ghost' }))).toEqual(['NOT_FOUND@id']);
  });

  it("lets staff change any account's extension, and records who did", async () => {
    const staff = await stack.staffToken();
    const payload = await update({ id: fixtureIds.extension(globex, 0), expectedVersion: 1, displayName: 'Fixed by support' }, staff);
    expect(payload.extension).toMatchObject({ displayName: 'Fixed by support', version: 2, audit: { createdBy: null, updatedBy: 'staff-1' } });
    const asCustomer = await stack.request(await stack.customerToken(globexId), `query($id: ID!) { extension(id: $id) { displayName audit { updatedBy } } }`, {
      id: fixtureIds.extension(globex, 0),
    });
    expect(asCustomer.body.data.extension).toEqual({ displayName: 'Fixed by support', audit: null });
  });
});
