import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePaths } from '../../src/ingest/load.js';
import { buildCandidateIndex, type CandidateIndex } from '../../src/screening/index.js';
import { indexFromImage, indexImage } from '../../src/screening/index-image.js';
import { screenerOver } from '../../src/screening/screen.js';
import { dataPath } from '../helpers/data.js';
import { SAMPLE_ENTRIES } from './fixtures.js';

/** Everything an index holds, with maps and typed arrays turned into plain arrays, for deepEqual. */
function plain(index: CandidateIndex): unknown {
  return JSON.parse(
    JSON.stringify({ ...index, entries: index.entries.length }, (_key, value: unknown) => {
      if (value instanceof Map) return [...value].map(([k, v]) => [k, ArrayBuffer.isView(v) ? [...(v as Int32Array)] : v]);
      if (ArrayBuffer.isView(value)) return [...(value as Int32Array)];
      if (value && typeof value === 'object' && 'parts' in value && typeof value.parts === 'function') return plainParts(value.parts() as Record<string, unknown>);
      return value;
    }),
  );
}

function plainParts(parts: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, ArrayBuffer.isView(v) ? [...(v as Int32Array)] : v]));
}

test('an index rebuilt from its image holds what the built one holds, in shared memory', () => {
  const index = buildCandidateIndex(SAMPLE_ENTRIES);
  const image = indexImage(index);
  assert.ok(image.variantTokens.buffer instanceof SharedArrayBuffer);
  assert.ok(image.vocabulary.postingIds.buffer instanceof SharedArrayBuffer);
  const rebuilt = indexFromImage(SAMPLE_ENTRIES, structuredClone(image));
  assert.deepEqual(plain(rebuilt), plain(index));
});

test('real UN list: a screener over the rebuilt index answers exactly as one over the built index', async () => {
  const entries = (await parsePaths([dataPath('lists', 'un', '2026-02-27', 'consolidated.xml')])).flatMap((p) => p.result.entries);
  const index = buildCandidateIndex(entries);
  const rebuilt = indexFromImage(structuredClone(entries), structuredClone(indexImage(index)));
  const built = screenerOver(index);
  const fromImage = screenerOver(rebuilt);
  for (const name of ['Zaki ur Rehman Lakhvi', 'hafiz muhammad saeed', 'Korea Mining Development Trading Corp', 'حافظ محمد سعيد', 'Phyongchon Shipping', 'nobody']) {
    const strip = (hits: ReturnType<typeof built.screen>) => hits.map(({ entry: _entry, ...hit }) => hit);
    assert.deepEqual(strip(fromImage.screen({ name }, { threshold: 0.6 })), strip(built.screen({ name }, { threshold: 0.6 })), name);
  }
});

test('an image is refused over other entries, and an index that borrows rarity has none', () => {
  const index = buildCandidateIndex(SAMPLE_ENTRIES);
  assert.throws(() => indexFromImage(SAMPLE_ENTRIES.slice(1), indexImage(index)), /built over \d+ entries/);
  const borrowing = buildCandidateIndex(SAMPLE_ENTRIES.slice(0, 1), { rarityFrom: index });
  assert.throws(() => indexImage(borrowing), /borrows rarity/);
});
