import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import Papa from 'papaparse';
import { chunks, parseBatchCsv, toCsv, toJsonl, type BatchParty } from '../../../web/src/lib/batch.js';

test('a CSV with the command line columns becomes parties; problems name the line and the column', () => {
  const ok = parseBatchCsv('\uFEFFid,name,type,country,dob\n1,김정은,person,kp,1984\n2,"Huawei Technologies Co., Ltd.",,CN,\n\n');
  assert.deepEqual(ok.problems, []);
  assert.deepEqual(ok.parties, [
    { id: '1', name: '김정은', type: 'person', country: 'KP', dob: '1984' },
    { id: '2', name: 'Huawei Technologies Co., Ltd.', country: 'CN' },
  ]);
  assert.deepEqual(parseBatchCsv('name,country\nAcme,DE\n').problems, [{ line: 1, field: 'id', message: 'the header has no id column (it needs id,name and may add type,country,dob)' }]);
  const bad = parseBatchCsv('id,name,type,country,dob\n1,,ship,CHN,1984-13-1x\n');
  assert.deepEqual(bad.problems.map((p) => `${p.line}:${p.field}`), ['2:name', '2:type', '2:country', '2:dob']);
  assert.deepEqual(bad.parties, [], 'nothing is screened from a file with problems');
});

const party = fc.record(
  {
  id: fc.stringMatching(/^[A-Za-z0-9-]{1,8}$/),
  name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim().length > 0 && !/[\r\n]/.test(s) && !s.startsWith('\uFEFF')),
  },
  { noNullPrototype: true },
);

test('property: parties written as CSV read back as themselves, whatever the quotes, commas and scripts', () => {
  fc.assert(
    fc.property(fc.array(party, { minLength: 1, maxLength: 20 }), (parties: BatchParty[]) => {
      const csv = Papa.unparse({ fields: ['id', 'name'], data: parties.map((p) => [p.id, p.name]) });
      const read = parseBatchCsv(csv);
      assert.deepEqual(read.problems, []);
      assert.deepEqual(read.parties, parties);
    }),
  );
});

test('property: chunks keep every item once, in order, none longer than asked', () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 50 }), (items, size) => {
      const parts = chunks(items, size);
      assert.deepEqual(parts.flat(), items);
      assert.ok(parts.every((c) => c.length >= 1 && c.length <= size));
    }),
  );
});

test('results as JSONL (one object per party, in order) and as CSV (one line per hit)', () => {
  const results = [
    { id: '1', name: 'Kim, "Jong Un"', hits: [{ entityId: '11', list: 'SDN', name: 'KIM, Jong Un', matchedName: 'KIM, Jong Un', score: 1 }] },
    { id: '2', name: 'Acme', hits: [] },
  ];
  assert.deepEqual(toJsonl(results).trim().split('\n').map((l) => JSON.parse(l) as unknown), results);
  const rows = Papa.parse<string[]>(toCsv(results).trim()).data;
  assert.deepEqual(rows, [
    ['id', 'name', 'rank', 'list', 'entity_id', 'listed_name', 'matched_name', 'score'],
    ['1', 'Kim, "Jong Un"', '1', 'SDN', '11', 'KIM, Jong Un', 'KIM, Jong Un', '1'],
    ['2', 'Acme', '0', '', '', '', '', ''],
  ]);
});
