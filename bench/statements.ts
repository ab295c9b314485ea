import type { SubgraphName } from '../subgraphs/registry';
import type { Service } from './services';

export type StatementCounts = Record<SubgraphName, number>;

/** SQL statements each subgraph has run since it started (GET /stats, served with BENCH_STATS=1). */
export async function statementCounts(subgraphs: Record<SubgraphName, Service>): Promise<StatementCounts> {
  const entries = await Promise.all(
    Object.entries(subgraphs).map(async ([name, service]) => {
      const response = await fetch(service.url.replace(/\/graphql$/, '/stats'));
      const { statements } = (await response.json()) as { statements: number };
      return [name, statements] as const;
    }),
  );
  return Object.fromEntries(entries) as StatementCounts;
}

export const addCounts = (a: StatementCounts, b: StatementCounts): StatementCounts =>
  Object.fromEntries(Object.keys(a).map((name) => [name, a[name as SubgraphName] + b[name as SubgraphName]])) as StatementCounts;

export const zeroCounts = (like: StatementCounts): StatementCounts => Object.fromEntries(Object.keys(like).map((name) => [name, 0])) as StatementCounts;

/** Statements per request between two readings. */
export function perRequest(before: StatementCounts, after: StatementCounts, requests: number): StatementCounts {
  return Object.fromEntries(
    Object.keys(after).map((name) => [name, (after[name as SubgraphName] - before[name as SubgraphName]) / Math.max(requests, 1)]),
  ) as StatementCounts;
}

/**
 * Waits until no subgraph runs statements any more: a load run stops with requests still in
 * flight inside the gateway, whose statements must not be counted for what runs next.
 */
export async function settledStatementCounts(subgraphs: Record<SubgraphName, Service>): Promise<StatementCounts> {
  let previous = await statementCounts(subgraphs);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const current = await statementCounts(subgraphs);
    if (JSON.stringify(current) === JSON.stringify(previous)) return current;
    previous = current;
  }
}

/** Statements that exactly one request costs, each subgraph apart (nothing else runs meanwhile). */
export async function statementsOfOneRequest(subgraphs: Record<SubgraphName, Service>, send: () => Promise<unknown>): Promise<StatementCounts> {
  const before = await settledStatementCounts(subgraphs);
  await send();
  return perRequest(before, await statementCounts(subgraphs), 1);
}
