import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import fc from 'fast-check';
import { buildFrIndex, readParagraph, volumeOf } from '../../src/ear/build-fr-index.js';
import { dataPath } from '../helpers/data.js';

/**
 * Dating Federal Register rules from their own paragraphs: the effective date however the DATES line
 * words it, and the printed volume from the filing line (a rule numbered in one year and printed in the
 * next belongs to the next year's volume).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const arbDate = fc.record({ y: fc.integer({ min: 2000, max: 2049 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const isoOf = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const longOf = ({ y, m, d }: { y: number; m: number; d: number }) => `${MONTHS[m - 1]} ${d}, ${y}`;

test('FR index: every way a DATES line words the effective date gives that date', () => {
  const forms = ['This rule is effective DATE.', 'This rule is effective on DATE.', 'This final rule is effective DATE.', 'This rule is effective: DATE', 'Effective date: This rule is effective on DATE.', 'Effective DATE.', 'This correction is effective DATE.'];
  fc.assert(
    fc.property(arbDate, fc.constantFrom(...forms), (date, form) => {
      const d = { pages: [] as number[] };
      readParagraph('2024-00001', form.replace('DATE', longOf(date)), d);
      assert.equal((d as { effective?: { date: string } }).effective?.date, isoOf(date));
    }),
  );
});

test('FR index: a date inside another sentence is history, not the rule\'s date; the DATES line wins', () => {
  const d = { pages: [] as number[] };
  readParagraph('2025-00636', 'Effective December 2, 2024, BIS expanded controls on advanced computing ICs.', d);
  assert.equal((d as { effective?: unknown }).effective, undefined);
  readParagraph('2025-00636', 'Effective date: This rule is effective January 13. 2025.', d);
  assert.equal((d as { effective?: { date: string } }).effective?.date, '2025-01-13');
});

test('FR index: the filing line decides the volume', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2023, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 26 }), fc.integer({ min: 1, max: 99_999 }), (year, month, day, page) => {
      const d = { pages: [page] as number[] };
      const doc = `${year - 1}-31468`;
      readParagraph(doc, `[ FR Doc. ${doc} Filed ${month}-${day}-${String(year).slice(2)}; 8:45 am]`, d);
      assert.equal(volumeOf(doc, d), year - 1935);
    }),
  );
  // Filed in the last days of December and printed on the first pages: the next year's volume.
  const d = { pages: [12] };
  readParagraph('2025-23999', '[ FR Doc. 2025-23999 Filed 12-30-25; 8:45 am]', d);
  assert.equal(volumeOf('2025-23999', d), 91);
});

test('FR index: the real paragraphs date 90 FR 560 (FR Doc. 2024-31468) to January 6, 2025', () => {
  const rules = buildFrIndex(dirname(dataPath('ear', 'text', 'federal-register-paragraphs-2023-2026.jsonl')));
  const chengdu = rules.find((r) => r.document === '2024-31468');
  assert.deepEqual(chengdu && { volume: chengdu.volume, effective: chengdu.effective, has560: chengdu.firstPage <= 560 && chengdu.lastPage >= 560 }, { volume: 90, effective: '2025-01-06', has560: true });
  assert.equal(rules.find((r) => r.document === '2025-00636')?.effective, '2025-01-13');
  assert.equal(rules.find((r) => r.document === '2024-05696')?.effective, '2024-03-15');
  for (const r of rules) assert.ok(r.volume === Number(r.document.slice(0, 4)) - 1935 || r.document === '2024-31468' || r.document.startsWith('C'), `${r.document} volume ${r.volume}`);
});
