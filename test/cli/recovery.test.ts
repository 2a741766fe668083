/**
 * Issue 12 item 2 from the command line: a `data import` killed (SIGKILL) after the new version became
 * active, or halfway through the re-screen that follows, leaves the stored parties screened against the
 * old lists. The next command that opens the store, whichever it is (a reader too), finishes the
 * re-screen, and the store ends as an uninterrupted import leaves it. `--no-rescreen` leaves nothing
 * pending; `data activate` re-screens against the version it makes active.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPaths, loadVersionSnapshot } from '../../src/ingest/data-folder.js';
import { rescreenMarkerPath } from '../../src/ingest/rescreen-marker.js';
import { primaryName } from '../../src/model/list-entry.js';
import { diffEntries } from '../../src/snapshot/diff.js';
import { runCli } from '../helpers/cli.js';
import { dataPath, repoRoot } from '../helpers/data.js';

const OLD = dataPath('lists/bis-dpl/2019-06-29/dpl.txt');
const NEW = dataPath('lists/bis-dpl/2022-09-07/dpl.txt');
const T1 = '2026-02-01T00:00:00.000Z';

let customers = '';

/** Parties named as entries the new list adds (they alert only once re-screened) and some that match nothing. */
before(async () => {
  const probe = mkdtempSync(join(tmpdir(), 'clearance-recovery-probe-'));
  const a = await importPaths(probe, [OLD]);
  const b = await importPaths(probe, [NEW]);
  const diff = diffEntries((await loadVersionSnapshot(probe, a.manifest.id)).entries, (await loadVersionSnapshot(probe, b.manifest.id)).entries);
  const names = [...new Set(diff.added.map(primaryName))].slice(0, 5).concat(['Helga Lindqvist', 'Northwind Optics Oy']);
  customers = join(probe, 'customers.csv');
  writeFileSync(customers, ['id,name', ...names.map((n, i) => `P${i + 1},"${n.replaceAll('"', '""')}"`)].join('\n'));
});

/** A data folder with the old list active and the parties imported (screened against it). */
async function prepared(): Promise<{ home: string; env: Record<string, string> }> {
  const home = mkdtempSync(join(tmpdir(), 'clearance-recovery-'));
  const env = { CLEARANCE_HOME: home };
  assert.equal((await runCli(['data', 'import', OLD], env)).code, 0);
  const imported = await runCli(['parties', 'import', customers], env);
  assert.equal(imported.code, 0, imported.stderr);
  return { home, env };
}

/** `data import NEW` with its re-screen in a process of its own that kills itself at `step` (see test/jobs/crash-worker.ts). */
function killedImport(home: string, step: 'activated' | 'rescreen-page'): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'jobs', 'crash-worker.ts'), home, NEW, T1, step], {
    env: { ...process.env, CLEARANCE_LOG_LEVEL: 'silent', DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(r.signal, 'SIGKILL', r.stderr);
}

/** The alerts as the command line lists them: party, list and entry. */
async function alerts(env: Record<string, string>): Promise<string[]> {
  const listed = await runCli(['alerts', 'list', '--json'], env);
  assert.equal(listed.code, 0, listed.stderr);
  return (JSON.parse(listed.stdout) as { party: { id: string }; list: string; entryId: string }[]).map((a) => `${a.party.id} ${a.list} ${a.entryId}`).sort();
}

let uninterrupted: string[] = [];

test('an uninterrupted data import re-screens the stored parties: the alerts the others must reach', async () => {
  const { env } = await prepared();
  const before = await alerts(env);
  const imported = await runCli(['data', 'import', NEW], env);
  assert.equal(imported.code, 0, imported.stderr);
  uninterrupted = await alerts(env);
  assert.ok(uninterrupted.length > before.length, 'the new list raises alerts on the parties named after its new entries');
});

for (const [step, command] of [
  ['activated', ['alerts', 'list']],
  ['rescreen-page', ['audit', 'verify']],
] as const) {
  test(`killed at '${step}': the next command ('${command.join(' ')}', a reader) finishes the re-screen`, async () => {
    const { home, env } = await prepared();
    killedImport(home, step);
    assert.equal(existsSync(rescreenMarkerPath(home)), true, 'the killed import left its re-screen pending');

    const next = await runCli([...command], env);
    assert.equal(next.code, 0, next.stderr);
    assert.match(next.stderr, /finished the re-screen a stopped command left pending: re-screened \d+ stored parties/);
    assert.equal(existsSync(rescreenMarkerPath(home)), false);
    assert.deepEqual(await alerts(env), uninterrupted);

    // Nothing is left for the one after, and the import the user reruns finds the version unchanged.
    const again = await runCli(['alerts', 'list'], env);
    assert.doesNotMatch(again.stderr, /left pending/);
    const rerun = await runCli(['data', 'import', NEW], env);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(await alerts(env), uninterrupted);
    assert.equal((await runCli(['audit', 'verify'], env)).code, 0);
  });
}

test('data import --no-rescreen leaves nothing pending; data activate re-screens against the version it restores', async () => {
  const { home, env } = await prepared();
  const before = await alerts(env);
  const skipped = await runCli(['data', 'import', '--no-rescreen', NEW], env);
  assert.equal(skipped.code, 0, skipped.stderr);
  assert.equal(existsSync(rescreenMarkerPath(home)), false);
  const later = await runCli(['alerts', 'list'], env);
  assert.doesNotMatch(later.stderr, /left pending/);
  assert.deepEqual(await alerts(env), before, '--no-rescreen: the parties stay as they were screened');

  const newId = (JSON.parse((await runCli(['data', 'list', '--json'], env)).stdout) as { active: string }).active;
  const versions = (JSON.parse((await runCli(['data', 'list', '--json'], env)).stdout) as { versions: { id: string }[] }).versions.map((v) => v.id);
  const oldId = versions.find((v) => v !== newId)!;
  assert.equal((await runCli(['data', 'activate', oldId], env)).code, 0);
  const back = await runCli(['data', 'activate', newId], env);
  assert.equal(back.code, 0, back.stderr);
  assert.match(back.stdout, new RegExp(`version ${newId} is active`));
  assert.equal(existsSync(rescreenMarkerPath(home)), false);
  assert.deepEqual(await alerts(env), uninterrupted);
});
