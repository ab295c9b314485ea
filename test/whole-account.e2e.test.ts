import { fixtureIds, WHOLE_ACCOUNT_QUERY } from '../packages/kit/src';
import { makeFixture, Stack } from './support/stack';

describe('a whole account in one request through the gateway', () => {
  let stack: Stack;
  const acme = makeFixture({ extensions: 10, numbers: 20, identities: 2 }, 'Acme');
  const globex = makeFixture({ extensions: 3, numbers: 4, identities: 1 }, 'Globex');
  let acmeId: string;
  let globexId: string;

  beforeAll(async () => {
    stack = await Stack.start();
    acmeId = await stack.seed(acme);
    globexId = await stack.seed(globex);
  });
  afterAll(() => stack?.close());

  it('returns company, subscriptions, extensions, numbers with their route and identity, and identities', async () => {
    const { status, body } = await stack.request(await stack.customerToken(acmeId), WHOLE_ACCOUNT_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const account = body.data.viewer.account;
    expect(body.data.viewer.role).toBe('CUSTOMER');
    expect(account).toMatchObject({ id: acmeId, name: acme.name, countryCode: 'FR', currency: 'EUR' });

    // Subscriptions of all three families, one of them inactive with 0 users.
    const families = new Set(account.subscriptions.map((s: any) => s.plan.family));
    expect(families).toEqual(new Set(['PHONE_SYSTEM', 'PREDICTIVE_DIALER', 'ROBOT_DIALER']));
    const inactive = account.subscriptions.filter((s: any) => !s.active);
    expect(inactive).toHaveLength(1);
    expect(inactive[0].quantity).toBe(0);
    for (const s of account.subscriptions) {
      expect(s.plan.destinationCount).toBe(s.plan.destinations.length);
      expect(s.monthlyAmount.amountMinor).toBe(s.quantity * s.plan.pricePerUser.amountMinor);
    }
    const total = account.subscriptions.reduce((sum: number, s: any) => sum + s.monthlyAmount.amountMinor, 0);
    expect(account.monthlyTotal).toMatchObject({ amountMinor: total, currency: 'EUR' });

    // Extensions sorted by number, each with its phone-system plan resolved by billing.
    expect(account.extensions.totalCount).toBe(10);
    expect(account.extensions.edges.map((e: any) => e.node.number)).toEqual(['901', '902', '903', '904', '905', '906', '907', '908', '909', '910']);
    expect(account.extensions.edges[0].node.plan.name).toBe('Phone System Europe');

    // Numbers ring extensions resolved by telephony, and carry the identity resolved by compliance.
    expect(account.phoneNumbers.totalCount).toBe(20);
    const first = account.phoneNumbers.edges.find((e: any) => e.node.id === fixtureIds.phoneNumber(acme, 0)).node;
    expect(first).toMatchObject({
      e164: `+331${String(acme.numberBlock).padStart(2, '0')}000000`,
      country: { code: 'FR', name: 'France' },
      routing: { action: 'FORWARD_TO_EXTENSION', extension: { id: fixtureIds.extension(acme, 0), number: '901' } },
      identity: { id: fixtureIds.identity(acme, 0), reviewState: 'APPROVED' },
    });

    // One approved business, one pending individual, with their documents.
    expect(account.identities.totalCount).toBe(2);
    const states = account.identities.edges.map((e: any) => e.node.reviewState).sort();
    expect(states).toEqual(['APPROVED', 'PENDING']);
    const business = account.identities.edges.find((e: any) => e.node.kind === 'BUSINESS').node;
    expect(business.documents.map((d: any) => d.kind).sort()).toEqual(['CERTIFICATE_OF_INCORPORATION', 'ID_CARD_BACK', 'ID_CARD_FRONT', 'PROOF_OF_ADDRESS']);
    expect(business.missingDocumentKinds).toEqual([]);
  });

  it('pages through a connection with stable cursors', async () => {
    const token = await stack.customerToken(acmeId);
    const page = `query($after: String) { viewer { account { phoneNumbers(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { e164 } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { body } = await stack.request(token, page, { after });
      const connection: any = body.data.viewer.account.phoneNumbers;
      seen.push(...connection.edges.map((e: any) => e.node.e164));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(20);
    expect(new Set(seen).size).toBe(20);
    expect([...seen].sort()).toEqual(seen);
  });

  it('refuses a page size out of range and a forged cursor with BAD_USER_INPUT', async () => {
    const token = await stack.customerToken(acmeId);
    const tooMany = await stack.request(token, '{ viewer { account { extensions(first: 1000) { totalCount } } } }');
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await stack.request(token, '{ viewer { account { extensions(after: "bm90LWEtY3Vyc29y") { totalCount } } } }');
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("keeps accounts apart: another account's ids read as not found", async () => {
    const token = await stack.customerToken(globexId);
    const { body } = await stack.request(
      token,
      `query($account: ID!, $ext: ID!, $num: ID!, $idn: ID!) {
        account(id: $account) { id name }
        extension(id: $ext) { id number }
        phoneNumber(id: $num) { id e164 }
        identity(id: $idn) { id legalName }
        viewer { account { id extensions { totalCount } phoneNumbers { totalCount } identities { totalCount } } }
      }`,
      { account: acmeId, ext: fixtureIds.extension(acme, 0), num: fixtureIds.phoneNumber(acme, 0), idn: fixtureIds.identity(acme, 0) },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ account: null, extension: null, phoneNumber: null, identity: null });
    expect(body.data.viewer.account).toEqual({ id: globexId, extensions: { totalCount: 3 }, phoneNumbers: { totalCount: 4 }, identities: { totalCount: 1 } });
  });

  it('lets staff read any account by id', async () => {
    const { body } = await stack.request(
      await stack.staffToken(),
      `query($id: ID!) { viewer { role account { id } } account(id: $id) { name extensions { totalCount } phoneNumbers { totalCount } } }`,
      { id: acmeId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.viewer).toEqual({ role: 'STAFF', account: null });
    expect(body.data.account).toEqual({ name: acme.name, extensions: { totalCount: 10 }, phoneNumbers: { totalCount: 20 } });
  });

  it('lets staff list and search accounts, and refuses customers', async () => {
    const staff = await stack.staffToken();
    const all = await stack.request(staff, '{ accounts(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }');
    expect(all.body.data.accounts).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { name: acme.name } }] });
    const next = await stack.request(staff, 'query($after: String) { accounts(first: 1, after: $after) { edges { node { name } } } }', {
      after: all.body.data.accounts.pageInfo.endCursor,
    });
    expect(next.body.data.accounts.edges).toEqual([{ node: { name: globex.name } }]);
    const search = await stack.request(staff, 'query($q: String) { accounts(search: $q) { totalCount edges { node { id } } } }', {
      q: globex.key.toUpperCase().slice(0, 8),
    });
    expect(search.body.data.accounts).toEqual({ totalCount: 1, edges: [{ node: { id: globexId } }] });
    const wildcard = await stack.request(staff, '{ accounts(search: "%") { totalCount } }');
    expect(wildcard.body.data.accounts.totalCount).toBe(0);
    const customer = await stack.request(await stack.customerToken(acmeId), '{ accounts { totalCount } }');
    expect(customer.body.data).toBeNull();
    expect(customer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers unknown ids with null, not an error', async () => {
    const { body } = await stack.request(
      await stack.staffToken(),
      '{ account(id: "nope") { id } extension(id: "nope") { id } phoneNumber(id: "x") { id } identity(id: "y") { id } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ account: null, extension: null, phoneNumber: null, identity: null });
  });
});
