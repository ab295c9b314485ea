import express from 'express';
import { listen, type Listening } from './http';
import { rowLoader } from './loaders';
import { buildWithBudget, requestBudgetMiddleware, requestBudgetOf, type BudgetOptions } from './request-budget';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A real HTTP server whose handler reads through the kit's loader, one key every 20 ms, for as
 * long as it is allowed: what a subgraph resolving a large request does. `reads` counts the
 * fetches that actually ran; `stoppedBy` keeps the error that stopped the handler.
 */
async function serve(budget: BudgetOptions, rowsPerRead = 1, keys = 100) {
  const state = { reads: 0, stoppedBy: null as { message: string; extensions: Record<string, unknown> } | null, finished: Promise.resolve() };
  const app = express();
  app.use(express.json(), requestBudgetMiddleware(budget), (_req, res) => {
    state.finished = (async () => {
      // As a subgraph builds a request's context: its loaders take the request's budget.
      const loader = buildWithBudget(requestBudgetOf(res), () =>
        rowLoader(
          async (ids) => {
            state.reads += 1;
            return ids.flatMap((id) => Array.from({ length: rowsPerRead }, (_, n) => ({ id: n === 0 ? id : `${id}-${n}` })));
          },
          (row) => row.id,
        ),
      );
      try {
        for (let i = 0; i < keys; i += 1) {
          await loader.load(`k${i}`);
          await sleep(20);
        }
        if (!res.headersSent) res.json({ done: true });
      } catch (error) {
        state.stoppedBy = error as typeof state.stoppedBy;
        if (!res.headersSent && !res.destroyed)
          res.json({ errors: [{ message: (error as Error).message, extensions: (error as { extensions: unknown }).extensions }] });
      }
    })();
  });
  const server = await listen(app, 0);
  return { state, server };
}

describe('request budget (row budget, deadline, caller gone)', () => {
  const servers: Listening[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  const post = (url: string, signal?: AbortSignal) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', signal });

  it('refuses reads past the row budget with REQUEST_TOO_LARGE, and reads nothing more', async () => {
    const { state, server } = await serve({ rowBudget: 25, deadlineMs: null }, 10, 10);
    servers.push(server);
    const body = (await (await post(server.url)).json()) as { errors: { message: string; extensions: { code: string } }[] };
    await state.finished;
    expect(body.errors[0]!.extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/more than 25 rows/);
    // Three reads of 10 rows: the third crossed the budget; no fourth started.
    expect(state.reads).toBe(3);
  });

  it('answers a request within its budget', async () => {
    const { state, server } = await serve({ rowBudget: 25, deadlineMs: null }, 1, 5);
    servers.push(server);
    expect(await (await post(server.url)).json()).toEqual({ done: true });
    expect(state.reads).toBe(5);
  });

  it('stops issuing reads once the deadline passed', async () => {
    const { state, server } = await serve({ rowBudget: 1_000, deadlineMs: 150 });
    servers.push(server);
    const body = (await (await post(server.url)).json()) as { errors: { message: string; extensions: { code: string } }[] };
    await state.finished;
    expect(body.errors[0]!.extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/longer than 150 ms/);
    expect(state.reads).toBeGreaterThan(0);
    expect(state.reads).toBeLessThan(100);
  });

  it('refuses every read with a deadline of 0', async () => {
    const { state, server } = await serve({ rowBudget: 1_000, deadlineMs: 0 });
    servers.push(server);
    await post(server.url);
    await state.finished;
    expect(state.reads).toBe(0);
  });

  it('stops issuing reads when the caller closes the connection (a gateway timeout, a client gone)', async () => {
    const { state, server } = await serve({ rowBudget: 1_000, deadlineMs: null });
    servers.push(server);
    await expect(post(server.url, AbortSignal.timeout(150))).rejects.toThrow();
    await state.finished;
    expect(state.stoppedBy?.extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(state.stoppedBy?.message).toMatch(/connection closed/);
    const readsWhenStopped = state.reads;
    expect(readsWhenStopped).toBeLessThan(100);
    await sleep(200);
    expect(state.reads).toBe(readsWhenStopped);
  });
});
