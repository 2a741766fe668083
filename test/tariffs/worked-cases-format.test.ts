import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkedCases } from './worked-case.js';

/**
 * The worked cases are data a broker reviews: each must say why, cite where its numbers come from,
 * name its era and program in its file name, and add up (a total equal to the sum of the lines it
 * asserts when it asserts them all). These checks need no engine.
 */

const CASES = loadWorkedCases(join(dirname(fileURLToPath(import.meta.url)), 'worked-cases'));
const cents = (usd: number): number => Math.round(usd * 100);

test('there are worked cases for both eras', () => {
  const eras = new Set(CASES.map((c) => c.file.slice(0, 9)));
  assert.deepEqual([...eras].sort(), ['2018-2020', '2025-2026']);
  assert.ok(CASES.length >= 200, `${CASES.length} cases`);
});

test('case ids are unique', () => {
  const seen = new Set<string>();
  const dup = CASES.filter((c) => (seen.has(c.id) ? true : (seen.add(c.id), false))).map((c) => c.id);
  assert.deepEqual(dup, []);
});

test('every case says why, cites its sources and has an entry line', () => {
  for (const c of CASES) {
    assert.ok(c.why.length > 10, c.id);
    assert.ok(c.sources.length > 0 && c.sources.every((s) => s.length > 3), c.id);
    for (const f of ['hts', 'country_of_origin', 'entry_date', 'customs_value_usd']) assert.ok(f in c.line, `${c.id}: ${f}`);
  }
});

test('the entry date of a case lies in its era', () => {
  for (const c of CASES) {
    const year = Number(String(c.line.entry_date).slice(0, 4));
    const [from, to] = c.file.slice(0, 9).split('-').map(Number);
    assert.ok(year >= from! && year <= to!, `${c.id}: ${String(c.line.entry_date)}`);
  }
});

test('a case either refuses the line or expects a total', () => {
  for (const c of CASES) {
    const refused = c.expect.error_field !== undefined;
    assert.notEqual(refused, c.expect.total_duty_usd !== undefined, c.id);
  }
});

test('amounts are whole cents and a fully asserted answer adds up', () => {
  for (const c of CASES) {
    const e = c.expect;
    const amounts = [e.base_duty_usd, e.total_duty_usd, e.mpf_usd, e.hmf_usd, ...(e.additional ?? []).map((a) => a.duty_usd)];
    for (const a of amounts) if (a !== undefined) assert.ok(Math.abs(a * 100 - cents(a)) < 1e-6 && a >= 0, `${c.id}: ${a}`);
    const adds = e.additional ?? [];
    if (e.base_duty_usd !== undefined && e.total_duty_usd !== undefined && adds.every((a) => a.duty_usd !== undefined)) {
      const sum = cents(e.base_duty_usd) + adds.reduce((s, a) => s + cents(a.duty_usd!), 0);
      assert.equal(sum, cents(e.total_duty_usd), c.id);
    }
  }
});
