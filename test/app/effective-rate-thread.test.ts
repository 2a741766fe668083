/**
 * The server's effective rate on a worker thread: the same report as priced on the calling thread, the
 * calling thread free while it is priced, the worker's errors as this thread's.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EffectiveRateMemo } from '../../src/app/effective-rate-memo.js';
import { RateThread } from '../../src/app/effective-rate-thread.js';
import { scenarioNational, scenarioNationalOn } from '../../src/app/scenario-national.js';
import { checkScenario } from '../../src/app/scenario.js';
import { tariffsDir } from '../../src/app/tariffs.js';
import { ClearanceError } from '../../src/model/errors.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { saveTariffPack } from '../../src/tariffs/pack-store.js';
import { repoRoot } from '../helpers/data.js';
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

test('the worker prices a date as the calling thread does, and the calling thread goes on meanwhile', async () => {
  const onThread = new EffectiveRateMemo(4, thread);
  let settled = false;
  const asked = onThread.answer(open, { data: { home }, dates: ['2025-06-01'] }).finally(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(settled, false, 'answered on a later turn: the pricing is not on this thread');
  const [viaWorker, here] = await Promise.all([asked, new EffectiveRateMemo(4).answer(open, { data: { home }, dates: ['2025-06-01'] })]);
  assert.deepEqual(viaWorker, here);
  assert.ok(viaWorker.reports[0]!.rate_pct > 5, `a 2025-06-01 rate: ${viaWorker.reports[0]!.rate_pct}`);
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

test('a scenario national on the worker answers as scenario national does on the calling thread', async () => {
  const scenario = checkScenario(parse(readFileSync(join(repoRoot, 'examples', 'scenarios', 'list-3-back-to-10.yaml'), 'utf8')));
  const dates = ['2025-09-15'];
  const [onWorker, here] = await Promise.all([
    scenarioNationalOn(thread, { scenario, data: { home }, dataDir: home, packVersion: pack.version, dates }),
    scenarioNational({ scenario, data: { home }, tariffs: { dataDir: home }, dates }),
  ]);
  assert.deepEqual(onWorker, here);
  assert.ok(onWorker.dates[0]!.change_usd < 0, 'List 3 at 10% lowers the duty');
});
