import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBook } from '../../src/app/duty-book.js';
import { runScenario, type ScenarioLine } from '../../src/app/scenario.js';
import { scenarioTariffPack } from '../../src/scenarios/apply.js';
import { parseScenario } from '../../src/scenarios/parse.js';
import type { Scenario } from '../../src/scenarios/schema.js';
import type { DutyAnswer } from '../../src/tariffs/answer.js';
import { computeDuty } from '../../src/tariffs/duty.js';
import { TariffEngine, type DutyOptions } from '../../src/tariffs/engine.js';
import { parseEntryLine } from '../../src/tariffs/entry.js';
import { ExposureAccumulator } from '../../src/tariffs/exposure.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { repoRoot } from '../helpers/data.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

/**
 * `scenario run` over a book prices lines once per key and multiplies; here its lines and totals are
 * checked byte for byte against the plain way (the engine on every line, before and after), on the
 * shipped example book and on a generated one; and a book's CSV lines are numbered where they start.
 */

let pack: TariffPack;
let dir: string;
const example = (name: string): Scenario => parseScenario(readFileSync(join(repoRoot, 'examples', 'scenarios', name), 'utf8'));

before(async () => {
  pack = await sharedTariffPack();
  dir = mkdtempSync(join(tmpdir(), 'clearance-scenario-book-'));
});

/** The scenario run's lines and totals the plain way: every line through the engine on both packs. */
const engines = new Map<string, TariffEngine[]>();

async function plainRun(path: string, scenario: Scenario, options: DutyOptions): Promise<{ lines: ScenarioLine[]; totals: unknown }> {
  let pair = engines.get(scenario.name);
  if (!pair) {
    pair = [new TariffEngine(pack), new TariffEngine(scenarioTariffPack(pack, scenario))];
    engines.set(scenario.name, pair);
  }
  const acc = new ExposureAccumulator(['base', 'scenario']);
  const total = (a: DutyAnswer): number => Math.round(((a.base_duty_usd ?? 0) + a.additional.reduce((s, x) => s + x.duty_usd, 0)) * 100);
  const lines: ScenarioLine[] = [];
  for await (const row of readBook(path)) {
    const entry = parseEntryLine(row.raw);
    const [b, a] = pair.map((e) => computeDuty(e, entry, options)) as [DutyAnswer, DutyAnswer];
    acc.add([b, a], entry.valueCents / 100);
    const before = new Map(b.additional.map((x) => [x.heading, x.duty_usd]));
    const after = new Map(a.additional.map((x) => [x.heading, x.duty_usd]));
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((h) => before.get(h) !== after.get(h)).map((h) => `${h}: ${before.get(h) ?? 0} -> ${after.get(h) ?? 0}`);
    const id = (row.raw as { id?: string }).id;
    lines.push({
      line: row.line,
      ...(id === undefined ? {} : { id }),
      hts: b.hts,
      country_of_origin: b.country_of_origin,
      entry_date: b.entry_date,
      customs_value_usd: entry.valueCents / 100,
      before_usd: total(b) / 100,
      after_usd: total(a) / 100,
      change_usd: (total(a) - total(b)) / 100,
      status_before: b.status,
      status_after: a.status,
      changed_headings: changed,
    });
  }
  return { lines, totals: acc.report() };
}

async function assertSameAsPlain(path: string, scenario: Scenario, options: DutyOptions = {}): Promise<void> {
  const run = await runScenario(pack, { scenario, bookPath: path, options });
  const plain = await plainRun(path, scenario, options);
  assert.equal(JSON.stringify(run.lines), JSON.stringify(plain.lines));
  assert.equal(JSON.stringify(run.totals), JSON.stringify(plain.totals));
}

test('the shipped example book and generated lines (repeated keys, specific rates, metal content, zero and large values): lines and totals byte for byte', async () => {
  const codes = Object.keys(pack.lines).filter((c, i) => i % 97 === 0 && !c.startsWith('98') && !c.startsWith('99'));
  const metals = Object.values(pack.productSets).filter((s) => /232/.test(s.id)).flatMap((s) => s.entries.slice(0, 5).map((e) => (typeof e === 'string' ? e : e[0]))).filter((c) => c.length >= 8);
  const origins = ['CN', 'HK', 'VN', 'DE', 'MX', 'CA', 'JP', 'BR', 'IN'];
  // The example book's own dates, so that the engines' views of them serve both parts.
  const dates = ['2025-06-01', '2025-09-15', '2024-11-01'];
  const [, ...shipped] = readFileSync(join(repoRoot, 'examples', 'scenarios', 'book.csv'), 'utf8').trim().split('\n');
  let csv = `id,hts,country_of_origin,entry_date,customs_value_usd,quantity,metal_content_value_usd\n${shipped.map((l) => `${l},,\n`).join('')}`;
  for (let i = 0; i < 800; i++) {
    const hts = i % 5 === 0 ? metals[i % metals.length]! : codes[(i * 7) % codes.length]!;
    const cents = i % 50 === 0 ? 0 : i % 31 === 0 ? 4_000_000_000 + i : 100 + ((i * 7919) % 2_000_000);
    const quantity = i % 11 === 0 ? '40' : '';
    const metal = i % 13 === 0 ? (Math.floor(cents / 2) / 100).toFixed(2) : '';
    csv += `B${i},${hts},${origins[i % origins.length]},${dates[(i >> 2) % dates.length]},${(cents / 100).toFixed(2)},${quantity},${metal}\n`;
  }
  const path = join(dir, 'generated.csv');
  writeFileSync(path, csv);
  await assertSameAsPlain(path, example('china-reciprocal-april-2025-peak.yaml'), { lenient: true, missingMetalContent: 'full_value' });
});

test('CSV lines are numbered where their record starts: quoted line breaks, CRLF and blank lines; an error names that line', async () => {
  const path = join(dir, 'numbered.csv');
  writeFileSync(path, 'id,hts,country_of_origin,entry_date,customs_value_usd\r\n"two\r\nlines",8481.30.20,DE,2025-06-01,100\r\n\r\nC,8481.30.20,DE,2025-06-01,100\r\n"four\n\nlines",8481.30.20,DE,2025-06-01,100\r\nE,8481.30.20,DE,2025-06-01,-5\r\n');
  const rows: number[] = [];
  await assert.rejects(
    (async () => {
      for await (const row of readBook(path)) rows.push(row.line);
    })().then(() => runScenario(pack, { scenario: example('list-3-back-to-10.yaml'), bookPath: path })),
    (err: Error) => /^--book line 9: customs_value_usd/.test(err.message),
  );
  assert.deepEqual(rows, [2, 5, 6, 9]);
});
