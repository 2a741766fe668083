import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hitsJson } from '../../src/screening/hit-json.js';
import { buildCandidateIndex } from '../../src/screening/index.js';
import { screenBatch, screenBatchJson, screenBatchJsonInOrder, type BatchTiming } from '../../src/screening/parallel.js';
import { createScreener, screenerOver } from '../../src/screening/screen.js';
import type { ScreeningQuery } from '../../src/screening/types.js';
import { dataPath } from '../helpers/data.js';
import { listIndex } from '../helpers/lists.js';
import { SAMPLE_ENTRIES } from './fixtures.js';

const queries = ['Vladimir Putin', 'Kim Jong-un', 'ZTE Corp', 'nobody at all', '', 'Osama bin Laden', '김정은'].flatMap((name) =>
  Array.from({ length: 5 }, () => ({ name })),
);

test('batch over two workers gives the same hits, in input order, as screening one by one', async () => {
  const direct = createScreener({ entries: SAMPLE_ENTRIES });
  const expected = queries.map((q) => direct.screen(q).map((h) => [h.entityId, h.score]));
  const batched = await screenBatch({ entries: SAMPLE_ENTRIES }, queries, { workers: 2, chunkSize: 4 });
  assert.equal(batched.length, queries.length);
  assert.deepEqual(
    batched.map((hits) => hits.map((h) => [h.entityId, h.score])),
    expected,
  );
  assert.ok(batched[0]![0]!.explanation.alignment.length > 0, 'explanations cross the thread boundary');
});

test('batch reports a worker failure instead of hanging', async () => {
  await assert.rejects(screenBatch({ listPaths: ['/nonexistent/list.csv'] }, queries, { workers: 1 }), /screening worker/);
  await assert.rejects(screenBatchJson({ listPaths: ['/nonexistent/list.csv'] }, queries, { workers: 2 }), /screening worker/);
});

test('an empty batch needs no workers', async () => {
  assert.deepEqual(await screenBatch({ entries: SAMPLE_ENTRIES }, [], { workers: 2 }), []);
  assert.deepEqual(await screenBatchJson({ entries: SAMPLE_ENTRIES }, [], { workers: 2 }), []);
});

test('real UN list: workers answer exactly what the in-process screener does, as hits and as output JSON', async () => {
  const listPaths = [dataPath('lists', 'un', '2026-02-27', 'consolidated.xml')];
  // One index for the file: createScreener is screenerOver(buildCandidateIndex(entries)).
  const direct = screenerOver(await listIndex(listPaths));
  const named: ScreeningQuery[] = [
    { name: 'Zaki ur Rehman Lakhvi' },
    { name: 'hafiz muhammad saeed', type: 'person', country: 'PK', dob: '1950' },
    { name: 'Korea Mining Development Trading Corp', type: 'organization' },
    { name: 'Phyongchon Shipping and Marine' },
    { name: 'Jane Q. Unlisted-Person', country: 'US' },
    { name: 'Yazd Metalurgy Industries' },
    { name: 'حافظ محمد سعيد' },
    { name: '' },
  ];
  // Enough queries for several chunks per worker, so that answers come back out of order.
  const many = Array.from({ length: 6 }, () => named).flat();
  const options = { threshold: 0.75, limit: 3 };
  const expected = many.map((q) => direct.screen(q, options));
  assert.ok(expected.filter((hits) => hits.length > 0).length >= 4 * 6, 'most of the named parties are found');
  assert.ok(expected.some((hits) => hits.length === 0), 'and the unlisted person is not');

  const json = await screenBatchJson({ listPaths }, many, { ...options, workers: 2, chunkSize: 5 });
  assert.deepEqual(json, expected.map(hitsJson));

  const hits = await screenBatch({ listPaths }, many, { ...options, workers: 2, chunkSize: 5 });
  assert.deepStrictEqual(
    hits,
    expected.map((list) => list.map(({ entry: _entry, ...hit }) => hit)),
  );
});

test('workers handed a built index, with or without this thread screening too, answer as the in-process screener does', async () => {
  const listPaths = [dataPath('lists', 'un', '2026-02-27', 'consolidated.xml')];
  const index = await listIndex(listPaths);
  const direct = screenerOver(index);
  const named: ScreeningQuery[] = [{ name: 'Zaki ur Rehman Lakhvi' }, { name: 'Korea Mining Development Trading Corp' }, { name: 'nobody in particular' }, { name: 'حافظ محمد سعيد' }];
  const many = Array.from({ length: 12 }, () => named).flat();
  const expected = many.map((q) => hitsJson(direct.screen(q)));
  assert.ok(expected.filter((json) => json !== '[]').length >= 3 * 12);
  for (const options of [{ workers: 2 }, { workers: 1, alsoOnThisThread: true }, { workers: 0, alsoOnThisThread: true }]) {
    let timing: BatchTiming | undefined;
    const json = await screenBatchJson({ index }, many, { ...options, chunkSize: 5, onTiming: (t) => (timing = t) });
    assert.deepEqual(json, expected, JSON.stringify(options));
    assert.equal(timing?.workers, options.workers, 'as many workers as asked for');
  }
});

test('the calling thread screens only with the index it has', async () => {
  await assert.rejects(screenBatchJson({ entries: SAMPLE_ENTRIES }, queries, { workers: 1, alsoOnThisThread: true }), /index source/);
  await assert.rejects(screenBatchJson({ entries: SAMPLE_ENTRIES }, queries, { workers: 0 }), /workers: 0/);
});

test('answers handed over in input order, chunk after chunk, are the collected answers', async () => {
  const index = buildCandidateIndex(SAMPLE_ENTRIES);
  const many = Array.from({ length: 40 }, (_, i) => queries[i % queries.length]!);
  const collected = await screenBatchJson({ index }, many, { workers: 2, chunkSize: 3 });
  for (const options of [{ workers: 2 }, { workers: 1, alsoOnThisThread: true }]) {
    const streamed: string[] = [];
    await screenBatchJsonInOrder({ index }, many, { ...options, chunkSize: 3 }, (start, answers) => {
      assert.equal(start, streamed.length, 'each chunk starts where the last one ended');
      streamed.push(...answers);
    });
    assert.deepEqual(streamed, collected, JSON.stringify(options));
  }
});
