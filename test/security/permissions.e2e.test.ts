import { ROLE_TABLE, type TokenIdentity } from '../../packages/kit/src';
import { makeFixture, Stack } from '../support/stack';

/** The role table, end to end: token claims in, permissions out of every subgraph's credential. */
describe('permissions carried in the credential', () => {
  let stack: Stack;
  let accountId: string;

  beforeAll(async () => {
    stack = await Stack.start();
    accountId = await stack.seed(makeFixture({ extensions: 2, numbers: 2, identities: 1 }));
  });
  afterAll(() => stack?.close());

  const viewer = '{ viewer { subject role permissions account { id extensions(first: 5) { totalCount } } } }';

  it.each([
    ...Object.entries(ROLE_TABLE.customer).map(
      ([accountRole, permissions]) => [`customer ${accountRole}`, { role: 'CUSTOMER', accountRole }, permissions] as const,
    ),
    ...Object.entries(ROLE_TABLE.staff).map(([staffRole, permissions]) => [`staff ${staffRole}`, { role: 'STAFF', staffRole }, permissions] as const),
  ])('%s gets its row of the table', async (_label, claims, permissions) => {
    const identity = { subject: 'someone', accountId, ...claims } as TokenIdentity;
    const { status, body } = await stack.request(await stack.token(identity), viewer);
    expect(status).toBe(200);
    expect(body.data.viewer.permissions).toEqual(permissions);
    // A member reads its account like an owner does (through telephony's credential too).
    if (identity.role === 'CUSTOMER') expect(body.data.viewer.account.extensions.totalCount).toBe(2);
  });

  it('refuses a role the table does not know (401, no data)', async () => {
    for (const identity of [
      { subject: 's', role: 'STAFF', staffRole: 'root' },
      { subject: 'u', role: 'CUSTOMER', accountId, accountRole: 'admin' },
    ] as unknown as TokenIdentity[]) {
      const { status, body } = await stack.request(await stack.token(identity), viewer);
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
    }
  });

  it('never hands one caller the cached credential of another whose subject holds "|"', async () => {
    // Joined with "|", both would be "CUSTOMER|auth0|123|<account>": the same cache entry.
    const first = { subject: 'auth0|123', role: 'CUSTOMER', accountId } as TokenIdentity;
    const second = { subject: 'auth0', role: 'CUSTOMER', accountId: `123|${accountId}` } as TokenIdentity;
    const one = await stack.request(await stack.token(first), viewer);
    expect(one.body.data.viewer).toMatchObject({ subject: 'auth0|123', account: { id: accountId } });
    const two = await stack.request(await stack.token(second), viewer);
    expect(two.body.data.viewer).toMatchObject({ subject: 'auth0', account: null });
  });
});
