import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../client';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/** Runs a read when the inputs change; `reload` runs it again (after a mutation). */
export function useQuery<T>(load: () => Promise<T>, inputs: unknown[]): Loaded<T> & { reload: () => void } {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => live && setResult({ state: 'ready', data }),
      (error: unknown) => live && setResult({ state: 'error', message: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [...inputs, tick]);
  return { ...result, reload: useCallback(() => setTick((t) => t + 1), []) };
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.errors.map((e) => e.message).join(' ');
  return error instanceof Error ? error.message : String(error);
}
