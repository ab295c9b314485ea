/**
 * `npm run build && node dist/bench/rate-limiter.js [redis://127.0.0.1:6379]`: what the gateway's
 * rate limiter adds to one request, alone (the whole-request benchmark cannot separate a few
 * microseconds from its noise): `consume` per call on the memory store and, with a Redis URL, on
 * Redis (one round trip; mostly waiting, not CPU). Keys under a prefix of its own, deleted after.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

async function perCallMicroseconds(limiter: RateLimiterAbstract, calls: number): Promise<number> {
  const start = process.hrtime.bigint();
  // 50 callers, each request spending 500 points (a whole-account read at 20 items per list is about that).
  for (let i = 0; i < calls; i++) await limiter.consume(`CUSTOMER:user-${i % 50}`, 500);
  return Number(process.hrtime.bigint() - start) / 1000 / calls;
}

async function main() {
  const options = { points: Number.MAX_SAFE_INTEGER, duration: 60, keyPrefix: `bench-rate-${process.pid}` };
  console.log(`memory store: ${(await perCallMicroseconds(new RateLimiterMemory(options), 20_000)).toFixed(1)} µs per request`);
  const url = process.argv[2];
  if (!url) return;
  const redis = new Redis(url, { enableOfflineQueue: false });
  await new Promise((resolve) => redis.once('ready', resolve));
  try {
    const micros = await perCallMicroseconds(new RateLimiterRedis({ ...options, storeClient: redis }), 5_000);
    console.log(`Redis store: ${micros.toFixed(1)} µs per request (one round trip to ${new URL(url).host})`);
  } finally {
    const keys = await redis.keys(`${options.keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
