import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPeerClient, querySubgraph } from './peers';

/** The caller credential this subgraph received from the gateway (opaque here: forwarded as it is). */
const credential = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ1c2VyLTEifQ.c2lnbmF0dXJl';

/** A local GraphQL peer whose behaviour each test sets. */
function peer(handle: (body: any, headers: IncomingHttpHeaders) => unknown | 'hang') {
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const answer = handle(JSON.parse(raw), req.headers);
      if (answer === 'hang') return;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return new Promise<{ url: string; close(): Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      }),
    ),
  );
}

describe('querySubgraph', () => {
  it('forwards the caller credential it received, unchanged, and the request id', async () => {
    let seen: IncomingHttpHeaders = {};
    const server = await peer((_body, headers) => ((seen = headers), { data: { ok: true } }));
    try {
      await expect(querySubgraph({ service: 'billing', url: server.url, credential, requestId: 'req-1', query: '{ ok }', timeoutMs: 1000 })).resolves.toEqual({
        ok: true,
      });
      expect(seen['x-request-id']).toBe('req-1');
      expect(seen.authorization).toBe(`Bearer ${credential}`);
    } finally {
      await server.close();
    }
  });

  it('gives SUBGRAPH_UNAVAILABLE, naming the peer only, when it is down or too slow', async () => {
    const slow = await peer(() => 'hang');
    try {
      for (const url of ['http://127.0.0.1:9/graphql', slow.url]) {
        const failure = querySubgraph({ service: 'numbering', url, credential, requestId: 'r', query: '{ x }', timeoutMs: 150 });
        await expect(failure).rejects.toMatchObject({
          message: expect.stringContaining('numbering service is unavailable'),
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', peerServiceName: 'numbering' },
        });
      }
    } finally {
      await slow.close();
    }
  });

  it('throws a plain (masked) error when the peer answers with errors', async () => {
    const server = await peer(() => ({ data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    try {
      const failure = querySubgraph({ service: 'billing', url: server.url, credential, requestId: 'r', query: '{ x }', timeoutMs: 1000 });
      await expect(failure).rejects.toThrow('The billing subgraph answered with errors.');
      await expect(failure).rejects.not.toHaveProperty('extensions.code');
    } finally {
      await server.close();
    }
  });
});

describe('createPeerClient', () => {
  it('asks _entities with the representations given, and reads the URL at call time', async () => {
    let body: any;
    const server = await peer((b) => ((body = b), { data: { _entities: [{ countryCode: 'FR' }, null] } }));
    const urls: Record<string, string> = {};
    const client = createPeerClient({ urls, timeoutMs: 1000 }, { credential, requestId: 'r' });
    try {
      urls.billing = server.url; // filled in after the client was made, as the test stack does
      const result = await client.entities(
        'billing',
        [
          { __typename: 'Account', id: 'a' },
          { __typename: 'Plan', id: 'p' },
        ],
        '... on Account { countryCode }',
      );
      expect(result).toEqual([{ countryCode: 'FR' }, null]);
      expect(body.variables.representations).toEqual([
        { __typename: 'Account', id: 'a' },
        { __typename: 'Plan', id: 'p' },
      ]);
      expect(body.query).toContain('_entities(representations: $representations) { ... on Account { countryCode } }');
      await expect(client.query('nowhere', '{ x }')).rejects.toThrow('No URL configured for peer subgraph nowhere.');
      // A request without a caller credential (a service credential's) has nothing to forward.
      await expect(createPeerClient({ urls, timeoutMs: 1000 }, { credential: null, requestId: 'r' }).query('billing', '{ x }')).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    } finally {
      await server.close();
    }
  });
});
