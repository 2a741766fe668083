/**
 * A PostgreSQL server for peer benchmarks: the one named by $DATABASE_URL when set, otherwise a throwaway
 * cluster of Debian's postgresql package started in a temporary folder on a free port and removed after.
 * (initdb refuses to run as root, so as root the cluster belongs to the `postgres` system user.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((v) => join(root, v, 'bin')).find((b) => existsSync(join(b, 'initdb')));
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install postgresql), and DATABASE_URL is not set");
  return bin;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

function asClusterOwner(command: string[], asPostgres: boolean): void {
  const result = asPostgres
    ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command.map((c) => `'${c.replace(/'/g, `'\\''`)}'`).join(' ')], { encoding: 'utf8' })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr || result.stdout}`);
}

/** Runs `fn` with a connection URL, starting and stopping a private server when none is configured. */
export async function withPostgres<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const configured = process.env.DATABASE_URL;
  if (configured) return fn(configured);
  const bin = postgresBin();
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'clearance-pg-'));
  if (asPostgres) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  asClusterOwner([join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'bench', '--no-sync'], asPostgres);
  asClusterOwner([join(bin, 'pg_ctl'), '-D', data, '-o', `-p ${port} -k ${dir} -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start'], asPostgres);
  try {
    return await fn(`postgres://bench@127.0.0.1:${port}/postgres`);
  } finally {
    try {
      asClusterOwner([join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop'], asPostgres);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
