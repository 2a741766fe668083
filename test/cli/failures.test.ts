/**
 * How the command line fails: one line naming what failed and the exit code of its kind, the stack
 * only with --verbose; a reader that closes the pipe early ends nothing in a stack trace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../src/store/database.js';
import { runCli } from '../helpers/cli.js';
import { dataPath, repoRoot } from '../helpers/data.js';

test('an unexpected failure (a table dropped by hand) is one line and exit 1; --verbose shows the stack', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-fail-'));
  try {
    const store = await openDatabase({ dataDir: home });
    for (const table of ['shipments', 'license_lines', 'licenses']) await sql`drop table ${sql.table(table)}`.execute(store.db);
    await store.close();
    const env = { CLEARANCE_HOME: home };
    const plain = await runCli(['licenses', 'list'], env);
    assert.equal(plain.code, 1);
    assert.equal(plain.stderr, 'clearance: no such table: licenses (--verbose shows where)\n');
    const verbose = await runCli(['licenses', 'list', '--verbose'], env);
    assert.equal(verbose.code, 1);
    assert.match(verbose.stderr, /^clearance: SqliteError: no such table: licenses\n\s+at /);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test('each kind of error has its exit code: 2 wrong input, 2 not found, 3 refused, 1 unavailable', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-fail-'));
  try {
    const env = { CLEARANCE_HOME: home };
    const invalid = await runCli(['alerts', 'list', '--limit', 'many'], env);
    assert.deepEqual([invalid.code, invalid.stderr], [2, "clearance: --limit 'many' must be a positive integer\n"]);
    const notFound = await runCli(['licenses', 'show', 'D404'], env);
    assert.deepEqual([notFound.code, notFound.stderr], [2, 'clearance: license D404 is not in the register\n']);
    const unavailable = await runCli(['licenses', 'list'], { ...env, DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    assert.equal(unavailable.code, 1);
    assert.match(unavailable.stderr, /^clearance: database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none is unavailable/);
    assert.doesNotMatch(unavailable.stderr, /secret/);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test('output cut short by its reader (| head) ends quietly, without a stack trace', () => {
  const main = join(repoRoot, 'src', 'cli', 'main.ts');
  const diff = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(main)} data diff ${JSON.stringify(dataPath('lists/bis-dpl/2019-06-29/dpl.txt'))} ${JSON.stringify(dataPath('lists/bis-dpl/2022-09-07/dpl.txt'))} --json`;
  const run = spawnSync('bash', ['-c', `${diff} | head -c 10 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CLEARANCE_LOG_LEVEL: 'silent' } });
  assert.equal(run.stderr, 'exit 0\n');
});
