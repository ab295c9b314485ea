import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import type { SizeName } from './account-sizes';
import type { LoadResult } from './measurement';
import type { BenchOptions } from './options';
import type { StatementCounts } from './statements';

export type TargetName = 'ours' | 'peer' | 'floor';

export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'ours (Apollo gateway)',
  peer: 'peer (Hive gateway)',
  floor: 'floor (subgraphs direct)',
};

export interface TargetRun {
  target: TargetName;
  load: LoadResult;
  /** Peak RSS of the gateway process during warm-up and run; none for the floor (no process). */
  peakRssBytes: number | null;
  /** CPU time (user + system) of the gateway process per request, over the measured load. */
  cpuMsPerRequest: number | null;
  /** CPU time of the four subgraph processes together per request, over the measured load. */
  subgraphsCpuMsPerRequest: number | null;
  /** Exactly one request, alone. */
  statements: StatementCounts;
  /** Averaged over the measured load (in-flight requests at the cuts make it approximate): should match `statements`. */
  statementsUnderLoad: StatementCounts;
}

export interface SizeResult {
  size: SizeName;
  account: { extensions: number; numbers: number; identities: number };
  /** Ours and the peer returned the same JSON for the request. */
  sameResponse: boolean;
  runs: TargetRun[];
}

export interface TargetCheck {
  target: string;
  met: boolean | null;
  detail: string;
}

export interface BenchReport {
  startedAt: string;
  machine: { nproc: number; cpu: string; memoryGiB: number; node: string; kernel: string; loadAverageAtStart: number[]; database: string };
  options: BenchOptions;
  queryPlan: string;
  subgraphRequestsPerRequest: number;
  sizes: SizeResult[];
  targets: TargetCheck[];
}

export function machineInfo(database: string): BenchReport['machine'] {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kernel: release(),
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
    database,
  };
}

const run = (size: SizeResult, target: TargetName) => size.runs.find((r) => r.target === target);
const fixed = (n: number, digits = 0) => n.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : undefined);
const showRatio = (r: number | undefined) => (r === undefined ? '–' : r.toFixed(2));
const sameCounts = (a: StatementCounts, b: StatementCounts) => JSON.stringify(a) === JSON.stringify(b);

/** The four targets of issue 5, judged on this run. */
export function checkTargets(sizes: SizeResult[]): TargetCheck[] {
  const bySize = (name: SizeName) => sizes.find((s) => s.size === name);
  const ours = sizes.map((s) => ({ size: s.size, run: run(s, 'ours')! }));
  const checks: TargetCheck[] = [];

  const counts = ours.map((o) => o.run.statements);
  checks.push({
    target: 'SQL statements per request the same at every size',
    met: counts.length > 1 ? counts.every((c) => sameCounts(c, counts[0]!)) : null,
    detail: ours.map((o) => `${o.size} ${Object.values(o.run.statements).join('/')}`).join(', '),
  });

  const s = bySize('S') && run(bySize('S')!, 'ours');
  const l = bySize('L') && run(bySize('L')!, 'ours');
  checks.push({
    target: 'p99 at L <= 2 x p99 at S (ours)',
    met: s && l ? l.load.latencyMs.p99 <= 2 * s.load.latencyMs.p99 : null,
    detail:
      s && l
        ? `S ${s.load.latencyMs.p99} ms, L ${l.load.latencyMs.p99} ms (x${showRatio(ratio(l.load.latencyMs.p99, s.load.latencyMs.p99))})`
        : 'needs sizes S and L',
  });

  const rps = sizes.map((size) => ({ size: size.size, r: ratio(run(size, 'ours')?.load.rps, run(size, 'peer')?.load.rps) }));
  checks.push({
    target: 'our rps >= peer rps',
    met: rps.every((x) => x.r !== undefined && x.r >= 1),
    detail: rps.map((x) => `${x.size} x${showRatio(x.r)}`).join(', '),
  });

  const lat = sizes.map((size) => ({ size: size.size, r: ratio(run(size, 'ours')?.load.latencyMs.p50, run(size, 'floor')?.load.latencyMs.p50) }));
  checks.push({
    target: 'our latency <= 1.5 x floor (p50)',
    met: lat.every((x) => x.r !== undefined && x.r <= 1.5),
    detail: lat.map((x) => `${x.size} x${showRatio(x.r)}`).join(', '),
  });
  return checks;
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The report as Markdown: printed on the console and written beside the JSON. */
export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const o = report.options;
  const perTarget = report.sizes.flatMap((size) =>
    size.runs.map((r) => [
      `${size.size} (${size.account.extensions} ext, ${size.account.numbers} num, ${size.account.identities} id)`,
      TARGET_LABELS[r.target],
      fixed(r.load.rps),
      fixed(r.load.latencyMs.p50),
      fixed(r.load.latencyMs.p99),
      r.peakRssBytes === null ? '–' : fixed(r.peakRssBytes / 2 ** 20),
      r.cpuMsPerRequest === null ? '–' : fixed(r.cpuMsPerRequest, 1),
      r.subgraphsCpuMsPerRequest === null ? '–' : fixed(r.subgraphsCpuMsPerRequest, 1),
      Object.values(r.statements).join(' / '),
      r.load.failures ? `${r.load.failures} failed` : '',
    ]),
  );
  const ratios = report.sizes.map((size) => {
    const ours = run(size, 'ours')?.load;
    const peer = run(size, 'peer')?.load;
    const floor = run(size, 'floor')?.load;
    return [
      size.size,
      showRatio(ratio(ours?.rps, peer?.rps)),
      showRatio(ratio(run(size, 'ours')?.cpuMsPerRequest ?? undefined, run(size, 'peer')?.cpuMsPerRequest ?? undefined)),
      showRatio(ratio(ours?.latencyMs.p50, floor?.latencyMs.p50)),
      showRatio(ratio(ours?.latencyMs.p99, floor?.latencyMs.p99)),
      size.sameResponse ? 'yes' : 'NO',
    ];
  });
  const targets = report.targets.map((t) => [t.target, t.met === null ? 'not measured' : t.met ? 'met' : 'missed', t.detail]);
  const subgraphNames = Object.keys(report.sizes[0]?.runs[0]?.statements ?? {}).join(' / ');
  return [
    `Machine: ${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, Linux ${m.kernel}, load average at start ${m.loadAverageAtStart.join(' ')}; database ${m.database}.`,
    `Load: ${o.connections} connection(s), ${o.seconds} s per target and size in ${o.rounds} interleaved slice(s), after ${o.warmupSeconds} s warm-up; whole-account request with first: ${o.first}.`,
    `Query plan (${report.subgraphRequestsPerRequest} subgraph requests): ${report.queryPlan}`,
    '',
    table(
      [
        'size',
        'target',
        'rps',
        'p50 ms',
        'p99 ms',
        'peak RSS MiB',
        'gateway CPU ms/request',
        'subgraphs CPU ms/request',
        `SQL per request (${subgraphNames})`,
        'errors',
      ],
      perTarget,
    ),
    '',
    table(['size', 'ours/peer rps', 'ours/peer CPU per request', 'ours/floor p50', 'ours/floor p99', 'same response as peer'], ratios),
    '',
    table(['target', 'result', 'measured'], targets),
  ].join('\n');
}
