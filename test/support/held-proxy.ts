import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP hop in front of a real service that, while `hold()` is on, keeps each request
 * until `release()`: puts a request "in flight" at a chosen moment, deterministically, with no
 * timing and nothing faked (the service behind answers as always once released).
 */
export class HeldProxy {
  private holding = false;
  private waiting: (() => void)[] = [];
  private arrived: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    /** The proxy's address with the target's path (e.g. http://127.0.0.1:x/graphql). */
    readonly url: string,
  ) {}

  static async start(target: string): Promise<HeldProxy> {
    const targetUrl = new URL(target);
    // `proxy` is made once the server listens; requests (and so the handler) only come after.
    const server = createServer(async (req, res) => {
      const body = await readBody(req);
      if (proxy.holding) {
        for (const notify of proxy.arrived.splice(0)) notify();
        await new Promise<void>((resolve) => proxy.waiting.push(resolve));
      }
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<
        string,
        string
      >;
      const answer = await fetch(new URL(req.url ?? '/', targetUrl.origin), {
        method: req.method,
        headers,
        body: body.length ? new Uint8Array(body) : undefined,
      });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const proxy = new HeldProxy(server, `http://127.0.0.1:${port}${targetUrl.pathname}`);
    return proxy;
  }

  /** Requests from now on wait; the returned promise resolves when the first one arrives. */
  hold(): Promise<void> {
    this.holding = true;
    return new Promise((resolve) => this.arrived.push(resolve));
  }

  /** Lets every held request (and the ones after) through. */
  release(): void {
    this.holding = false;
    for (const go of this.waiting.splice(0)) go();
  }

  close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
