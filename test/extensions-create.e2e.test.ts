import { fixtureIds } from '../packages/kit/src';
import { AccountDialPlan } from '../subgraphs/telephony/src/dial-plan/dial-plan.entity';
import { codes, CREATE_EXTENSION, extensionRows, mutate } from './support/extensions';
import { makeFixture, Stack } from './support/stack';

describe('createExtension through the gateway', () => {
  let stack: Stack;
  const acme = makeFixture({ extensions: 3, numbers: 4, identities: 0 }, 'Acme');
  const globex = { ...makeFixture({ extensions: 0, numbers: 2, identities: 0 }, 'Globex'), countryCode: 'GB' };
  const empty = makeFixture({ extensions: 0, numbers: 1, identities: 0 }, 'Empty');
  const ids = { acme: '', globex: '', empty: '' };
  const tokens = { acme: '', globex: '', empty: '', staff: '' };
  const create = (token: string, input: Record<string, unknown>) => mutate(stack, token, CREATE_EXTENSION, input);

  beforeAll(async () => {
    stack = await Stack.start();
    ids.acme = await stack.seed(acme);
    ids.globex = await stack.seed(globex);
    ids.empty = await stack.seed(empty);
    tokens.acme = await stack.customerToken(ids.acme);
    tokens.globex = await stack.customerToken(ids.globex);
    tokens.empty = await stack.customerToken(ids.empty);
    tokens.staff = await stack.staffToken();
  });
  afterAll(() => stack?.close());

  it('creates an extension with every field, normalised, at version 1; the audit is for staff only', async () => {
    const payload = await create(tokens.acme, {
      number: '950',
      displayName: '  Zoé   Martin ',
      email: ' Zoe.Martin@ACME.Example ',
      voicemailEnabled: false,
      outboundCallerIdNumberId: fixtureIds.phoneNumber(acme, 0),
      planId: fixtureIds.plan('PS-FRANCE-MOBILE'), // a plan with free seats (the fixture holds 3, no extension on it)
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.extension).toMatchObject({
      number: '950',
      displayName: 'Zoé Martin',
      email: 'Zoe.Martin@acme.example',
      voicemailEnabled: false,
      state: 'ACTIVE',
      version: 1,
      plan: { code: 'PS-FRANCE-MOBILE', family: 'PHONE_SYSTEM' },
      outboundCallerIdNumber: { id: fixtureIds.phoneNumber(acme, 0), e164: expect.stringMatching(/^\+33/) },
      account: { id: ids.acme },
      audit: null,
    });
    const { body } = await stack.request(tokens.staff, 'query($id: ID!) { extension(id: $id) { audit { createdBy updatedBy createdAt } } }', {
      id: payload.extension.id,
    });
    expect(body.data.extension.audit).toMatchObject({ createdBy: `user-of-${ids.acme}`, updatedBy: `user-of-${ids.acme}`, createdAt: expect.any(String) });
  });

  it('reports every broken rule at once, each with its code and field, and writes nothing', async () => {
    const before = await extensionRows(stack, ids.acme);
    const payload = await create(tokens.acme, {
      number: '9a1',
      displayName: 'Line\nbreak',
      email: 'not-an-email',
      outboundCallerIdNumberId: fixtureIds.phoneNumber(globex, 0),
      planId: fixtureIds.plan('PD-STANDARD'),
    });
    expect(payload.extension).toBeNull();
    expect(codes(payload).sort()).toEqual([
      'CALLER_ID_NOT_OWNED@outboundCallerIdNumberId',
      'INVALID_DISPLAY_NAME@displayName',
      'INVALID_EMAIL@email',
      'INVALID_EXTENSION_NUMBER@number',
      'INVALID_PLAN@planId',
    ]);
    expect(await extensionRows(stack, ids.acme)).toEqual(before);
  });

  it.each(['12', '1234567', '9 1', '٩٠١', ''])('refuses the number %p as INVALID_EXTENSION_NUMBER', async (number) => {
    expect(codes(await create(tokens.acme, { number, displayName: 'X' }))).toEqual(['INVALID_EXTENSION_NUMBER@number']);
  });

  it("follows the account's own dial plan when it has one", async () => {
    await stack.subgraphs.telephony.subgraph.dataSource.getRepository(AccountDialPlan).insert({ accountId: ids.empty, minNumberLength: 4, maxNumberLength: 4 });
    const refused = await create(tokens.empty, { number: '960', displayName: 'Three digits' });
    expect(refused.userErrors).toEqual([{ code: 'INVALID_EXTENSION_NUMBER', field: 'number', message: 'An extension number is 4 digits, nothing else.' }]);
    expect((await create(tokens.empty, { number: '9600', displayName: 'Four digits' })).extension.number).toBe('9600');
    await stack.subgraphs.telephony.subgraph.dataSource.getRepository(AccountDialPlan).delete({ accountId: ids.empty });
  });

  it.each([
    ['acme', '112'],
    ['acme', '115'],
    ['acme', '119'],
    ['acme', '116000'],
    ['acme', '116117'],
    ['globex', '999'],
    ['globex', '101'],
    ['globex', '116123'],
  ] as const)("refuses an emergency or service number of the account's country (%s, %s)", async (account, number) => {
    const payload = await create(tokens[account], { number, displayName: 'Reserved' });
    expect(codes(payload)).toEqual(['EXTENSION_NUMBER_RESERVED@number']);
    expect(payload.userErrors[0].message).toContain(account === 'acme' ? 'France' : 'United Kingdom');
  });

  it("accepts another country's short code", async () => {
    expect((await create(tokens.globex, { number: '911', displayName: 'Not reserved in GB' })).userErrors).toEqual([]);
  });

  it('refuses a number the account already has, and allows it in another account', async () => {
    const taken = await create(tokens.acme, { number: '901', displayName: 'Twin' });
    expect(taken.userErrors).toEqual([{ code: 'EXTENSION_NUMBER_TAKEN', field: 'number', message: 'Extension 901 already exists in this account.' }]);
    expect((await create(tokens.globex, { number: '901', displayName: 'Elsewhere' })).extension.number).toBe('901');
  });

  it('ends two concurrent creates of the same number with one extension and one EXTENSION_NUMBER_TAKEN', async () => {
    const results = await Promise.all([
      create(tokens.empty, { number: '901', displayName: 'First' }),
      create(tokens.empty, { number: '901', displayName: 'Second' }),
    ]);
    expect(results.filter((r) => r.extension)).toHaveLength(1);
    expect(results.flatMap(codes)).toEqual(['EXTENSION_NUMBER_TAKEN@number']);
    expect((await extensionRows(stack, ids.empty)).filter((e) => e.number === '901')).toHaveLength(1);
  });

  it("refuses a caller id that is not one of the account's numbers, even for staff", async () => {
    const foreign = await create(tokens.acme, { number: '951', displayName: 'X', outboundCallerIdNumberId: fixtureIds.phoneNumber(globex, 1) });
    const missing = await create(tokens.acme, { number: '951', displayName: 'X', outboundCallerIdNumberId: 'no-such-number' });
    const byStaff = await create(tokens.staff, {
      accountId: ids.acme,
      number: '951',
      displayName: 'X',
      outboundCallerIdNumberId: fixtureIds.phoneNumber(globex, 1),
    });
    for (const payload of [foreign, missing, byStaff]) expect(codes(payload)).toEqual(['CALLER_ID_NOT_OWNED@outboundCallerIdNumberId']);
  });

  it.each([
    ['a predictive-dialer plan', () => fixtureIds.plan('PD-STANDARD')],
    ['an unknown plan', () => 'no-such-plan'],
  ])('refuses %s as INVALID_PLAN', async (_name, planId) => {
    expect(codes(await create(tokens.acme, { number: '952', displayName: 'X', planId: planId() }))).toEqual(['INVALID_PLAN@planId']);
  });

  it.each([' ', 'x'.repeat(81), 'Tab\there', 'Null\u0000byte', 'Evil\u202Eeman'])('refuses the display name %j', async (displayName) => {
    expect(codes(await create(tokens.acme, { number: '953', displayName }))).toEqual(['INVALID_DISPLAY_NAME@displayName']);
  });

  it.each(['a@b', 'x@@example.com', 'Name <a@example.com>', 'a@127.0.0.1', ''])('refuses the email %j', async (email) => {
    expect(codes(await create(tokens.acme, { number: '954', displayName: 'X', email }))).toEqual(['INVALID_EMAIL@email']);
  });

  it('lets staff create in any account, and asks them which one', async () => {
    const created = await create(tokens.staff, { accountId: ids.globex, number: '955', displayName: 'By staff' });
    expect(created.extension).toMatchObject({ account: { id: ids.globex }, audit: { createdBy: 'staff-1' } });
    expect(codes(await create(tokens.staff, { number: '956', displayName: 'Where?' }))).toEqual(['ACCOUNT_REQUIRED@accountId']);
    expect(codes(await create(tokens.staff, { accountId: 'no-such-account', number: '956', displayName: 'Nowhere' }))).toEqual(['NOT_FOUND@accountId']);
  });

  it('gives a customer naming another account NOT_FOUND, and writes nothing there', async () => {
    const before = await extensionRows(stack, ids.acme);
    const payload = await create(tokens.globex, { accountId: ids.acme, number: '957', displayName: 'Intruder' });
    expect(payload).toEqual({ extension: null, userErrors: [{ code: 'NOT_FOUND', field: 'accountId', message: 'No account with this id.' }] });
    expect(await extensionRows(stack, ids.acme)).toEqual(before);
    // Naming its own account is fine.
    expect((await create(tokens.globex, { accountId: ids.globex, number: '957', displayName: 'Own' })).userErrors).toEqual([]);
  });

  it('fails cleanly, without writing, when a peer it must ask is down', async () => {
    const numberingUrl = stack.peerUrls.numbering!;
    stack.peerUrls.numbering = 'http://127.0.0.1:9/graphql'; // nothing listens on the discard port
    try {
      const before = await extensionRows(stack, ids.acme);
      const { body } = await stack.request(tokens.acme, CREATE_EXTENSION, {
        input: { number: '958', displayName: 'Caller id needs numbering', outboundCallerIdNumberId: fixtureIds.phoneNumber(acme, 1) },
      });
      expect(body.data).toBeNull();
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'SUBGRAPH_UNAVAILABLE',
        serviceName: 'telephony',
        peerServiceName: 'numbering',
        requestId: expect.any(String),
      });
      expect(body.errors![0]!.message).toBe('The numbering service is unavailable; nothing was changed. Try again later.');
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|http:\/\/|stack/i);
      expect(await extensionRows(stack, ids.acme)).toEqual(before);
    } finally {
      stack.peerUrls.numbering = numberingUrl;
    }
  });
});
