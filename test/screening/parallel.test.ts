import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenBatch } from '../../src/screening/parallel.js';
import { createScreener } from '../../src/screening/screen.js';
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
});

test('an empty batch needs no workers', async () => {
  assert.deepEqual(await screenBatch({ entries: SAMPLE_ENTRIES }, [], { workers: 2 }), []);
});
