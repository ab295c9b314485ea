import * as hdr from 'hdr-histogram-js';

/** What one load run gives, for a gateway or for the floor, in the same units. */
export interface LoadResult {
  /** Whole-account requests completed with HTTP 2xx. */
  requests: number;
  /** Requests that failed (non-2xx, socket errors, timeouts). */
  failures: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p99: number; mean: number; max: number };
}

/**
 * A latency histogram built exactly as autocannon builds its own (lib/histUtil.js: 1 ms to 10 s,
 * 5 significant digits), so the floor's percentiles compare with the gateways'.
 */
export function latencyHistogram(): hdr.Histogram {
  return hdr.build({ bitBucketSize: 64, autoResize: true, lowestDiscernibleValue: 1, highestTrackableValue: 10_000, numberOfSignificantValueDigits: 5 });
}
