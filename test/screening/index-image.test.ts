import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ListEntry } from '../../src/model/list-entry.js';
import { parsePaths } from '../../src/ingest/load.js';
import { isRomanizationKey } from '../../src/names/index.js';
import { deletionKeys } from '../../src/screening/deletions.js';
import { buildCandidateIndex, shortSyllables, type CandidateIndex } from '../../src/screening/index.js';
import { indexFromImage, indexImage } from '../../src/screening/index-image.js';
import { HashedPostings, HashFilter } from '../../src/screening/postings.js';
import { screenerOver } from '../../src/screening/screen.js';
import { tokenTrigrams } from '../../src/screening/trigrams.js';
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

/** The UN list, parsed once for this file's tests. */
let unList: Promise<ListEntry[]> | undefined;
function unEntries(): Promise<ListEntry[]> {
  unList ??= parsePaths([dataPath('lists', 'un', '2026-02-27', 'consolidated.xml')]).then((parsed) => parsed.flatMap((p) => p.result.entries));
  return unList;
}

test('real UN list: a screener over the rebuilt index answers exactly as one over the built index', async () => {
  const entries = await unEntries();
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

/** Each name's variants as its token strings and the label of their reading. */
function variantsOfName(index: CandidateIndex, name: number): string[] {
  const out: string[] = [];
  for (let v = 0; v < index.variantCount; v++) {
    if (index.variantName[v] !== name) continue;
    const ids = index.variantTokens.subarray(index.variantTokenStart[v], index.variantTokenStart[v + 1]);
    out.push(`${index.viaLabels[index.variantVia[v]!]}: ${[...ids].map((id) => index.vocabulary.tokens[id]).join(' ')}`);
  }
  return out;
}

test('real UN names: an index built with shared analyses and keys hashed in place is the one built name by name from key strings, and answers alike', async () => {
  const un = await unEntries();
  // Names listed again, as the lists list each other's parties: the same kind, and another kind.
  const again: ListEntry[] = un.slice(0, 150).map((e, i) => ({ ...e, id: `again-${i}`, kind: i % 3 === 0 ? 'unknown' : e.kind }));
  const entries = [...un, ...again];
  const index = buildCandidateIndex(entries);

  // Each name's variants are those of its entry indexed alone, where nothing is shared.
  const alone = new Map<ListEntry, CandidateIndex>();
  const sampled = [...Array(index.nameCount).keys()].filter((n) => n % 10 === 0 || index.nameEntry[n]! >= un.length);
  assert.ok(sampled.length > 250);
  for (const name of sampled) {
    const entry = entries[index.nameEntry[name]!]!;
    if (!alone.has(entry)) alone.set(entry, buildCandidateIndex([entry]));
    const single = alone.get(entry)!;
    const there = [...Array(single.nameCount).keys()].find((n) => single.namePosition[n] === index.namePosition[name]);
    assert.notEqual(there, undefined);
    assert.deepEqual(variantsOfName(index, name), variantsOfName(single, there!), entry.names[index.namePosition[name]!]!.value);
  }

  // The spelling keys' postings, built from the keys as strings.
  const v = index.vocabulary;
  const byStrings = (keysOf: (token: string) => string[]) => HashedPostings.build((id) => (isRomanizationKey(v.tokens[id]!) ? [] : keysOf(v.tokens[id]!)), v.tokens.length);
  assert.deepEqual(plainParts(v.byTrigram.parts()), plainParts(byStrings(tokenTrigrams).parts()));
  assert.deepEqual(plainParts(v.byDeletion.parts()), plainParts(byStrings(deletionKeys).parts()));
  const joins = HashedPostings.build((variant) => {
    const out: string[] = [];
    const end = index.variantTokenStart[variant + 1]!;
    for (let t = index.variantTokenStart[variant]!; t + 1 < end; t++) {
      const [a, b, c] = [v.tokens[index.variantTokens[t]!]!, v.tokens[index.variantTokens[t + 1]!]!, v.tokens[index.variantTokens[t + 2]!]];
      out.push(a + b);
      if (t + 2 < end && shortSyllables(a, b, c!)) out.push(a + b + c);
    }
    return out;
  }, index.variantCount);
  assert.deepEqual(plainParts(index.joinedPairs.parts()), plainParts(joins.parts()));
  assert.deepEqual(v.tokenFilter.parts(), HashFilter.of(v.tokens).parts());

  // A screener over the same index with those string-built postings answers every listed name alike.
  const reference: CandidateIndex = {
    ...index,
    vocabulary: { ...v, byTrigram: byStrings(tokenTrigrams), byDeletion: byStrings(deletionKeys), tokenFilter: HashFilter.of(v.tokens) },
    joinedPairs: joins,
  };
  const built = screenerOver(index);
  const referenceScreener = screenerOver(reference);
  const strip = (hits: ReturnType<typeof built.screen>) => hits.map(({ entry: _entry, ...hit }) => hit);
  const names = un.slice(0, 150).map((e) => e.names[0]!.value);
  let hits = 0;
  for (const name of names) {
    const answer = strip(built.screen({ name }, { threshold: 0.6 }));
    hits += answer.length;
    assert.deepEqual(answer, strip(referenceScreener.screen({ name }, { threshold: 0.6 })), name);
  }
  assert.ok(hits >= names.length);
});
