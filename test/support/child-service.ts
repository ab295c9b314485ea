import { mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startService, type Service } from '../../bench/services';

const ROOT = join(__dirname, '..', '..');
const REGISTER = join(__dirname, 'ts-register.js');

export const GATEWAY_MAIN = join(ROOT, 'gateway', 'src', 'main.ts');
export const subgraphMain = (name: string) => join(ROOT, 'subgraphs', name, 'src', 'main.ts');

export interface ChildService extends Service {
  port: number;
  /** Its log lines so far (stdout and stderr). */
  log(): string;
}

/**
 * A gateway or subgraph as its own process, from its real `main.ts` (TypeScript run directly):
 * for the tests where the process itself matters (a real SIGTERM, the gateway's own memory).
 * `stop()` sends SIGTERM and resolves when the process has exited.
 */
export async function startChild(name: string, script: string, env: Record<string, string>): Promise<ChildService> {
  const port = await freePort();
  const logDir = mkdtempSync(join(tmpdir(), `${name}-log-`));
  const service = await startService({
    name,
    script,
    port,
    logDir,
    nodeArgs: ['-r', REGISTER],
    readyPath: '/ready',
    env: { NODE_ENV: 'test', LOG_IN_TESTS: '1', SEED_DEMO: 'false', ...env },
  });
  return { ...service, port, log: () => readFileSync(join(logDir, `${name}.log`), 'utf8') };
}

/** Resolves once nothing accepts connections on the port any more (the server stopped accepting). */
export async function untilRefused(port: number): Promise<void> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
