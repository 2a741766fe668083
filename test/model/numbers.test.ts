import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_USD, parseAmount } from '../../src/model/numbers.js';
import { ClearanceError } from '../../src/model/errors.js';

const usd = { max: MAX_USD, decimals: 2 };

test('amounts that do not fit are refused with the value as typed', () => {
  assert.equal(parseAmount(12.5, 'value_usd', usd), 12.5);
  assert.equal(parseAmount('12.50', 'value_usd', usd), 12.5);
  assert.throws(() => parseAmount(1e300, 'value_usd', usd), /value_usd: must be at most \d+ \(got 1e\+300\)/);
  assert.throws(() => parseAmount(Infinity, 'items[0].value_usd', usd, '1e400'), /items\[0\]\.value_usd: must be at most \d+ \(got "1e400"\)/);
  assert.throws(() => parseAmount(-1, 'value_usd', usd), /must not be negative/);
  assert.throws(() => parseAmount(1.234, 'value_usd', usd), /at most 2 decimals/);
  assert.throws(() => parseAmount('abc', 'value_usd', usd), (e: unknown) => e instanceof ClearanceError && e.code === 'invalid_number');
  assert.throws(() => parseAmount(0, 'quantity', { max: 10, allowZero: false }), /greater than zero/);
});

test('property: every accepted dollar amount survives the round trip through integer cents', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: MAX_USD * 100 }), (cents) => {
      const dollars = cents / 100;
      if (dollars > MAX_USD) return;
      const parsed = parseAmount(dollars, 'v', usd);
      assert.equal(Math.round(parsed * 100), cents);
    }),
  );
});
