import autocannon from 'autocannon';
import type { LoadResult } from './measurement';

/** Load on one gateway with autocannon: `connections` keep-alive clients, one request at a time each. */
export async function loadGateway(options: { url: string; token: string; body: string; connections: number; seconds: number }): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    body: options.body,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
  });
  const requests = result['2xx'];
  return {
    requests,
    failures: result.non2xx + result.errors + result.timeouts,
    seconds: result.duration,
    rps: requests / result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.mean, max: result.latency.max },
  };
}
