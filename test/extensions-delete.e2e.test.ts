import { fixtureIds } from '../packages/kit/src';
import { PhoneNumber, RouteAction } from '../subgraphs/numbering/src/phone-number/phone-number.entity';
import { codes, CREATE_EXTENSION, DELETE_EXTENSION, extensionRows, mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';

describe('deleteExtension through the gateway', () => {
  let stack: Stack;
  // Numbers j ring extension j % 3: extension 0 gets numbers 0 and 3, extension 1 number 1, extension 2 number 2.
  const acme = makeFixture({ extensions: 3, numbers: 4, identities: 0 }, 'Acme');
  const globex = makeFixture({ extensions: 1, numbers: 1, identities: 0 }, 'Globex');
  let acmeId: string;
  let globexId: string;
  let token: string;
  const remove = (input: Record<string, unknown>, as = token) => mutate(stack, as, DELETE_EXTENSION, input);
  const create = async (number: string) => (await mutate(stack, token, CREATE_EXTENSION, { number, displayName: `Ext ${number}` })).extension;
  const e164Of = async (index: number) =>
    (await stack.subgraphs.numbering.subgraph.dataSource.getRepository(PhoneNumber).findOneByOrFail({ id: fixtureIds.phoneNumber(acme, index) })).e164;

  beforeAll(async () => {
    stack = await Stack.start();
    acmeId = await stack.seed(acme);
    globexId = await stack.seed(globex);
    token = await stack.customerToken(acmeId);
  });
  afterAll(() => stack?.close());

  it('shows clients which numbers ring an extension', async () => {
    const { body } = await stack.request(token, `query($id: ID!) { extension(id: $id) { number inboundNumbers { totalCount edges { node { id e164 } } } } }`, {
      id: fixtureIds.extension(acme, 0),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.extension.inboundNumbers.totalCount).toBe(2);
    expect(body.data.extension.inboundNumbers.edges.map((edge: { node: unknown }) => edge.node)).toEqual(
      [
        { id: fixtureIds.phoneNumber(acme, 0), e164: await e164Of(0) },
        { id: fixtureIds.phoneNumber(acme, 3), e164: await e164Of(3) },
      ].sort((a, b) => a.e164.localeCompare(b.e164)),
    );
  });

  it('refuses to remove an extension that numbers still ring, and names them', async () => {
    const before = await extensionRows(stack, acmeId);
    const payload = await remove({ id: fixtureIds.extension(acme, 0) });
    const ringing = [await e164Of(0), await e164Of(3)].sort();
    expect(payload).toMatchObject({ deletedExtensionId: null, blockingNumbers: ringing, blockingNumberCount: 2 });
    expect(codes(payload)).toEqual(['EXTENSION_IN_USE@id']);
    expect(payload.userErrors[0].message).toBe(`Extension 901 still receives the calls of ${ringing.join(', ')}; route those numbers elsewhere first.`);
    expect(await extensionRows(stack, acmeId)).toEqual(before);
  });

  it('names the first 20 of many blocking numbers and counts them all', async () => {
    const callCentre = makeFixture({ extensions: 1, numbers: 25, identities: 0 }, 'Call Centre');
    const owner = await stack.customerToken(await stack.seed(callCentre));
    const payload = await remove({ id: fixtureIds.extension(callCentre, 0) }, owner);
    expect(payload.blockingNumberCount).toBe(25);
    expect(payload.blockingNumbers).toHaveLength(20);
    expect([...payload.blockingNumbers].sort()).toEqual(payload.blockingNumbers);
    expect(codes(payload)).toEqual(['EXTENSION_IN_USE@id']);
    expect(payload.userErrors[0].message).toMatch(/ and 5 more; route those numbers elsewhere first\.$/);
  });

  it('removes it once no number rings it any more', async () => {
    const numbers = stack.subgraphs.numbering.subgraph.dataSource.getRepository(PhoneNumber);
    await numbers.update({ id: fixtureIds.phoneNumber(acme, 1) }, { routeAction: RouteAction.VOICEMAIL, routeExtensionId: null });
    const payload = await remove({ id: fixtureIds.extension(acme, 1), expectedVersion: 1 });
    expect(payload).toEqual({ deletedExtensionId: fixtureIds.extension(acme, 1), blockingNumbers: [], blockingNumberCount: 0, userErrors: [] });
    const { body } = await stack.request(token, `query($id: ID!) { extension(id: $id) { id } }`, { id: fixtureIds.extension(acme, 1) });
    expect(body.data.extension).toBeNull();
  });

  it('frees the number for a new extension at once', async () => {
    const first = await create('811');
    expect((await remove({ id: first.id })).deletedExtensionId).toBe(first.id);
    const second = await create('811');
    expect(second).toMatchObject({ number: '811', version: 1 });
    expect(second.id).not.toBe(first.id);
  });

  it('refuses a stale expectedVersion (VERSION_CONFLICT) and keeps the extension', async () => {
    const created = await create('812');
    expect(codes(await remove({ id: created.id, expectedVersion: 7 }))).toEqual(['VERSION_CONFLICT@expectedVersion']);
    expect((await extensionRows(stack, acmeId)).some((e) => e.id === created.id)).toBe(true);
  });

  it("answers another customer's extension ids with NOT_FOUND and removes nothing", async () => {
    const spare = await create('813');
    const before = await extensionRows(stack, acmeId);
    const intruder = await stack.customerToken(globexId);
    for (const id of [spare.id, fixtureIds.extension(acme, 2), 'no-such-extension']) {
      expect(await remove({ id }, intruder)).toEqual({
        deletedExtensionId: null,
        blockingNumbers: [],
        blockingNumberCount: 0,
        userErrors: [{ code: 'NOT_FOUND', field: 'id', message: 'No extension with this id.' }],
      });
    }
    expect(await extensionRows(stack, acmeId)).toEqual(before);
  });

  it("lets staff remove any account's extension", async () => {
    const spare = await create('814');
    expect((await remove({ id: spare.id }, await stack.staffToken())).deletedExtensionId).toBe(spare.id);
    expect(codes(await remove({ id: spare.id }))).toEqual(['NOT_FOUND@id']);
  });

  it('removes nothing while numbering, which knows the routes, is down', async () => {
    const spare = await create('815');
    const numberingUrl = stack.peerUrls.numbering!;
    stack.peerUrls.numbering = 'http://127.0.0.1:9/graphql'; // nothing listens on the discard port
    try {
      const { body } = await stack.request(token, DELETE_EXTENSION, { input: { id: spare.id } });
      expect(body.data).toBeNull();
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', peerServiceName: 'numbering' });
    } finally {
      stack.peerUrls.numbering = numberingUrl;
    }
    expect((await extensionRows(stack, acmeId)).some((e) => e.id === spare.id)).toBe(true);
  });
});
