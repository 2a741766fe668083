import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJsonInput } from '../../src/model/json-input.js';

test('a number too large for a double is kept as typed, as text', () => {
  assert.deepEqual(parseJsonInput('{"a":1e400,"b":[-2E+999,3],"c":"1e400","d":1e300}'), { a: '1e400', b: ['-2E+999', 3], c: '1e400', d: 1e300 });
});

test('everything else reads as JSON.parse reads it', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value);
      assert.deepEqual(parseJsonInput(text), JSON.parse(text));
    }),
  );
  assert.throws(() => parseJsonInput('{"a":'), SyntaxError);
});
