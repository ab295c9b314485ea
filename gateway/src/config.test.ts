import { gatewayConfig } from './config';

const secrets = { JWT_SECRET: 'x'.repeat(32), INTERNAL_JWT_SECRET: 'y'.repeat(32) };

describe('gatewayConfig: the edge settings', () => {
  it('rate-limits in memory by default, in Redis with REDIS_URL, and not at all with 0 points', () => {
    expect(gatewayConfig(secrets).rateLimit).toEqual({ points: 60_000, windowSeconds: 60, redisUrl: undefined, keyPrefix: 'customer-area:rate' });
    expect(gatewayConfig({ ...secrets, REDIS_URL: 'redis://cache:6379', RATE_LIMIT_POINTS: '500' }).rateLimit).toMatchObject({ points: 500, redisUrl: 'redis://cache:6379' });
    expect(gatewayConfig({ ...secrets, RATE_LIMIT_POINTS: '0' }).rateLimit).toBeUndefined();
  });

  it('reads CORS_ORIGINS as a list of exact origins (none by default)', () => {
    expect(gatewayConfig(secrets).corsOrigins).toEqual([]);
    expect(gatewayConfig({ ...secrets, CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' }).corsOrigins).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(() => gatewayConfig({ ...secrets, CORS_ORIGINS: 'https://app.example.com/' })).toThrow(/not an origin/);
    expect(() => gatewayConfig({ ...secrets, CORS_ORIGINS: 'app.example.com' })).toThrow();
  });

  it('has a shutdown grace period and no drain delay by default', () => {
    expect(gatewayConfig(secrets)).toMatchObject({ SHUTDOWN_GRACE_MS: 10_000, SHUTDOWN_DELAY_MS: 0 });
  });
});
