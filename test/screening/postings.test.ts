import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GroupedIds } from '../../src/screening/postings.js';

test('GroupedIds.groupOfKey walks the same ids as get, in the same order; -1 where get has none', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('', 'smith', 'smyth', 'li', 'lee', 'ri'), { maxLength: 40 }), (keys) => {
      const grouped = GroupedIds.of(keys);
      for (const key of ['', 'smith', 'smyth', 'li', 'lee', 'ri', 'absent']) {
        const group = grouped.groupOfKey(key);
        const viewed = grouped.get(key);
        if (viewed === undefined) {
          assert.equal(group, -1);
          continue;
        }
        assert.deepEqual([...grouped.ids.subarray(grouped.starts[group]!, grouped.starts[group + 1]!)], [...viewed]);
      }
    }),
  );
});
