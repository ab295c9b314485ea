import type { JWK } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier, type TokenSettings } from '../gateway/src/auth';
import { startGateway } from '../gateway/src/gateway';

/** A subgraph request exactly as our gateway sent it. */
export interface RecordedRequest {
  subgraph: string;
  /** The JSON body, byte for byte. */
  body: string;
}

/**
 * Records what our gateway sends to the subgraphs for one client request: our gateway runs in
 * this process with its subgraph URLs pointing at small recording proxies that pass each request
 * on to the real subgraph. The floor replays these bodies: the `_entities` representations in
 * them depend on the account, so they are captured per account, once.
 */
export async function captureSubgraphRequests(options: {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  tokenSettings: TokenSettings;
  /** The gateway's private key (JWK), as our gateway is given it. */
  signingKey: JWK;
  /** Client requests (a token and a JSON body each); one recording per request. */
  requests: { token: string; body: string }[];
}): Promise<RecordedRequest[][]> {
  let current: RecordedRequest[] = [];
  const proxies = await Promise.all(Object.entries(options.subgraphUrls).map(([name, target]) => recordingProxy(name, target, (r) => current.push(r))));
  const gateway = await startGateway(
    {
      supergraphSdl: options.supergraphSdl,
      subgraphUrls: Object.fromEntries(proxies.map((p) => [p.name, p.url])),
      verifyToken: createTokenVerifier(options.tokenSettings),
      signingKey: options.signingKey,
      subgraphTimeoutMs: 10_000,
      production: true,
    },
    0,
  );
  try {
    const recordings: RecordedRequest[][] = [];
    for (const request of options.requests) {
      current = [];
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
        body: request.body,
      });
      const result = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || result.errors) throw new Error(`Capture failed: HTTP ${response.status} ${JSON.stringify(result.errors)}`);
      recordings.push(current);
    }
    return recordings;
  } finally {
    await gateway.close();
    for (const proxy of proxies) await new Promise((resolve) => proxy.server.close(resolve));
  }
}

async function recordingProxy(
  name: string,
  target: string,
  record: (request: RecordedRequest) => void,
): Promise<{ name: string; url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    record({ subgraph: name, body });
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([key]) => key === 'content-type' || key === 'authorization' || key.startsWith('x-')) as [string, string][],
    );
    const upstream = await fetch(target, { method: req.method, headers, body });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { name, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}
