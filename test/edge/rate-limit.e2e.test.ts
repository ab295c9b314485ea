import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway';
import type { RateLimitSettings } from '../../gateway/src/rate-limit';
import { makeFixture, Stack } from '../support/stack';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CHEAP = '{ viewer { account { name } } }';
/** About 30 times the cost of CHEAP: the list's `first` multiplies what each item selects. */
const COSTLY = '{ viewer { account { extensions(first: 30) { edges { node { number displayName } } } } } }';

async function post(gateway: RunningGateway, token: string, query: string) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
}

/** How many requests pass before the first 429 (at most `max`), and that 429. */
async function untilLimited(gateway: RunningGateway, token: string, query: string, max = 200) {
  for (let passed = 0; passed < max; passed++) {
    const result = await post(gateway, token, query);
    if (result.status === 429) return { passed, refusal: result };
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  }
  throw new Error(`no 429 after ${max} requests`);
}

describe('rate limits per caller, weighted by cost', () => {
  let stack: Stack;
  const gateways: RunningGateway[] = [];
  const prefixes: string[] = [];
  let redis: Redis;
  const accounts: string[] = [];
  let n = 0;
  /** A token of a caller no test has used yet. */
  const freshCaller = () => stack.token({ subject: `caller-${(n += 1)}`, role: 'CUSTOMER', accountId: accounts[0]! });

  const gatewayWith = async (rateLimit: Partial<RateLimitSettings>) => {
    const keyPrefix = rateLimit.keyPrefix ?? `test-rate-${randomUUID()}`;
    prefixes.push(keyPrefix);
    const gateway = await startGateway({ ...stack.gatewayOptions, rateLimit: { points: 200, windowSeconds: 60, ...rateLimit, keyPrefix } }, 0);
    gateways.push(gateway);
    return gateway;
  };

  beforeAll(async () => {
    stack = await Stack.start();
    accounts.push(await stack.seed(makeFixture({ extensions: 40, numbers: 1, identities: 0 })));
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    for (const prefix of prefixes) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
    }
    await redis?.quit();
    await stack?.close();
  });

  describe.each([
    ['memory', undefined],
    ['Redis', REDIS_URL],
  ])('%s store', (_store, redisUrl) => {
    let gateway: RunningGateway;
    beforeAll(async () => {
      gateway = await gatewayWith({ redisUrl });
    });

    it('refuses with RATE_LIMITED, HTTP 429 and Retry-After, before any subgraph is called', async () => {
      const token = await freshCaller();
      const { passed } = await untilLimited(gateway, token, CHEAP);
      expect(passed).toBeGreaterThan(10);
      let refusal!: Awaited<ReturnType<typeof post>>;
      const statements = await stack.countStatements(async () => {
        refusal = await post(gateway, token, CHEAP);
      });
      expect(Object.values(statements)).toEqual([0, 0, 0, 0]);
      expect(refusal.status).toBe(429);
      const retryAfter = Number(refusal.retryAfter);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refusal.body.data).toBeUndefined();
      expect(refusal.body.errors).toHaveLength(1);
      expect(refusal.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
      expect(JSON.stringify(refusal.body)).not.toMatch(/http:\/\/|stack|rate-limiter/i);
    });

    it('weighs a request by its cost: costly requests run out far sooner than cheap ones', async () => {
      const cheap = await untilLimited(gateway, await freshCaller(), CHEAP);
      const costly = await untilLimited(gateway, await freshCaller(), COSTLY);
      expect(costly.passed).toBeGreaterThanOrEqual(1);
      expect(costly.passed * 10).toBeLessThan(cheap.passed);
    });

    it('does not slow another caller down', async () => {
      const noisy = await freshCaller();
      await untilLimited(gateway, noisy, COSTLY);
      const quiet = await post(gateway, await freshCaller(), CHEAP);
      expect(quiet.status).toBe(200);
      expect(quiet.body.data.viewer.account.name).toMatch(/^Test Co/);
      expect((await post(gateway, noisy, CHEAP)).status).toBe(429);
    });
  });

  it('Redis: replicas share one count (a caller refused by one is refused by the other)', async () => {
    const keyPrefix = `test-rate-${randomUUID()}`;
    const one = await gatewayWith({ redisUrl: REDIS_URL, keyPrefix });
    const two = await gatewayWith({ redisUrl: REDIS_URL, keyPrefix });
    const token = await freshCaller();
    await untilLimited(one, token, COSTLY);
    expect((await post(two, token, CHEAP)).status).toBe(429);
    expect(await redis.keys(`${keyPrefix}*`)).toHaveLength(1);
  });

  it('memory: each process counts its own callers', async () => {
    const one = await gatewayWith({});
    const two = await gatewayWith({});
    const token = await freshCaller();
    await untilLimited(one, token, COSTLY);
    expect((await post(two, token, CHEAP)).status).toBe(200);
  });

  it('Redis unreachable: the gateway keeps serving and limiting, in memory', async () => {
    const gateway = await gatewayWith({ redisUrl: 'redis://127.0.0.1:1' });
    const { passed } = await untilLimited(gateway, await freshCaller(), COSTLY);
    expect(passed).toBeGreaterThanOrEqual(1);
    expect((await post(gateway, await freshCaller(), CHEAP)).status).toBe(200);
  });
});
