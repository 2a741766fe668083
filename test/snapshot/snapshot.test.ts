import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalJson } from '../../src/snapshot/canonical-json.js';
import { buildSnapshot } from '../../src/snapshot/build.js';
import { diffEntries } from '../../src/snapshot/diff.js';
import { parsePaths } from '../../src/ingest/load.js';
import { parseOfacSet } from '../../src/ingest/ofac-csv.js';
import { fileSource } from '../../src/ingest/source.js';
import { sampleEntries } from '../../src/sample/sample-list.js';
import type { ParseResult } from '../../src/model/parse-result.js';
import { dataPath } from '../helpers/data.js';

const asResult = (entries: ParseResult['entries']): ParseResult => ({ format: 'builtin-sample', entries, rowsRead: entries.length, malformed: [], files: [] });

test('canonical JSON ignores key order and undefined members', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
      const reversed = Object.fromEntries(Object.entries(obj).reverse());
      assert.equal(canonicalJson(obj), canonicalJson(reversed));
      assert.deepEqual(JSON.parse(canonicalJson(obj)), JSON.parse(JSON.stringify(obj)));
    }),
  );
  assert.equal(canonicalJson({ b: 1, a: undefined, c: [1, { y: 2, x: 1 }] }), '{"b":1,"c":[1,{"x":1,"y":2}]}');
});

test('a snapshot is frozen and its hash depends on content only', () => {
  const entries = sampleEntries();
  const a = buildSnapshot([{ name: 's', result: asResult(entries) }], '2026-01-01T00:00:00Z');
  const b = buildSnapshot([{ name: 's', result: asResult([...sampleEntries()].reverse()) }], '2027-01-01T00:00:00Z');
  assert.equal(a.hash, b.hash, 'row order and creation time do not change the hash');
  assert.ok(Object.isFrozen(a) && Object.isFrozen(a.entries) && Object.isFrozen(a.entries[0]!.names));
  assert.throws(() => {
    (a.entries[0]!.names as unknown as unknown[]).push({});
  });
  const changed = sampleEntries();
  changed[3]!.programs.push('NEW');
  const c = buildSnapshot([{ name: 's', result: asResult(changed) }]);
  assert.notEqual(a.hash, c.hash);
  assert.equal(a.sources[0]!.entryCount, entries.length);
  assert.equal(a.counts.SDN, entries.filter((e) => e.list.code === 'SDN').length);
});

test('diff of OFAC SDN 2021-07-07 and 2024-05-03', async () => {
  // The 2024 snapshot has no add/alt files, so the 2021 side is read from its primary file alone too:
  // otherwise every entry with an alias would show as changed.
  const before = await parseOfacSet({ primary: fileSource(dataPath('lists/ofac-sdn/2021-07-07/sdn.csv')) });
  const after = await parseOfacSet({ primary: fileSource(dataPath('lists/ofac-sdn/2024-05-03/sdn.csv')) });
  const diff = diffEntries(before.entries, after.entries);
  assert.equal(before.entries.length, 8976);
  assert.equal(after.entries.length, 14965);
  assert.equal(diff.added.length + diff.changed.length + diff.unchanged, 14965);
  assert.equal(diff.removed.length + diff.changed.length + diff.unchanged, 8976);
  assert.ok(diff.added.length > 5000, `added ${diff.added.length}`);
  assert.ok(diff.removed.length > 0, `removed ${diff.removed.length}`);
  assert.ok(diff.changed.length > 0, `changed ${diff.changed.length}`);
  for (const c of diff.changed.slice(0, 50)) assert.ok(c.fields.length > 0 && c.before.id === c.after.id);
  // Every removed id is absent from the newer file, every added id absent from the older.
  const newIds = new Set(after.entries.map((e) => e.id));
  const oldIds = new Set(before.entries.map((e) => e.id));
  assert.ok(diff.removed.every((e) => !newIds.has(e.id)));
  assert.ok(diff.added.every((e) => !oldIds.has(e.id)));
});

test('diff of the Denied Persons List 2019-06-29 and 2022-09-07', async () => {
  const [before] = await parsePaths([dataPath('lists/bis-dpl/2019-06-29/dpl.txt')]);
  const [after] = await parsePaths([dataPath('lists/bis-dpl/2022-09-07/dpl.txt')]);
  const a = before!.result.entries;
  const b = after!.result.entries;
  const diff = diffEntries(a, b);
  assert.equal(diff.added.length + diff.changed.length + diff.unchanged, b.length);
  assert.equal(diff.removed.length + diff.changed.length + diff.unchanged, a.length);
  assert.ok(diff.added.length > 0 && diff.removed.length > 0, `added ${diff.added.length}, removed ${diff.removed.length}`);
  assert.ok(diff.unchanged > a.length / 3, 'most orders carry over unchanged');
  // An order added in 2022 (87 F.R. 52741, 8/29/2022) is among the added entries.
  assert.ok(diff.added.some((e) => e.names[0]!.value === 'AARON ABRAHAM VILLA'));
});

test('diff keeps rows that share an id apart (the CSL repeats some _ids)', async () => {
  const [csl] = await parsePaths([dataPath('lists/csl/2026-07-31/consolidated.csv')]);
  const entries = csl!.result.entries;
  const self = diffEntries(entries, entries);
  assert.equal(self.unchanged, entries.length);
  assert.equal(self.added.length + self.removed.length + self.changed.length, 0);
  const dropped = entries.filter((_, i) => i % 10 !== 0);
  const diff = diffEntries(entries, dropped);
  assert.equal(diff.removed.length + diff.changed.length + diff.unchanged, entries.length);
  assert.equal(diff.added.length + diff.changed.length + diff.unchanged, dropped.length);
});
