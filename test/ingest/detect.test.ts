import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectSources, UnknownListFormatError } from '../../src/ingest/detect.js';
import { dataPath } from '../helpers/data.js';

test('each official file is recognised by name and content', () => {
  const one = (path: string) => {
    const found = detectSources(path);
    assert.equal(found.length, 1, path);
    return found[0]!;
  };
  assert.equal(one(dataPath('lists/csl/2026-07-31/consolidated.csv')).format, 'csl-csv');
  assert.equal(one(dataPath('lists/csl/2019-12-03-partial/consolidated.csv')).format, 'csl-csv');
  assert.equal(one(dataPath('lists/un/2026-02-27/consolidated.xml')).format, 'un-xml');
  assert.equal(one(dataPath('lists/bis-dpl/2019-06-29/dpl.txt')).format, 'bis-dpl');
  const sdn = one(dataPath('lists/ofac-sdn/2021-07-07/sdn.csv'));
  assert.equal(sdn.format, 'ofac-csv');
  assert.equal(sdn.name, 'ofac-sdn');
  assert.deepEqual(sdn.files.map((f) => f.role), ['primary', 'add', 'alt', 'comments'], 'sibling files join the set');
});

test('folders yield every list in them', () => {
  const sdn = detectSources(dataPath('lists/ofac-sdn/2024-05-03'));
  assert.deepEqual(sdn.map((s) => [s.name, s.files.length]), [['ofac-sdn', 1]]);
  const cons = detectSources(dataPath('lists/ofac-consolidated/2025-12-19'));
  assert.deepEqual(cons.map((s) => [s.name, s.files.length]), [['ofac-cons', 4]]);
});

test('unreadable paths get an error naming the file and the reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-detect-'));
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'hello world\n');
  assert.throws(() => detectSources(notes), (e: Error) => e instanceof UnknownListFormatError && e.message.startsWith(notes) && /not a list format/.test(e.message));
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, '');
  assert.throws(() => detectSources(empty), /empty\.csv: the file is empty/);
  assert.throws(() => detectSources(join(dir, 'missing.csv')), /missing\.csv: no such file/);
  assert.throws(() => detectSources(dataPath('lists/ofac-sdn/2026-06-02-partial/alt.csv')), /read together with its sdn\.csv/);
  assert.throws(() => detectSources(dir), /holds no list file/);
});
