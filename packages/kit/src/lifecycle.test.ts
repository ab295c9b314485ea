import express from 'express';
import { listen } from './http';
import { Lifecycle } from './lifecycle';

describe('Lifecycle', () => {
  it('runs the close hooks newest first, once, and a failing hook does not stop the others', async () => {
    const lifecycle = new Lifecycle();
    const closed: string[] = [];
    lifecycle.onClose('database', () => void closed.push('database'));
    lifecycle.onClose('broker', () => {
      closed.push('broker');
      throw new Error('already gone');
    });
    lifecycle.onClose('relay', async () => void closed.push('relay'));
    await Promise.all([lifecycle.closeResources(), lifecycle.closeResources()]);
    await lifecycle.closeResources();
    expect(closed).toEqual(['relay', 'broker', 'database']);
  });

  it('is not ready while draining or while a check fails', async () => {
    const lifecycle = new Lifecycle();
    let databaseUp = true;
    lifecycle.addReadinessCheck('database', async () => {
      if (!databaseUp) throw new Error('down');
    });
    const app = express();
    app.get('/ready', lifecycle.readyHandler);
    const server = await listen(app, 0);
    const ready = async () => {
      const response = await fetch(`http://127.0.0.1:${server.port}/ready`);
      return [response.status, await response.json()];
    };
    try {
      expect(await ready()).toEqual([200, { status: 'ready' }]);
      databaseUp = false;
      expect(await ready()).toEqual([503, { status: 'unavailable', failing: ['database'] }]);
      databaseUp = true;
      lifecycle.beginDraining();
      expect(await ready()).toEqual([503, { status: 'draining' }]);
    } finally {
      await server.close();
    }
  });
});

describe('listen().close', () => {
  /** A server whose /slow answers only when `release` is called. */
  async function slowServer(shutdownGraceMs: number) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const started = new Promise<void>((resolve) => (arrived = resolve));
    const app = express();
    app.get('/slow', async (_req, res) => {
      arrived();
      await released;
      res.json({ done: true });
    });
    app.get('/streaming', async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first part, ');
      arrived();
      await released;
      res.end('last part');
    });
    app.get('/fast', (_req, res) => {
      res.json({ fast: true });
    });
    const server = await listen(app, 0, '127.0.0.1', { shutdownGraceMs });
    return { server, release, started, url: `http://127.0.0.1:${server.port}` };
  }

  it('stops accepting, answers the request in flight with Connection: close, then resolves', async () => {
    const { server, release, started, url } = await slowServer(30_000);
    // An idle keep-alive connection must not hold the close up.
    expect((await fetch(`${url}/fast`)).status).toBe(200);
    const inFlight = fetch(`${url}/slow`);
    await started;
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await expect(fetch(`${url}/fast`)).rejects.toThrow();
    expect(closed).toBe(false);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ done: true });
    await closing;
    expect(closed).toBe(true);
  });

  it('closes a keep-alive connection whose response was already streaming, once it ends', async () => {
    const { server, release, started, url } = await slowServer(30_000);
    const inFlight = fetch(`${url}/streaming`).then((response) => response.text());
    await started;
    const closing = server.close();
    release();
    expect(await inFlight).toBe('first part, last part');
    await closing; // not after the 65 s keep-alive timeout
  }, 20_000);

  it('cuts what is still running when the grace period is over', async () => {
    const { server, release, started, url } = await slowServer(200);
    const inFlight = fetch(`${url}/slow`).then(
      () => 'answered',
      () => 'cut',
    );
    await started;
    await server.close();
    expect(await inFlight).toBe('cut');
    release();
  });
});
