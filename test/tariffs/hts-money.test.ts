import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ClearanceError } from '../../src/model/errors.js';
import { formatHts, parseHts } from '../../src/tariffs/hts.js';
import { adValorem, roundCents, specific } from '../../src/tariffs/money.js';
import { convertMilli } from '../../src/tariffs/units.js';

test('HTS numbers are read with or without dots, 8 or 10 digits; anything else names the field', () => {
  assert.equal(parseHts('8481.30.20'), '84813020');
  assert.equal(parseHts('8481302010'), '8481302010');
  assert.equal(parseHts('8481.30.2010'), '8481302010');
  assert.equal(parseHts('8481.30.20.10'), '8481302010');
  for (const bad of ['8481.30', '84813020100', 'abcd.ef.gh', '', 84]) {
    assert.throws(() => parseHts(bad), (e: unknown) => e instanceof ClearanceError && e.field === 'hts' && e.kind === 'invalid');
  }
});

test('property: formatting and parsing an HTS number round-trips', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^\d{8}(\d{2})?$/), (digits) => {
      assert.equal(parseHts(formatHts(digits)), digits);
    }),
  );
});

test('amounts round half-up to the cent exactly', () => {
  // $100.10 at 12.5% is $12.5125 -> $12.51; $0.10 at 5% is half a cent -> 1 cent.
  assert.equal(roundCents(adValorem(10_010, 125_000)), 1251);
  assert.equal(roundCents(adValorem(10, 50_000)), 1);
  assert.equal(roundCents(adValorem(10, 49_999)), 0);
  // 1,000.5 kg at 4.4 cents/kg = 4402.2 cents.
  assert.equal(roundCents(specific(1_000_500, 4_400_000)), 4402);
  // A trillion dollars at 125% stays exact.
  assert.equal(roundCents(adValorem(100_000_000_000_000, 1_250_000)), 125_000_000_000_000);
});

test('property: half-up rounding of value x rate matches rational arithmetic', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 2_000_000 }), (cents, ppm) => {
      const exact = BigInt(cents) * BigInt(ppm);
      const expected = (exact * 2n + 1_000_000n) / 2_000_000n;
      assert.equal(BigInt(roundCents(adValorem(cents, ppm))), expected);
    }),
  );
});

test('quantities convert within a dimension and refuse across', () => {
  assert.equal(convertMilli(2_000, 'g', 'kg'), 2);
  assert.equal(convertMilli(1_000, 't', 'kg'), 1_000_000);
  assert.equal(convertMilli(1_000, 'doz', 'each'), 12_000);
  assert.equal(convertMilli(5_000, 'kg', 'kg'), 5_000);
  assert.equal(convertMilli(1_000, 'lb', 'kg'), 454);
  assert.equal(convertMilli(1_000, 'kg', 'liter'), undefined);
  assert.equal(convertMilli(2_000_000, 'kg', 't'), 2_000);
});
