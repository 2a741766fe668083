import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CompiledSet } from '../../src/tariffs/products.js';

const set = (entries: (string | [string, string | null, string | null])[], except?: string[]) =>
  ({ id: 's', label: 's', entries, source: 'test', curated: false, ...(except ? { except } : {}) });

test('a set matches by prefix at any level; a longer carve-out wins', () => {
  const s = new CompiledSet(set(['7208', '940171', '94037080'], ['9403708003']), '2025-01-01');
  assert.equal(s.match('72081015'), 'in');
  assert.equal(s.match('7208101500'), 'in');
  assert.equal(s.match('94017100'), 'in');
  assert.equal(s.match('9403708015'), 'in');
  assert.equal(s.match('9403708003'), 'out');
  // The 8-digit line with a statistical line carved out cannot be decided at 8 digits.
  assert.equal(s.match('94037080'), 'split');
  assert.equal(s.match('72091500'), 'out');
});

test('listed statistical lines split their tariff line; dated entries count only in their window', () => {
  const s = new CompiledSet(set(['8517620090', ['0201100500', '2025-11-13', null]]), '2025-11-12');
  assert.equal(s.match('85176200'), 'split');
  assert.equal(s.match('8517620090'), 'in');
  assert.equal(s.match('8517620010'), 'out');
  assert.equal(s.match('0201100500'), 'out');
  assert.equal(new CompiledSet(set([['0201100500', '2025-11-13', null]]), '2025-11-13').match('0201100500'), 'in');
});

test('property: a 10-digit number is in a set of prefixes exactly when one of its prefixes is listed', () => {
  fc.assert(
    fc.property(fc.array(fc.stringMatching(/^\d{2}(\d{2}){0,4}$/), { maxLength: 20 }), fc.stringMatching(/^\d{10}$/), (prefixes, code) => {
      const expected = prefixes.some((p) => code.startsWith(p));
      assert.equal(new CompiledSet(set(prefixes), '2025-01-01').match(code) === 'in', expected);
    }),
  );
});
