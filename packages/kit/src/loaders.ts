import DataLoader from 'dataloader';
import { budgetInScope, buildWithBudget, readRows } from './request-budget';
import { recordBatch } from './metrics';
import { withSpan } from './tracing';

/** Each batch is one span (a resolver batch in the trace) and one sample of the batch-size metric. */
function observed<K, R>(loader: string, batch: (keys: readonly K[]) => Promise<R>): (keys: readonly K[]) => Promise<R> {
  return (keys) => {
    recordBatch(loader, keys.length);
    return withSpan(`dataloader.batch ${loader}`, { 'dataloader.kind': loader, 'dataloader.batch_size': keys.length }, () => batch(keys));
  };
}

/**
 * A per-request loader of rows by key: one batched fetch per tick, results in key order,
 * `null` where nothing matched (a missing row and a row the caller may not see look the same).
 * Every loader's fetch counts against the request's row budget (`request-budget.ts`) and is
 * refused once the request was stopped.
 */
export function rowLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T | null> {
  const budget = budgetInScope();
  return new DataLoader(
    observed('row', async (keys: readonly string[]) => {
      const rows = await readRows(budget, () => fetch(keys));
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
  );
}

/** A per-request loader of the rows that belong to each key (one-to-many), in fetch order. */
export function groupLoader<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  const budget = budgetInScope();
  return new DataLoader(
    observed('group', async (keys: readonly string[]) => {
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of await readRows(budget, () => fetch(keys))) groups.get(keyOf(row))?.push(row);
      return keys.map((key) => groups.get(key)!);
    }),
  );
}

/**
 * A per-request loader whose key carries arguments (a page request, a filter). Keys with the
 * same arguments are fetched together; `argsOf` must give equal strings for equal arguments.
 */
export function argsLoader<K, V>(argsOf: (key: K) => string, fetch: (keys: K[]) => Promise<Map<K, V>>): DataLoader<K, V> {
  const budget = budgetInScope();
  return new DataLoader<K, V, string>(
    observed('args', async (keys: readonly K[]) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) groups.set(argsOf(key), [...(groups.get(argsOf(key)) ?? []), key]);
      const results = new Map<K, V>();
      for (const group of groups.values()) {
        // A stopped request starts no more; the fetch counts its own rows (loadPages, started in
        // it synchronously, finds the budget in scope).
        budget?.beforeQuery();
        for (const [key, value] of await buildWithBudget(budget, () => fetch(group))) results.set(key, value);
      }
      return keys.map((key) => results.get(key)!);
    }),
    { cacheKeyFn: (key) => `${argsOf(key)}:${JSON.stringify(key)}` },
  );
}
