import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, isIsoDate, parseIsoDate, parsePartialIsoDate } from '../../src/model/dates.js';
import { ClearanceError } from '../../src/model/errors.js';

test('real days are accepted, impossible ones refused with the field named', () => {
  assert.equal(parseIsoDate('2024-02-29', 'as_of'), '2024-02-29');
  assert.equal(parseIsoDate(' 2026-12-31 ', 'as_of'), '2026-12-31');
  for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z', '']) {
    assert.throws(
      () => parseIsoDate(bad, 'as_of'),
      (err: unknown) => err instanceof ClearanceError && err.kind === 'invalid' && err.field === 'as_of' && err.message.includes(JSON.stringify(bad)),
      bad,
    );
  }
  assert.throws(() => parseIsoDate(20260101, '--date'), /--date: must be a date YYYY-MM-DD \(got 20260101\)/);
});

test('property: a date is accepted exactly when the calendar has that day', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
      const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
      assert.equal(isIsoDate(text), real);
    }),
  );
});

test('addDays crosses months and leap days', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(addDays('2025-12-31', 1), '2026-01-01');
});

test('partial dates (dates of birth): each part real, the field named', () => {
  for (const ok of ['1961', '1961-04', '1961-04-30', '2024-02-29']) assert.equal(parsePartialIsoDate(ok, 'dob'), ok);
  for (const bad of ['2026-02-30', '2025-02-29', '1961-13', '1961-00', '0999', '61', '1961-4', '']) {
    assert.throws(
      () => parsePartialIsoDate(bad, 'line 3: dob'),
      (err: unknown) => err instanceof ClearanceError && err.field === 'line 3: dob' && err.message.includes(JSON.stringify(bad)),
      bad,
    );
  }
});
