import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diffValue } from '../../src/audit/diff.js';
import { canonicalJson } from '../../src/snapshot/canonical-json.js';

/* Replay compares a recorded answer (stored as canonical JSON: keys sorted) with one decided again now. */

/** The same value with every object's keys in another order. */
function reordered(value: unknown, rotate: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reordered(v, rotate));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  const turned = keys.map((_, i) => keys[(i + rotate) % keys.length]!).reverse();
  return Object.fromEntries(turned.map((k) => [k, reordered((value as Record<string, unknown>)[k], rotate)]));
}

const json = fc.jsonValue({ maxDepth: 4 });

test('a value and the same value with its keys in another order are the same answer', () => {
  fc.assert(
    fc.property(json, fc.nat(5), (value, rotate) => {
      assert.deepEqual(diffValue('x', value, reordered(value, rotate)), []);
    }),
  );
});

test('what was stored (canonical JSON) and what is decided now (keys in build order) compare equal', () => {
  const now = { rules: '2026-07-23-abc', lists: '20261201T000000Z-1234abcd' };
  const recorded = JSON.parse(canonicalJson(now)) as unknown;
  assert.deepEqual(diffValue('versions', recorded, now), []);
});

test('values that differ are reported, with both sides', () => {
  fc.assert(
    fc.property(json, json, (a, b) => {
      const differs = canonicalJson(a) !== canonicalJson(b);
      assert.equal(diffValue('x', a, b).length, differs ? 1 : 0);
    }),
  );
  assert.deepEqual(diffValue('outcome', 'nlr', 'license_required'), [{ path: 'outcome', recorded: 'nlr', now: 'license_required' }]);
});
