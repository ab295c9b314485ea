import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A server the benchmark started as a child process (a subgraph or a gateway). */
export interface Service {
  name: string;
  pid: number;
  /** Its GraphQL endpoint. */
  url: string;
  stop(): Promise<void>;
}

/** A free loopback port, for a child whose configuration does not accept port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServiceSpec {
  name: string;
  /** Compiled entry point, run with this very node. */
  script: string;
  port: number;
  env: Record<string, string>;
  /** Path answered with 2xx once the service is ready (after migrations, schema load...). */
  readyPath: string;
  /** Folder of the service's log file (stdout and stderr). */
  logDir: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

const children = new Set<ChildProcess>();
// However the benchmark ends, it leaves no server behind (only the children it started).
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export async function startService(spec: ServiceSpec): Promise<Service> {
  const logFile = join(spec.logDir, `${spec.name}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), spec.script], {
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(spec.port), ...spec.env },
    stdio: ['ignore', out, out],
  });
  children.add(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => children.delete(child));

  const base = `http://127.0.0.1:${spec.port}`;
  let ready = false;
  const deadline = Date.now() + 60_000;
  while (!ready && Date.now() < deadline) {
    if (child.exitCode !== null) break;
    ready = await fetch(`${base}${spec.readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((r) => setTimeout(r, 100));
  }
  if (!ready) {
    child.kill('SIGKILL');
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
    throw new Error(`${spec.name} did not become ready on port ${spec.port}; its log ends with:\n${tail}`);
  }
  return {
    name: spec.name,
    pid: child.pid!,
    url: `${base}/graphql`,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
