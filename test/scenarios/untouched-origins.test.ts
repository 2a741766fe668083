import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scenarioTariffPack } from '../../src/scenarios/apply.js';
import { parseScenario } from '../../src/scenarios/parse.js';
import { UntouchedOrigins } from '../../src/scenarios/untouched-origins.js';
import { computeDuty } from '../../src/tariffs/duty.js';
import { TariffEngine } from '../../src/tariffs/engine.js';
import { parseEntryLine } from '../../src/tariffs/entry.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { repoRoot } from '../helpers/data.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

/**
 * The book's shortcut: where the scenario leaves an origin's measures on a date as they are, the
 * scenario engine's answer is the base engine's (so `scenario run` reuses it), and only there.
 */

let pack: TariffPack;
let codes: string[];

before(async () => {
  pack = await sharedTariffPack();
  codes = [...new Set(Object.values(pack.productSets).flatMap((s) => s.entries.slice(0, 50).map((e) => (typeof e === 'string' ? e : e[0]))))].filter((c) => c.length === 10).sort();
});

test('property: an origin untouched on a date gets the very same answer from the scenario pack; China in the window does not', () => {
  const example = parseScenario(readFileSync(join(repoRoot, 'examples', 'scenarios', 'china-reciprocal-april-2025-peak.yaml'), 'utf8'));
  const [base, after] = [new TariffEngine(pack), new TariffEngine(scenarioTariffPack(pack, example))];
  const untouched = new UntouchedOrigins(base, after);
  assert.equal(untouched.has('2025-06-01', 'CN'), false);
  assert.equal(untouched.has('2025-06-01', 'VN'), true);
  assert.equal(untouched.has('2025-04-01', 'CN'), true, 'before the window China keeps its measures');
  const options = { lenient: true, quiet: true, missingMetalContent: 'full_value' } as const;
  fc.assert(
    fc.property(
      fc.constantFrom(...codes),
      fc.constantFrom('CN', 'HK', 'VN', 'DE', 'MX', 'CA', 'JP', 'BR'),
      fc.constantFrom('2025-03-01', '2025-06-01', '2025-11-01', '2026-03-01'),
      fc.integer({ min: 1, max: 5_000_000 }),
      (hts, origin, date, value) => {
        const entry = parseEntryLine({ hts, country_of_origin: origin, entry_date: date, customs_value_usd: value });
        const [b, a] = [computeDuty(base, entry, options), computeDuty(after, entry, options)];
        if (untouched.has(date, origin)) assert.deepEqual({ ...a, versions: b.versions }, b);
      },
    ),
    { numRuns: 150 },
  );
});
