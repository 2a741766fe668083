/**
 * The server's memory of effective-rate reports: a date asked twice (even at once) is computed once,
 * another option is another report, and past the bound the oldest is computed again when asked.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EffectiveRateMemo } from '../../src/app/effective-rate-memo.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { dataPath } from '../helpers/data.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

let pack: TariffPack;
before(async () => {
  pack = await sharedTariffPack();
});
const open = () => Promise.resolve(pack);
const data = () => ({ dir: dataPath('trade', 'imports-2024'), home: '/nonexistent' });

test('one report per date and options, shared by requests at once, the oldest forgotten past the bound', async () => {
  const memo = new EffectiveRateMemo(2);
  const [a, b] = await Promise.all([memo.answer(open, { data: data(), dates: ['2025-01-01'] }), memo.answer(open, { data: data(), dates: ['2025-01-01'] })]);
  assert.equal(a.reports[0], b.reports[0], 'computed once for both');
  assert.equal(memo.size, 1);
  const other = await memo.answer(open, { data: data(), dates: ['2025-01-01'], metalShare: '1' });
  assert.notEqual(other.reports[0], a.reports[0]);
  assert.ok(other.reports[0]!.rate_pct > a.reports[0]!.rate_pct || other.reports[0]!.metal_content.lines === 0);
  assert.equal((await memo.answer(open, { data: data(), dates: ['2025-01-01'] })).reports[0], a.reports[0], 'still held, and now the most recent');
  await memo.answer(open, { data: data(), dates: ['2025-01-01'], usmcaShare: '0.5' });
  assert.equal(memo.size, 2);
  const again = await memo.answer(open, { data: data(), dates: ['2025-01-01'], metalShare: '1' });
  assert.notEqual(again.reports[0], other.reports[0], 'the least recently used was forgotten and computed again');
  assert.deepEqual(again.reports[0], other.reports[0]);
});

test('a wrong date is refused before the pack is opened, named as the caller names it', async () => {
  const memo = new EffectiveRateMemo(2);
  await assert.rejects(
    memo.answer(() => Promise.reject(new Error('opened')), { data: data(), dates: ['2026-02-30'] }, (o) => o),
    (err: Error & { field?: string }) => err.field === 'date',
  );
});
