import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePartialDate, toIsoDate } from '../../src/ingest/partial-date.js';

test('partial dates keep their precision', () => {
  assert.deepEqual(parsePartialDate('1962'), { year: 1962, text: '1962' });
  assert.deepEqual(parsePartialDate('12 Jan 1962'), { year: 1962, month: 1, day: 12, text: '12 Jan 1962' });
  assert.deepEqual(parsePartialDate('Sept 1970'), { year: 1970, month: 9, text: 'Sept 1970' });
  assert.deepEqual(parsePartialDate('circa 1960'), { year: 1960, fromYear: 1959, toYear: 1961, approximate: true, text: 'circa 1960' });
  assert.deepEqual(parsePartialDate('1960 to 1963'), { fromYear: 1960, toYear: 1963, approximate: true, text: '1960 to 1963' });
  assert.equal(parsePartialDate('1962-02-30'), undefined, 'no 30 February');
  assert.equal(parsePartialDate('unknown'), undefined);
  assert.equal(toIsoDate('10/16/2017'), '2017-10-16');
  assert.equal(toIsoDate('6/27/03'), '2003-06-27');
  assert.equal(toIsoDate('1962'), undefined, 'a year alone is not a full date');
});

test('any string parses to a valid date or nothing, without throwing', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), (s) => {
      const d = parsePartialDate(s);
      if (!d) return;
      if (d.month !== undefined) assert.ok(d.month >= 1 && d.month <= 12);
      if (d.day !== undefined) assert.ok(d.day >= 1 && d.day <= 31);
      if (d.fromYear !== undefined && d.toYear !== undefined) assert.ok(d.fromYear <= d.toYear);
    }),
    { numRuns: 2000 },
  );
});

test('every real calendar day written in any supported style round-trips', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('1850-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }), (date) => {
      const iso = date.toISOString().slice(0, 10);
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      assert.equal(toIsoDate(iso), iso);
      assert.equal(toIsoDate(`${d} ${months[m - 1]} ${y}`), iso);
      assert.equal(toIsoDate(`${m}/${d}/${y}`), iso);
    }),
  );
});
