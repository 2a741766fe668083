/**
 * The server's effective rate on a worker thread: the calling thread free while it is priced, the
 * worker's errors as this thread's.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EffectiveRateMemo } from '../../src/app/effective-rate-memo.js';
import { RateThread } from '../../src/app/effective-rate-thread.js';
import { tariffsDir } from '../../src/app/tariffs.js';
import { ClearanceError } from '../../src/model/errors.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { saveTariffPack } from '../../src/tariffs/pack-store.js';
import { sharedTariffPack } from '../helpers/tariffs.js';
import { installSharedTrade } from '../helpers/trade.js';

const home = mkdtempSync(join(tmpdir(), 'clearance-rate-thread-'));
const thread = new RateThread();
let pack: TariffPack;
before(async () => {
  pack = await sharedTariffPack();
  await saveTariffPack(pack, tariffsDir(home));
  await installSharedTrade(home);
});
after(async () => {
  await thread.close();
  rmSync(home, { recursive: true, force: true });
});
const open = () => Promise.resolve(pack);

// That the worker's answers equal the calling thread's is shown through the API: test/server/trade.test.ts
// compares the server's effective rate and scenario national (priced here) with the command line's.
test('the calling thread goes on while the worker prices a date', async () => {
  const onThread = new EffectiveRateMemo(4, thread);
  let settled = false;
  const asked = onThread.answer(open, { data: { home }, dates: ['2025-06-01'] }).finally(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(settled, false, 'answered on a later turn: the pricing is not on this thread');
  const answer = await asked;
  assert.ok(answer.reports[0]!.rate_pct > 5, `a 2025-06-01 rate: ${answer.reports[0]!.rate_pct}`);
  assert.ok(answer.data.files.length > 0);
});

test("the worker's refusal arrives as a ClearanceError; the next job still runs", async () => {
  await assert.rejects(
    thread.run({ dataDir: home, packVersion: 'not-this-pack', data: { home }, date: '2025-01-01', options: {} }),
    (err: Error) => /tariff pack changed/.test(err.message),
  );
  await assert.rejects(
    thread.run({ dataDir: home, packVersion: pack.version, data: { home, dir: join(home, 'no-such-folder') }, date: '2025-01-01', options: {} }),
    (err: unknown) => err instanceof ClearanceError && err.field !== undefined,
  );
  const answer = await thread.run({ dataDir: home, packVersion: pack.version, data: { home }, date: '2025-01-01', options: {} });
  assert.ok(answer.files.length > 0);
});
