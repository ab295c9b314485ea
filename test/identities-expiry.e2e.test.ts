import { fixtureIds } from '../packages/kit/src';
import { expireIdentities } from '../subgraphs/compliance/src/identity/identity-expiry';
import { IdentityDocument } from '../subgraphs/compliance/src/identity/identity-document.entity';
import { Identity } from '../subgraphs/compliance/src/identity/identity.entity';
import { testCompliance } from './support/identities';
import { makeFixture, Stack } from './support/stack';

/** Reuse and expiry: an approved identity backs numbers until a document's validity ends. */
describe('identity expiry', () => {
  const compliance = testCompliance();
  let stack: Stack;
  const acme = makeFixture({ extensions: 0, numbers: 4, identities: 2 }, 'Expiring');
  let token = '';

  beforeAll(async () => {
    stack = await Stack.start({ definitions: { compliance: compliance.definition } });
    token = await stack.customerToken(await stack.seed(acme));
  });
  afterAll(async () => {
    await stack?.close();
    compliance.remove();
  });

  const query = `query($id: ID!) { identity(id: $id) { status canBack(countryCode: "FR", numberUse: LOCAL) documents { state } phoneNumbers(first: 10) { totalCount edges { node { id e164 } } } } }`;

  it('backs numbers while valid, then expires and shows the account which numbers are affected', async () => {
    const id = fixtureIds.identity(acme, 0);
    const approved = (await stack.request(token, query, { id })).body.data.identity;
    expect(approved).toMatchObject({ status: 'APPROVED', canBack: true });
    const linked = [0, 2].map((j) => fixtureIds.phoneNumber(acme, j));
    expect(approved.phoneNumbers.edges.map((e: any) => e.node.id)).toEqual([...linked].sort());

    const db = stack.subgraphs.compliance.subgraph.dataSource;
    expect(await expireIdentities(db)).toEqual([]);
    await db.getRepository(Identity).update({ id }, { validUntil: new Date(Date.now() - 1000) });
    // Documents' own validity: the earliest one ended.
    await db.getRepository(IdentityDocument).update({ identityId: id }, { validUntil: new Date(Date.now() - 1000) });
    expect(await expireIdentities(db)).toEqual([id]);
    expect(await expireIdentities(db)).toEqual([]);

    const expired = (await stack.request(token, query, { id })).body.data.identity;
    expect(expired.status).toBe('EXPIRED');
    expect(expired.canBack).toBe(false);
    expect(expired.documents.map((d: any) => d.state)).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED', 'EXPIRED']);
    // The numbers' E.164 come from numbering: the account sees exactly which numbers need a new identity.
    expect(expired.phoneNumbers.edges.map((e: any) => e.node.e164)).toEqual(expect.arrayContaining([expect.stringMatching(/^\+33/)]));
    expect(expired.phoneNumbers.totalCount).toBe(2);
  });
});
