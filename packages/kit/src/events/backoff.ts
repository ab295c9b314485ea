export interface BackoffSettings {
  /** Wait before the first retry. */
  baseMs: number;
  /** Longest wait between two attempts. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = { baseMs: 500, maxMs: 60_000 };

/**
 * Exponential backoff with full jitter: a random wait between half and all of base x 2^(attempt-1),
 * capped. The randomness spreads retries of many events (and replicas) over time instead of
 * sending them back at the same instant.
 */
export function backoffMs(attempt: number, { baseMs, maxMs }: BackoffSettings = DEFAULT_BACKOFF, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
