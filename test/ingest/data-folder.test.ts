import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  activateVersion,
  activeVersionId,
  importPaths,
  listVersions,
  loadActiveSnapshot,
  resolveDataDir,
} from '../../src/ingest/data-folder.js';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { dataPath } from '../helpers/data.js';

const freshHome = () => mkdtempSync(join(tmpdir(), 'clearance-home-'));

test('the data folder comes from the flag, then CLEARANCE_HOME, then ~/.clearance', () => {
  const saved = process.env.CLEARANCE_HOME;
  try {
    process.env.CLEARANCE_HOME = '/tmp/from-env';
    assert.equal(resolveDataDir('/tmp/explicit'), '/tmp/explicit');
    assert.equal(resolveDataDir(), '/tmp/from-env');
    delete process.env.CLEARANCE_HOME;
    assert.match(resolveDataDir(), /\.clearance$/);
  } finally {
    if (saved === undefined) delete process.env.CLEARANCE_HOME;
    else process.env.CLEARANCE_HOME = saved;
  }
});

test('imports add versions; each carries the other sources over; rollback switches back', async () => {
  const home = freshHome();
  const first = await importPaths(home, [dataPath('lists/bis-dpl/2019-06-29/dpl.txt')]);
  assert.equal(first.unchanged, false);
  assert.deepEqual(first.changed, ['bis-dpl']);
  assert.equal(activeVersionId(home), first.manifest.id);

  const second = await importPaths(home, [dataPath('lists/un/2026-02-27/consolidated.xml')]);
  assert.deepEqual(second.changed, ['un']);
  assert.equal(second.manifest.parent, first.manifest.id);
  assert.deepEqual(second.manifest.sources.map((s) => s.name), ['bis-dpl', 'un'], 'the DPL carries over');
  assert.equal(second.manifest.sources.find((s) => s.name === 'un')!.entryCount, 1003);

  const again = await importPaths(home, [dataPath('lists/un/2026-02-27/consolidated.xml')]);
  assert.equal(again.unchanged, true, 'the same file twice makes no new version');
  assert.equal(listVersions(home).length, 2);

  const third = await importPaths(home, [dataPath('lists/bis-dpl/2022-09-07/dpl.txt')]);
  const snapshot = await loadActiveSnapshot(home);
  assert.equal(snapshot!.hash, third.manifest.snapshotHash);
  assert.equal(snapshot!.entries.length, third.manifest.sources.reduce((n, s) => n + s.entryCount, 0));

  activateVersion(home, first.manifest.id.slice(0, 20));
  assert.equal(activeVersionId(home), first.manifest.id);
  const rolledBack = await loadActiveSnapshot(home);
  assert.equal(rolledBack!.hash, first.manifest.snapshotHash);
});

test('a rejected file leaves the active version and no staging folder behind', async () => {
  const home = freshHome();
  const good = await importPaths(home, [dataPath('lists/bis-dpl/2019-06-29/dpl.txt')]);
  const scratch = mkdtempSync(join(tmpdir(), 'clearance-bad-'));
  const bad = join(scratch, 'dpl.txt');
  const header = readFileSync(dataPath('lists/bis-dpl/2019-06-29/dpl.txt'), 'utf8').split('\n')[0]!;
  writeFileSync(bad, `${header}\n"ONLY A NAME"\n"X"\t"Y"\n`);
  await assert.rejects(importPaths(home, [bad]), (e: Error) => e instanceof RejectedFileError && e.message.includes('dpl.txt'));
  assert.equal(activeVersionId(home), good.manifest.id);
  const versionsDir = join(home, 'lists', 'versions');
  assert.deepEqual(readdirSync(versionsDir), [good.manifest.id], 'no staging folder is left');
  assert.ok(existsSync(join(versionsDir, good.manifest.id, 'manifest.json')));
});
