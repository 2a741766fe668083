import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nationalOf } from '../../src/app/scenario-national.js';
import { loadImportData } from '../../src/ingest/trade/load.js';
import type { ImportData } from '../../src/model/trade.js';
import { parseScenario } from '../../src/scenarios/parse.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { dataPath, repoRoot } from '../helpers/data.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

/**
 * A scenario on the national picture: the 2024 import weights (every 10th line, to keep the test
 * short) priced with the base pack and the scenario pack at one date.
 */

let pack: TariffPack;
let sample: ImportData;
before(async () => {
  pack = await sharedTariffPack();
  const data = (await loadImportData(dataPath('trade', 'imports-2024'))).data;
  sample = { ...data, weights: { ...data.weights, lines: data.weights.lines.filter((_, i) => i % 10 === 0) } };
});

const example = (name: string) => parseScenario(readFileSync(join(repoRoot, 'examples', 'scenarios', name), 'utf8'));

test('a scenario with no tariff change leaves the rate, the revenue and every row as they are', () => {
  const n = nationalOf(pack, example('fictitious-entity-list-addition.yaml'), sample, ['2025-06-01']);
  const [d] = n.dates;
  assert.equal(n.packs.base, n.packs.scenario);
  assert.equal(d!.rate_pct[0], d!.rate_pct[1]);
  assert.equal(d!.change_usd, 0);
  assert.ok([...d!.by_program, ...d!.by_country].every((r) => r.change_usd === 0));
});

test('List 3 at 10% lowers the Section 301 revenue from China only; other countries and programs keep theirs', () => {
  const [d] = nationalOf(pack, example('list-3-back-to-10.yaml'), sample, ['2025-06-01']).dates;
  assert.ok(d!.rate_pct[1] < d!.rate_pct[0]);
  const s301 = d!.by_program.find((r) => r.key === 'section_301')!;
  assert.ok(s301.change_usd < 0);
  assert.equal(d!.by_country[0]!.key, 'CN', 'the largest change is China\'s');
  for (const r of d!.by_country.filter((c) => c.key !== 'CN')) assert.equal(r.change_usd, 0, r.key);
  for (const r of d!.by_program.filter((p) => p.key !== 'section_301')) assert.equal(r.change_usd, 0, r.key);
  assert.equal(s301.change_usd, d!.change_usd, 'the base duty estimated from 2024 duty stays the base pack\'s');
});
