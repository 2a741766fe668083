import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { linearScale, niceStep, niceTicks } from '../../src/charts/scale.js';

const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });

test('nice ticks cover the values, are evenly spaced by 1, 2 or 5 times a power of ten, and number about as many as asked', () => {
  fc.assert(
    fc.property(finite, finite, fc.integer({ min: 1, max: 12 }), (a, b, count) => {
      const ticks = niceTicks(a, b, count);
      const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
      assert.ok(ticks[0]! <= lo && ticks.at(-1)! >= hi, `${ticks} cover [${lo}, ${hi}]`);
      assert.ok(ticks.length >= 2 && ticks.length <= count + 4, `${ticks.length} ticks for ${count}`);
      const step = ticks[1]! - ticks[0]!;
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      assert.ok([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6), `step ${step}`);
      for (let i = 1; i < ticks.length; i++) assert.ok(Math.abs(ticks[i]! - ticks[i - 1]! - step) <= step * 1e-6);
    }),
  );
});

test('ticks of familiar ranges are the round numbers a reader expects', () => {
  assert.deepEqual(niceTicks(-418, 539, 6), [-600, -400, -200, 0, 200, 400, 600]);
  assert.deepEqual(niceTicks(0, 0.3, 3), [0, 0.1, 0.2, 0.3]);
  assert.deepEqual(niceTicks(5, 5, 4), [2, 4, 6, 8]);
  assert.deepEqual(niceTicks(0, 0, 2), [-1, 0, 1]);
  assert.deepEqual(niceStep(957, 6), { nice: 2, exponent: 2 });
  assert.deepEqual(niceStep(9.5, 1), { nice: 1, exponent: 1 });
  assert.throws(() => niceTicks(0, Number.NaN, 5), RangeError);
});

test('a linear scale maps the ends of its domain onto the ends of its range and keeps order', () => {
  fc.assert(
    fc.property(finite, finite, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (d0, d1, t, u) => {
      fc.pre(Math.abs(d1 - d0) > 1e-6);
      const scale = linearScale([d0, d1], [500, 100]);
      assert.ok(Math.abs(scale(d0) - 500) < 1e-6 && Math.abs(scale(d1) - 100) < 1e-6);
      const [v, w] = [d0 + t * (d1 - d0), d0 + u * (d1 - d0)];
      if (t < u) assert.ok(scale(v) >= scale(w));
    }),
  );
  assert.equal(linearScale([3, 3], [0, 10])(3), 5);
});
