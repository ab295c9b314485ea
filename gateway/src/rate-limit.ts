import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ErrorCode, log, type Caller } from '../../packages/kit/src';
import type { GatewayContext } from './context';
import { operationCost } from './limits';

export interface RateLimitSettings {
  /** Cost points one caller may spend per window (a request spends its cost, at least 1). */
  points: number;
  windowSeconds: number;
  /** Shared store for several gateway replicas; memory (per process) when absent. */
  redisUrl?: string;
  /** Prefix of the store's keys (several deployments, or test runs, on one Redis). */
  keyPrefix?: string;
}

export interface RateLimiter {
  plugin: ApolloServerPlugin<GatewayContext>;
  /** Closes the Redis connection, if any (a close hook of the gateway's lifecycle). */
  close(): Promise<void>;
}

/** One bucket per caller: a noisy caller empties its own bucket, never another's. */
const callerKey = (caller: Caller) => `${caller.role}:${caller.subject}`;

/** What a request spends: the cost the gateway computed for the cost limit (limits.ts). */
const requestPoints = (context: Parameters<typeof operationCost>[0]) => Math.max(1, operationCost(context));

/**
 * Rate limits per caller, weighted by the query's cost (rate-limiter-flexible, fixed window).
 * Over the limit: `RATE_LIMITED`, HTTP 429 and `Retry-After`, before any subgraph is called.
 * With Redis, replicas share the count; if Redis fails, each replica falls back to counting in
 * memory (the insurance limiter) rather than refusing everyone or letting everyone through.
 */
export function createRateLimiter(settings: RateLimitSettings): RateLimiter {
  const options = { points: settings.points, duration: settings.windowSeconds, keyPrefix: settings.keyPrefix ?? 'rate' };
  let redis: Redis | null = null;
  let limiter: RateLimiterAbstract;
  if (settings.redisUrl) {
    // No offline queue: while Redis is unreachable a call fails at once and the insurance
    // limiter answers, instead of requests waiting for a reconnection.
    // A short disconnect timeout: closing a client that never connected leaves no 2 s timer behind.
    redis = new Redis(settings.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000, disconnectTimeout: 200 });
    redis.on('error', (error) => log({ level: 'warn', msg: 'rate limit store error', error: error.message }));
    limiter = new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  } else {
    limiter = new RateLimiterMemory(options);
  }

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        // After the cost limit (registered before this plugin): a refused request spends nothing.
        async didResolveOperation(context) {
          const caller = context.contextValue.caller;
          if (!caller) return;
          try {
            await limiter.consume(callerKey(caller), requestPoints(context));
          } catch (rejection) {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), settings);
          }
        },
      };
    },
  };
  return {
    plugin,
    close: async () => {
      if (redis) await redis.quit().catch(() => redis?.disconnect());
    },
  };
}

function rateLimited(retryAfterSeconds: number, settings: RateLimitSettings): GraphQLError {
  // Apollo Server reads `http.headers` as a Map; typed loosely because graphql-yoga (a bench
  // dependency) declares the same extension with another shape.
  const extensions: Record<string, unknown> = {
    code: ErrorCode.RATE_LIMITED,
    retryAfterSeconds,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
  };
  return new GraphQLError(
    `Too many requests: this caller spent its ${settings.points} cost points of the last ${settings.windowSeconds} s. Retry in ${retryAfterSeconds} s.`,
    { extensions },
  );
}
