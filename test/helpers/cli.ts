import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './data.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source as a user would, in its own process, with its own environment. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, cwd = repoRoot): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], {
    cwd,
    // The store defaults to SQLite in the test's own data folder; tests that want PostgreSQL pass DATABASE_URL.
    env: { ...process.env, DATABASE_URL: '', CLEARANCE_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
