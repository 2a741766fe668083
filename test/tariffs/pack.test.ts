import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClearanceError } from '../../src/model/errors.js';
import { duty, dutyOn, measuresInForce } from '../../src/tariffs/index.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { loadTariffPack, saveTariffPack } from '../../src/tariffs/pack-store.js';
import { withMeasures } from '../../src/tariffs/overlay.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

let pack: TariffPack;
before(async () => {
  pack = await sharedTariffPack();
});

test('the pack: every edition from the 2017 database to 2026 Rev 10, the horizon, sources hashed and curated ones named', () => {
  assert.equal(pack.editions[0]!.id, 'tdb_2017');
  assert.equal(pack.editions.at(-1)!.id, '2026_rev_10');
  assert.equal(pack.editions.length, 46);
  assert.deepEqual({ edition: pack.horizon.edition, from: pack.horizon.from }, { edition: '2026_rev_10', from: '2026-06-08' });
  assert.ok(pack.editions.find((e) => e.id === '2026_rev_5')!.note!.includes('Rev 7 content'));
  for (const s of pack.sources) assert.match(s.sha256, /^[0-9a-f]{64}$/);
  assert.ok(pack.sources.some((s) => s.curated && s.file.includes('scope-lists')));
  assert.ok(!pack.sources.some((s) => s.curated && s.file.includes('hts-json')));
  // Every measure cites its note and its authority, and is dated.
  for (const m of pack.measures) {
    assert.match(m.heading, /^9903\.\d{2}\.\d{2}$/, m.id);
    assert.ok(m.citation.note.length > 0 && m.citation.authority.length > 0, m.id);
    assert.match(m.from, /^\d{4}-\d{2}-\d{2}$/, m.id);
    assert.ok(m.products === 'all' || pack.productSets[m.products], `${m.id} names ${m.products}`);
  }
  // No IEEPA duty outlives Feb. 23, 2026.
  for (const m of pack.measures.filter((x) => x.program.startsWith('ieepa'))) assert.ok(m.until !== undefined && m.until <= '2026-02-23', m.id);
  assert.ok(pack.notModelled.length > 3);
});

test('a pack round-trips through its file, and a changed byte is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-tariff-pack-'));
  const path = await saveTariffPack(pack, dir);
  const again = await loadTariffPack(dir);
  assert.equal(again.version, pack.version);
  assert.equal(again.measures.length, pack.measures.length);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('"9903.88.01"', '"9903.88.02"'));
  await assert.rejects(loadTariffPack(path), (e: unknown) => e instanceof ClearanceError && e.code === 'tariff_pack_corrupt');
  assert.ok(readdirSync(dir).includes('current.json'));
});

test('scenarios: a pack with a measure changed, ended or added is still a pack, with its own version', () => {
  const shirt = { hts: '6109.10.00', country_of_origin: 'VN', entry_date: '2025-10-01', customs_value_usd: 10000 };
  const base = duty(pack, shirt);
  assert.equal(base.total_duty_usd, 3650);
  const id = pack.measures.find((m) => m.heading === '9903.02.69')!.id;
  const doubled = withMeasures(pack, { change: [{ id, set: { rate: { kind: 'ad_valorem', ppm: 400_000 } } }], label: 'Vietnam at 40%' });
  assert.notEqual(doubled.version, pack.version);
  assert.equal(duty(doubled, shirt).total_duty_usd, 5650);
  assert.equal(duty(doubled, shirt).versions.pack, doubled.version);
  const ended = withMeasures(pack, { end: [{ id, until: '2025-09-30' }] });
  // Without its country rate Vietnam falls back to the 10% baseline.
  assert.equal(duty(ended, shirt).total_duty_usd, 2650);
  const added = withMeasures(pack, {
    add: [{ id: 'scenario:shirts', heading: '9903.99.99', program: 'section_301', label: 'a scenario duty', stacking: 's301_list', countries: ['VN'], products: 'all', rate: { kind: 'ad_valorem', ppm: 50_000 }, from: '2025-09-01', citation: { note: 'scenario', authority: 'scenario' } }],
  });
  assert.equal(duty(added, shirt).total_duty_usd, 4150);
  assert.equal(duty(pack, shirt).total_duty_usd, 3650, 'the original pack is untouched');
  assert.throws(() => withMeasures(pack, { end: [{ id: 'no-such-measure', until: '2025-01-01' }] }), (e: unknown) => e instanceof ClearanceError && e.kind === 'not_found');
  assert.throws(() => withMeasures(pack, { end: [{ id, until: '2025-02-30' }] }), (e: unknown) => e instanceof ClearanceError && e.field === 'end[0].until');
});

test('many lines at one date: dutyOn answers as duty does with asOf, quietly when asked', () => {
  const price = dutyOn(pack, '2025-06-01');
  const quiet = dutyOn(pack, '2025-06-01', { quiet: true });
  for (const hts of ['6109.10.00', '8481.30.20', '8517.13.00', '7208.10.15']) {
    const line = { hts, country_of_origin: 'CN', entry_date: '2019-01-01', customs_value_usd: 1234.56 };
    const a = price(line);
    assert.deepEqual(a, duty(pack, line, { asOf: '2025-06-01' }));
    const q = quiet(line);
    assert.equal(q.total_duty_usd, a.total_duty_usd);
    assert.deepEqual(q.notes, []);
    assert.deepEqual(q.citations, []);
  }
  assert.ok(measuresInForce(pack, '2025-06-01').some((m) => m.heading === '9903.01.24'));
});
