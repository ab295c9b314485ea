import { SignJWT } from 'jose';
import { makeFixture, Stack } from './support/stack';

/** Every way a token can be wrong ends in 401 UNAUTHENTICATED with no data. */
describe('bearer token verification at the gateway', () => {
  let stack: Stack;
  let accountId: string;
  const query = '{ viewer { role account { name } } }';

  beforeAll(async () => {
    stack = await Stack.start();
    accountId = await stack.seed(makeFixture({ extensions: 1, numbers: 1, identities: 1 }));
  });
  afterAll(() => stack?.close());

  const sign = (
    claims: Record<string, unknown>,
    options: { secret?: string; issuer?: string; audience?: string; expires?: string | number; alg?: string } = {},
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: options.alg ?? 'HS256' })
      .setSubject('user-1')
      .setIssuer(options.issuer ?? stack.tokenSettings.issuer)
      .setAudience(options.audience ?? stack.tokenSettings.audience)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '5m')
      .sign(new TextEncoder().encode(options.secret ?? stack.tokenSettings.secret));

  const cases: [string, () => Promise<string | null>][] = [
    ['no token', async () => null],
    ['a malformed token', async () => 'not.a.jwt'],
    ['an expired token', () => sign({ role: 'customer', account_id: accountId }, { expires: Math.floor(Date.now() / 1000) - 60 })],
    ['a token signed with another secret', () => sign({ role: 'customer', account_id: accountId }, { secret: 'another-secret-of-enough-length-123456' })],
    ['a token from another issuer', () => sign({ role: 'customer', account_id: accountId }, { issuer: 'evil' })],
    ['a token for another audience', () => sign({ role: 'customer', account_id: accountId }, { audience: 'other-api' })],
    ['a customer token without an account', () => sign({ role: 'customer' })],
    ['a token with an unknown role', () => sign({ role: 'admin', account_id: accountId })],
    [
      'an unsigned token (alg none)',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', role: 'staff', iss: stack.tokenSettings.issuer, aud: stack.tokenSettings.audience })).toString('base64url')}.`,
    ],
  ];

  it.each(cases)('refuses %s', async (_name, token) => {
    const { status, body } = await stack.request(await token(), query);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts a valid token and reads its account', async () => {
    const { status, body } = await stack.request(await stack.customerToken(accountId), query);
    expect(status).toBe(200);
    expect(body.data.viewer).toMatchObject({ role: 'CUSTOMER', account: { name: expect.any(String) } });
  });

  it('ignores caller headers a client sends itself', async () => {
    const other = await stack.seed(makeFixture({ extensions: 1, numbers: 1, identities: 0 }));
    const { body } = await stack.request(
      await stack.customerToken(accountId),
      `query($id: ID!) { account(id: $id) { id } viewer { role } }`,
      { id: other },
      {
        'x-caller-role': 'STAFF',
        'x-caller-account-id': other,
      },
    );
    expect(body.data).toEqual({ account: null, viewer: { role: 'CUSTOMER' } });
  });
});
