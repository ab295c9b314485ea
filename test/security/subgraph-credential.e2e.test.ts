import express from 'express';
import { SignJWT } from 'jose';
import { CallerCredentialSigner, callerFor, createSubgraphApp, generateSigningKeyPair, listen, serviceEndpoint, type Subgraph } from '../../packages/kit/src';
import { SUBGRAPHS, type SubgraphName } from '../../subgraphs/registry';
import { ApolloServer } from '@apollo/server';
import { makeFixture, postGraphQL, Stack } from '../support/stack';

/**
 * Nothing reaches a subgraph's resolvers without a caller credential the gateway signed for it (or
 * for a subgraph that may call it), or a peer's service credential for what that peer is allowed.
 * Subgraphs hold public keys only: nothing they hold can make a caller credential.
 */
describe('subgraphs answer the gateway only', () => {
  let stack: Stack;
  let accountId: string;
  const support = callerFor({ subject: 's', role: 'STAFF' });

  beforeAll(async () => {
    stack = await Stack.start();
    accountId = await stack.seed(makeFixture({ extensions: 2, numbers: 2, identities: 1 }));
  });
  afterAll(() => stack?.close());

  const probes = {
    'a root query': '{ __typename }',
    _service: '{ _service { sdl } }',
    _entities: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
  };

  describe.each(SUBGRAPHS.map((s) => s.name))('%s', (name) => {
    const url = () => stack.subgraphs[name].server.url;
    const status = async (token: string, query = '{ __typename }') => (await postGraphQL(url(), { query }, { authorization: `Bearer ${token}` })).status;

    it.each(Object.entries(probes))('refuses %s with no credential (401, before any resolver)', async (_probe, query) => {
      const before = stack.subgraphs[name].subgraph.counter.count;
      const { status, body } = await postGraphQL(url(), { query, variables: { r: [{ __typename: 'Account', id: accountId }] } });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
      expect(stack.subgraphs[name].subgraph.counter.count).toBe(before);
    });

    it("refuses a customer's own bearer token, and a credential whose audience does not name it", async () => {
      expect(await status(await stack.customerToken(accountId))).toBe(401);
      // Addressed to another subgraph only (even one that may forward credentials here: its audience would name this one too).
      const other = SUBGRAPHS.find((s) => s.name !== name)!.name;
      expect(await status(await stack.callerCredentials.sign(support, [other]))).toBe(401);
    });

    it('refuses a staff credential made with anything a subgraph holds: its own service key, or another key', async () => {
      for (const keys of [stack.serviceKeys[name], ...SUBGRAPHS.map((s) => stack.serviceKeys[s.name]), generateSigningKeyPair()]) {
        expect(await status(await new CallerCredentialSigner(keys.privateJwk).sign(support, [name]))).toBe(401);
      }
      // The shared-secret scheme this replaced (HS256) is refused whatever the secret.
      const hs256 = await new SignJWT({ role: 'STAFF', permissions: ['staff:read', 'staff:write'] })
        .setProtectedHeader({ alg: 'HS256', typ: 'caller+jwt' })
        .setSubject('s')
        .setIssuer('customer-area-gateway')
        .setAudience(name)
        .setExpirationTime('1m')
        .sign(new TextEncoder().encode('x'.repeat(40)));
      expect(await status(hs256)).toBe(401);
    });

    it('holds no private key of the gateway, only what verifies', () => {
      const held = JSON.stringify(stack.subgraphs[name].subgraph.credentials);
      expect(held).not.toContain(stack.gatewayKeys.privateJwk.d!);
    });

    it('accepts its own credential', async () => {
      const { status, body } = await stack.requestSubgraph(name, support, '{ _service { sdl } }');
      expect(status).toBe(200);
      expect(body.data._service.sdl).toContain('type');
    });

    it('keeps /health open and silent', async () => {
      const response = await fetch(url().replace('/graphql', '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    });
  });

  it("lets telephony forward the caller's credential to its peers (its audience), and billing to no one", async () => {
    const telephonyCredential = await stack.callerCredentials.sign(support, ['telephony', 'billing', 'numbering']);
    for (const peer of ['billing', 'numbering'] as const) {
      expect(
        (await postGraphQL(stack.subgraphs[peer].server.url, { query: '{ __typename }' }, { authorization: `Bearer ${telephonyCredential}` })).status,
      ).toBe(200);
    }
    const billingCredential = await stack.callerCredentials.sign(support, ['billing']);
    for (const peer of ['telephony', 'numbering', 'compliance'] as const) {
      expect((await postGraphQL(stack.subgraphs[peer].server.url, { query: '{ __typename }' }, { authorization: `Bearer ${billingCredential}` })).status).toBe(
        401,
      );
    }
  });

  describe('service credentials (no caller)', () => {
    const asService = async (from: SubgraphName, to: SubgraphName, query: string) =>
      postGraphQL(stack.subgraphs[to].server.url, { query }, { authorization: `Bearer ${await stack.serviceCredential(from, to)}` });

    it('read only the fields the receiving subgraph lists for that peer', async () => {
      const listed = await asService('telephony', 'billing', '{ plans { id code family __typename } }');
      expect(listed.status).toBe(200);
      expect(listed.body.data.plans.length).toBeGreaterThan(0);
      for (const query of [
        '{ plans { id pricePerUser { amountMinor } } }',
        '{ accounts(first: 5) { totalCount } }',
        '{ viewer { subject } }',
        '{ _service { sdl } }',
      ]) {
        const refused = await asService('telephony', 'billing', query);
        expect(refused.status).toBe(403);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(refused.body.data).toBeUndefined();
      }
      const entities = await asService(
        'telephony',
        'billing',
        `{ _entities(representations: [{ __typename: "Account", id: "${accountId}" }]) { ... on Account { name } } }`,
      );
      expect(entities.status).toBe(403);
    });

    it('never reach a mutation, and are refused from a peer with no entry', async () => {
      const before = await stack.subgraphs.telephony.subgraph.dataSource.query('SELECT COUNT(*) AS n FROM extensions');
      const mutation = await asService(
        'numbering',
        'telephony',
        `mutation { createExtension(input: { accountId: "${accountId}", number: "4711", displayName: "Ghost" }) { userErrors { code } } }`,
      );
      expect(mutation.status).toBe(401);
      expect(await stack.subgraphs.telephony.subgraph.dataSource.query('SELECT COUNT(*) AS n FROM extensions')).toEqual(before);
      // Billing lists read fields for telephony, yet a mutation operation is refused whatever it selects.
      expect((await asService('telephony', 'billing', 'mutation { __typename }')).status).toBe(403);
      expect((await asService('compliance', 'billing', '{ plans { id } }')).status).toBe(401);
      expect((await asService('numbering', 'billing', '{ plans { id } }')).status).toBe(401);
    });

    it('reach an internal endpoint listed for that peer only', async () => {
      const numbering = stack.subgraphs.numbering.subgraph as Subgraph<any>;
      const apollo = new ApolloServer({ schema: numbering.schema });
      await apollo.start();
      const app = createSubgraphApp(numbering, apollo as never);
      const received: string[] = [];
      // /events is numbering's real endpoint (it handles telephony's events); /jobs a stand-in no peer may call.
      for (const path of ['/jobs']) {
        app.post(path, serviceEndpoint(numbering.credentials.service, numbering.definition.serviceAccess ?? {}, path), express.json(), (_req, res) => {
          received.push(`${path} from ${res.locals.service}`);
          res.status(204).end();
        });
      }
      const server = await listen(app, 0);
      const post = async (path: string, from: SubgraphName | null, token?: string) =>
        (
          await fetch(server.url.replace('/graphql', path), {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? (from ? await stack.serviceCredential(from, 'numbering') : '')}` },
            body: '{}',
          })
        ).status;
      try {
        expect(await post('/events', 'telephony')).toBe(400); // past the credential check: `{}` is no event envelope
        expect(await post('/jobs', 'telephony')).toBe(403); // not listed for telephony
        expect(await post('/events', 'numbering')).toBe(401); // no entry for numbering's own key: it is not trusted here
        expect(await post('/events', null, await stack.callerCredentials.sign(support, ['numbering']))).toBe(401); // a caller credential is no service credential
        expect(await post('/events', null, await stack.serviceCredential('telephony', 'billing'))).toBe(401); // addressed to billing
        expect(received).toEqual([]);
      } finally {
        await server.close();
        await apollo.stop();
      }
    });
  });
});
