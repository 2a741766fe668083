import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';

test('data import, list, diff and activate from the command line', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-cli-'));
  const env = { CLEARANCE_HOME: home };
  const empty = await runCli(['data', 'list'], env);
  assert.equal(empty.code, 0);
  assert.match(empty.stdout, /no list versions/);

  const first = await runCli(['data', 'import', dataPath('lists/bis-dpl/2019-06-29/dpl.txt')], env);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /imported version (\S+) \(now active\)/);
  const firstId = /imported version (\S+)/.exec(first.stdout)![1]!;

  assert.equal(existsSync(join(home, 'clearance.db')), false, 'a list import does not create the store');

  // A store without parties (here: created by another command) has nothing to re-screen.
  assert.equal((await runCli(['alerts', 'list'], env)).code, 0);
  assert.equal(existsSync(join(home, 'clearance.db')), true);
  const second = await runCli(['data', 'import', '--data-dir', home, dataPath('lists/bis-dpl/2022-09-07/dpl.txt')]);
  assert.equal(second.code, 0, second.stderr);
  assert.doesNotMatch(second.stdout + second.stderr, /re-screen/);
  const secondId = /imported version (\S+)/.exec(second.stdout)![1]!;

  const list = await runCli(['data', 'list', '--json'], env);
  const parsed = JSON.parse(list.stdout) as { active: string; versions: { id: string }[] };
  assert.equal(parsed.active, secondId);
  assert.deepEqual(parsed.versions.map((v) => v.id), [firstId, secondId]);

  const diff = await runCli(['data', 'diff', firstId, 'active', '--json'], env);
  assert.equal(diff.code, 0, diff.stderr);
  const counts = (JSON.parse(diff.stdout) as { counts: Record<string, number> }).counts;
  assert.ok(counts.added! > 0 && counts.removed! > 0);

  const byPath = await runCli(['data', 'diff', dataPath('lists/bis-dpl/2019-06-29/dpl.txt'), dataPath('lists/bis-dpl/2022-09-07/dpl.txt')]);
  assert.equal(byPath.code, 0, byPath.stderr);
  assert.match(byPath.stdout, new RegExp(`added ${counts.added}, removed ${counts.removed}, changed ${counts.changed}`));

  const rollback = await runCli(['data', 'activate', firstId], env);
  assert.equal(rollback.code, 0);
  assert.equal((JSON.parse((await runCli(['data', 'list', '--json'], env)).stdout) as { active: string }).active, firstId);
});

test('bad paths and versions exit 2 with a message naming them', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-cli-'));
  const missing = await runCli(['data', 'import', '/nonexistent/list.csv'], { CLEARANCE_HOME: home });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /\/nonexistent\/list\.csv: no such file/);
  const unknown = await runCli(['data', 'import', dataPath('README.md')], { CLEARANCE_HOME: home });
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /README\.md: not a list format/);
  const version = await runCli(['data', 'activate', 'nope'], { CLEARANCE_HOME: home });
  assert.equal(version.code, 2);
  assert.match(version.stderr, /no list version 'nope'/);
  const option = await runCli(['data', 'update', '--timeout', 'soon'], { CLEARANCE_HOME: home });
  assert.equal(option.code, 2);
  assert.match(option.stderr, /--timeout 'soon'/);
  const command = await runCli(['frobnicate']);
  assert.equal(command.code, 2);
});
