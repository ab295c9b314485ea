import { parseArgs } from 'node:util';
import { ACCOUNT_SIZES, type SizeName } from './account-sizes';

export interface BenchOptions {
  sizes: SizeName[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** Interleaved slices the measured seconds are cut into, per target. */
  rounds: number;
  /** Page size of each connection in the request (`$first`). */
  first: number;
  mysql: boolean;
  mysqlUrl: string;
  /** Write a CPU profile of our gateway (node --cpu-prof) into bench-results/profiles/. */
  profile: boolean;
  smoke: boolean;
}

export const USAGE = `npm run bench -- [flags]
  --smoke              size S only, 1 connection, 2 s, 1 s warm-up (CI's proof that it runs)
  --sizes S,M,L        account sizes to measure (default S,M,L)
  --connections N      concurrent clients per target (default 10)
  --duration SECONDS   measured load per target and size (default 10)
  --warmup SECONDS     unmeasured load per target before measuring (default 2)
  --rounds N           cut each target's measured time into N slices, interleaved with the
                       other targets' (default 2), so load from elsewhere hits all alike
  --first N            page size of each connection in the request (default 20)
  --mysql              MySQL/MariaDB instead of SQLite (server MYSQL_URL, default mysql://root@127.0.0.1:3306)
  --profile            CPU profile of our gateway under load (node --cpu-prof) in bench-results/profiles/
  --help`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not ${value}`);
  return n;
}

/** Parses the flags of `npm run bench -- ...`; the environment gives only MYSQL_URL. */
export function benchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      smoke: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      first: { type: 'string' },
      mysql: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const smoke = values.smoke!;
  const sizes = (values.sizes ?? (smoke ? 'S' : 'S,M,L')).split(',').map((s) => s.trim().toUpperCase());
  for (const size of sizes) if (!(size in ACCOUNT_SIZES)) throw new Error(`Unknown size ${size}; use S, M or L.`);
  const first = positive('first', values.first, 20);
  if (!Number.isInteger(first) || first > 100) throw new Error('--first must be an integer from 1 to 100 (the API allows no more).');
  return {
    sizes: sizes as SizeName[],
    connections: Math.round(positive('connections', values.connections, smoke ? 1 : 10)),
    seconds: positive('duration', values.duration, smoke ? 2 : 10),
    warmupSeconds: positive('warmup', values.warmup, smoke ? 1 : 2),
    rounds: Math.round(positive('rounds', values.rounds, smoke ? 1 : 2)),
    first,
    mysql: values.mysql!,
    mysqlUrl: env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306',
    profile: values.profile!,
    smoke,
  };
}
