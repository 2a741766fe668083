import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { packTyped, unpackTyped } from '../../src/snapshot/typed-blocks.js';

const typedArrays = fc.oneof(
  fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })).map((a) => Int32Array.from(a)),
  fc.array(fc.nat({ max: 2 ** 32 - 1 })).map((a) => Uint32Array.from(a)),
  fc.array(fc.nat({ max: 255 })).map((a) => Uint8Array.from(a)),
  fc.array(fc.float({ noNaN: true })).map((a) => Float32Array.from(a)),
  fc.array(fc.double({ noNaN: true })).map((a) => Float64Array.from(a)),
);
const values = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, typedArrays, fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string(), tie('value'), { maxKeys: 4, noNullPrototype: true })),
})).value;

test('values with typed arrays at any depth come back equal, the arrays as views of the bytes read', () => {
  fc.assert(
    fc.property(values, (value) => {
      const bytes = packTyped(value);
      assert.deepStrictEqual(unpackTyped(bytes), value);
    }),
    { numRuns: 200 },
  );
  const bytes = packTyped({ a: Uint8Array.of(1, 2, 3), b: [Float64Array.of(0.5), 'x'], c: Int32Array.of(-7) });
  const back = unpackTyped(bytes) as { a: Uint8Array; b: [Float64Array, string]; c: Int32Array };
  assert.equal(back.b[0].buffer, bytes.buffer, 'not copied');
  assert.equal(back.b[0].byteOffset % 8, 0, 'aligned, whatever came before it');
  assert.deepEqual([...back.c], [-7]);
});

test('bytes cut short are refused, not read past', () => {
  const bytes = packTyped({ big: new Float64Array(100).fill(1) });
  assert.equal(unpackTyped(bytes.subarray(0, 2)), undefined);
  assert.throws(() => unpackTyped(bytes.subarray(0, bytes.length - 8)), /past the end/);
});
