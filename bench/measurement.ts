import * as hdr from 'hdr-histogram-js';

/** What the load on one target gives, for a gateway or for the floor, in the same units. */
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
 * Accumulates the load on one target over several slices of time (the benchmark interleaves the
 * targets, so a neighbour's burst on this shared machine hits all of them alike). Latencies go
 * into a histogram built exactly as autocannon builds its own (lib/histUtil.js: 1 ms to 10 s,
 * 5 significant digits), so the floor's percentiles compare with the gateways'.
 */
export class LoadTally {
  private readonly histogram = hdr.build({
    bitBucketSize: 64,
    autoResize: true,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 10_000,
    numberOfSignificantValueDigits: 5,
  });
  private requests = 0;
  private failures = 0;
  private seconds = 0;

  success(latencyMs: number): void {
    this.histogram.recordValue(latencyMs);
    this.requests += 1;
  }

  failure(count = 1): void {
    this.failures += count;
  }

  elapsed(seconds: number): void {
    this.seconds += seconds;
  }

  get completed(): number {
    return this.requests;
  }

  result(): LoadResult {
    const h = this.histogram;
    return {
      requests: this.requests,
      failures: this.failures,
      seconds: this.seconds,
      rps: this.seconds ? this.requests / this.seconds : 0,
      latencyMs: { p50: h.getValueAtPercentile(50), p99: h.getValueAtPercentile(99), mean: h.mean, max: h.maxValue },
    };
  }
}
