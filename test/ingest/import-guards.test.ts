import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeVersionId, importPaths, listVersions } from '../../src/ingest/data-folder.js';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { dataPath } from '../helpers/data.js';

/*
 * `data import` goes through the same guards as `data update`: a damaged file is refused with the reason
 * and the active version stays; `force` accepts it and says which guards it overrode, for the audit log.
 */

const scratch = () => mkdtempSync(join(tmpdir(), 'clearance-guards-'));

/** The first `bytes` bytes of a real file, written where a user would keep a download. */
function cutCopy(from: string, bytes: number, dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, readFileSync(from).subarray(0, bytes));
  return path;
}

/** The first `rows` lines of a real file (a cut that falls exactly at the end of a row). */
function firstLines(from: string, rows: number, dir: string, name: string): string {
  const text = readFileSync(from, 'latin1');
  let at = 0;
  for (let i = 0; i < rows; i++) at = text.indexOf('\n', at) + 1;
  return cutCopy(from, at, dir, name);
}

const CSL = dataPath('lists/csl/2026-07-31/consolidated.csv');
const SDN_SET = dataPath('lists/ofac-sdn/2021-07-07');

const refusedFor = (pattern: RegExp) => (err: unknown) => {
  assert.ok(err instanceof RejectedFileError, String(err));
  assert.match(err.message, pattern);
  assert.doesNotMatch(err.message, /\.staging-/, 'the message names the file the user gave, not a staging copy');
  return true;
};

test('a CSL cut to its first 3 MB is refused as cut off, and nothing becomes active', async () => {
  const home = scratch();
  const cut = cutCopy(CSL, 3_000_000, scratch(), 'consolidated.csv');
  await assert.rejects(importPaths(home, [cut]), refusedFor(/consolidated\.csv.*cut off/s));
  assert.equal(activeVersionId(home), undefined);
  assert.deepEqual(listVersions(home), []);
});

test('an OFAC set whose sdn.csv was cut to 400 kB is refused, naming sdn.csv', async () => {
  const home = scratch();
  const dir = scratch();
  for (const f of ['add.csv', 'alt.csv', 'sdn_comments.csv']) copyFileSync(join(SDN_SET, f), join(dir, f));
  cutCopy(join(SDN_SET, 'sdn.csv'), 400_000, dir, 'sdn.csv');
  await assert.rejects(importPaths(home, [dir]), refusedFor(/sdn\.csv/));
  assert.equal(activeVersionId(home), undefined);
});

test('an OFAC set whose sdn.csv was cut at the end of a row is refused: its add/alt rows name missing entries', async () => {
  const home = scratch();
  const dir = scratch();
  for (const f of ['add.csv', 'alt.csv', 'sdn_comments.csv']) copyFileSync(join(SDN_SET, f), join(dir, f));
  firstLines(join(SDN_SET, 'sdn.csv'), 2000, dir, 'sdn.csv');
  await assert.rejects(importPaths(home, [dir]), refusedFor(/no entry in .*sdn\.csv|missing from/));
});

test('a whole-row cut that shrinks the active list is refused against the active version; --force takes it and says why', async () => {
  const home = scratch();
  const full = await importPaths(home, [CSL]);
  const active = activeVersionId(home);
  assert.equal(active, full.manifest.id);

  const shorter = firstLines(CSL, 7583, scratch(), 'consolidated.csv');
  await assert.rejects(importPaths(home, [shorter]), refusedFor(/7582 entries against 25921/));
  assert.equal(activeVersionId(home), active, 'the active version stays');
  assert.equal(listVersions(home).length, 1, 'no version was written');

  const forced = await importPaths(home, [shorter], { force: true });
  assert.equal(activeVersionId(home), forced.manifest.id);
  assert.ok(forced.forced.length > 0, 'the overridden guards are returned for the audit log');
  assert.ok(forced.forced.every((f) => f.source === 'csl'));
  assert.ok(forced.forced.some((f) => /7582 entries against 25921/.test(f.reason)));
});

test('a list cut a few rows short of the active one is refused even when the drop is small', async () => {
  const home = scratch();
  await importPaths(home, [CSL]);
  const active = activeVersionId(home);
  const lines = readFileSync(CSL, 'latin1').split('\n').length - 1;
  const almost = firstLines(CSL, lines - 5, scratch(), 'consolidated.csv');
  await assert.rejects(importPaths(home, [almost]), refusedFor(/first .* bytes of the active version/));
  assert.equal(activeVersionId(home), active);
});

test('no staging folder is left behind by a refusal', async () => {
  const home = scratch();
  const cut = cutCopy(dataPath('lists/un/2026-02-27/consolidated.xml'), 200_000, scratch(), 'consolidated.xml');
  await assert.rejects(importPaths(home, [cut]), refusedFor(/consolidated\.xml/));
  const versions = join(home, 'lists', 'versions');
  assert.deepEqual(readdirSync(versions), []);
});
