import autocannon from 'autocannon';
import type { LoadTally } from './measurement';

/**
 * Load on one gateway with autocannon: `connections` keep-alive clients, one request at a time
 * each, for `seconds`. Each response's time goes into `tally` (autocannon's own latency figure).
 */
export function loadGateway(options: { url: string; token: string; body: string; connections: number; seconds: number }, tally: LoadTally): Promise<void> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: options.body,
        connections: options.connections,
        pipelining: 1,
        duration: options.seconds,
      },
      (error, result) => {
        if (error) return reject(error);
        tally.failure(result.errors + result.timeouts);
        tally.elapsed(result.duration);
        resolve();
      },
    );
    instance.on('response', (_client, statusCode: number, _bytes, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) tally.success(responseTime);
      else tally.failure();
    });
  });
}
