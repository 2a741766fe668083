import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectSources, UnknownListFormatError } from '../../src/ingest/detect.js';
import { dataPath, repoRoot } from '../helpers/data.js';

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

test('EU and UK files are recognised by content, gzipped or not', () => {
  const one = (path: string) => {
    const found = detectSources(path);
    assert.equal(found.length, 1, path);
    return [found[0]!.name, found[0]!.format];
  };
  const eu = 'lists/eu/fsf-xml-1.1';
  assert.deepEqual(one(dataPath(eu, '2020-04-15-sample/sample_eu.xml')), ['eu-fsf', 'eu-fsf-xml']);
  assert.deepEqual(one(dataPath(eu, '2022-03-18-truncated/20220318-FULL-1_1(xsd).first1044.repaired.xml.gz')), ['eu-fsf', 'eu-fsf-xml']);
  // The cut file is still an EU file: its parser, not detection, refuses it.
  assert.deepEqual(one(dataPath(eu, '2022-03-18-truncated/20220318-FULL-1_1(xsd).TRUNCATED.xml.gz')), ['eu-fsf', 'eu-fsf-xml']);
  const uk = 'lists/uk/ofsi-conlist';
  assert.deepEqual(one(dataPath(uk, '2025-04-14/ConList.xlsx')), ['uk-ofsi', 'ofsi-xlsx']);
  assert.deepEqual(one(dataPath(uk, '2025-04-14/ConList.derived.csv.gz')), ['uk-ofsi', 'ofsi-csv']);
  assert.deepEqual(one(dataPath(uk, '2020-04-27-sample/ConList.sample.csv')), ['uk-ofsi', 'ofsi-csv']);
  assert.deepEqual(one(join(repoRoot, 'test/fixtures/uk-fcdo/UK-Sanctions-List.xml')), ['uk-fcdo', 'uk-fcdo-xml']);

  const dir = mkdtempSync(join(tmpdir(), 'clearance-detect-'));
  const zip = join(dir, 'archive.zip');
  writeFileSync(zip, Buffer.from('PK\u0003\u0004not a workbook', 'latin1'));
  assert.throws(() => detectSources(zip), /archive\.zip: a zip archive that is not an \.xlsx workbook/);
  const badGzip = join(dir, 'list.xml.gz');
  writeFileSync(badGzip, 'plain text, not gzip');
  assert.throws(() => detectSources(badGzip), /list\.xml\.gz: not a readable gzip file/);
});
