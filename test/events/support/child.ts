import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** producer.child.ts in its own process, with the lines it prints one at a time. */
export function startChild(mode: string, env: Record<string, string>): { process: ChildProcess; line(): Promise<string> } {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'test/support/ts-register.js'), join(__dirname, 'producer.child.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, MODE: mode },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      const next = waiting.shift();
      if (next) next(line);
      else lines.push(line);
    }
  });
  return {
    process: child,
    line: () =>
      new Promise<string>((resolve, reject) => {
        const ready = lines.shift();
        if (ready !== undefined) return resolve(ready);
        waiting.push(resolve);
        child.once('exit', (code, signal) => reject(new Error(`child exited (${code ?? signal}) before printing a line`)));
      }),
  };
}
