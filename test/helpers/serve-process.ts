import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './data.js';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** The last lines the server wrote to its log, for a failing test's message. */
  logTail(): string;
}

/** Lines of the server's log kept for logTail(). */
const LOG_LINES = 200;

/**
 * `clearance serve --port 0` in its own process, as a user starts it; resolves with its address once
 * /ready answers 200. The caller stops it (`child.kill()`).
 */
export async function startServeProcess(env: Record<string, string | undefined>): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), 'serve', '--port', '0'], {
    env: { ...process.env, CLEARANCE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const lines: string[] = [];
  const logTail = () => lines.join('\n');
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const m = /on (http:\/\/[\d.]+:\d+) /.exec(stderr);
      if (m) resolve(m[1]!);
      // Whole lines only; a line cut by the chunk's end waits for the rest.
      const done = stderr.lastIndexOf('\n');
      if (done >= 0) {
        lines.push(...stderr.slice(0, done).split('\n'));
        lines.splice(0, Math.max(0, lines.length - LOG_LINES));
        stderr = stderr.slice(done + 1);
      }
    });
    child.on('exit', (code) => reject(new Error(`the server ended (${code}) before listening: ${stderr}`)));
  });
  for (let i = 0; i < 600; i++) {
    if ((await fetch(`${url}/ready`).catch(() => undefined))?.status === 200) return { child, url, logTail };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not become ready');
}

/** Stops the server and waits for it to end: it writes on its way out (a last audit checkpoint), so its folder goes only after. */
export async function stopServeProcess(server: ServeProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const ended = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await ended;
}
