import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/program.js';
import { repoRoot } from './data.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let scratchHome: string | undefined;

/**
 * The environment a test's command sees: the store defaults to SQLite in the test's own data folder; logs are off.
 * A test that names no data folder gets one of its own for the test file, never the user's ~/.clearance, which
 * another checkout (with other migrations) may have written.
 */
function testEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  scratchHome ??= mkdtempSync(join(tmpdir(), 'clearance-home-'));
  // Tests that want PostgreSQL pass DATABASE_URL.
  return { ...process.env, CLEARANCE_HOME: scratchHome, DATABASE_URL: '', CLEARANCE_LOG_LEVEL: 'silent', ...env };
}

/**
 * Runs a command line in this process, as `clearance ...args` would run it, with its own environment,
 * and collects what it prints. Starting node and tsx for each command costs more than most commands.
 */
export async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'clearance', ...args], {
    stdout: { write: (text: string) => (stdout += text, true) },
    stderr: { write: (text: string) => (stderr += text, true) },
    env: testEnv(env),
  });
  return { code, stdout, stderr };
}

/** Runs the CLI from source as a user would, in its own process: for what only a process shows (signals, pipes, the bin script). */
export function runCliProcess(args: string[], env: Record<string, string | undefined> = {}, options: { cwd?: string; uid?: number; gid?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
    cwd: options.cwd ?? repoRoot,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    env: testEnv(env),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
