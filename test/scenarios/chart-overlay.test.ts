import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { determine } from '../../src/ear/determine.js';
import type { Column, RulesPack } from '../../src/ear/pack.js';
import { COLUMNS } from '../../src/ear/pack.js';
import { parseTransaction } from '../../src/ear/transaction.js';
import { isClearanceError } from '../../src/model/errors.js';
import { scenarioRulesPack } from '../../src/scenarios/apply.js';
import { citeScenarioCells } from '../../src/scenarios/chart-citations.js';
import type { Scenario } from '../../src/scenarios/schema.js';
import { realPack } from '../ear/pack-fixture.js';

/**
 * Country Chart cells laid over the real rules pack: a cell set to the mark it has changes no decision;
 * a cell set otherwise changes the decisions it governs and only on the scenario pack, which has its own
 * version; the stored pack is never touched; wrong cells are refused naming the field.
 */

let pack: RulesPack;
let rows: string[];
let eccns: string[];

before(async () => {
  pack = await realPack();
  rows = Object.keys(pack.chart.rows).filter((c) => !pack.chart.rows[c]!.embargo).sort();
  eccns = Object.keys(pack.ccl).sort().filter((_, i) => i % 7 === 0);
});

const scenario = (chart: Scenario['chart']): Scenario => ({ name: 'test', description: 'cells', chart });

const tx = (destination: string, eccn: string) => parseTransaction({ as_of: '2026-08-01', export_type: 'export', origin_country: 'US', destination, items: [{ eccn, quantity: 1, value_usd: 1000 }] });

test('property: cells set to the marks they have change no decision and no version', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ country: fc.constantFrom(...rows), column: fc.constantFrom(...COLUMNS) }), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(...rows),
      fc.constantFrom(...eccns),
      (cells, destination, eccn) => {
        const chart = cells.map((c) => ({ ...c, mark: pack.chart.rows[c.country]!.marks.includes(c.column) }));
        const { pack: after, changes } = scenarioRulesPack(pack, scenario(chart));
        assert.deepEqual(changes, []);
        assert.equal(after.version, pack.version);
        const t = tx(destination, eccn);
        assert.deepEqual(determine(t, { pack: after }), determine(t, { pack }));
      },
    ),
    { numRuns: 60 },
  );
});

test('a CC1 cell taken off Brazil lifts the license for a polygraph (3A981); one put on Germany makes STA the way; the base is untouched', () => {
  const { pack: after, changes } = scenarioRulesPack(pack, scenario([{ country: 'BR', column: 'CC1', mark: false }, { country: 'DE', column: 'CC 1', mark: true }]));
  assert.deepEqual(changes, [
    { country: 'BR', column: 'CC1', before: true, after: false },
    { country: 'DE', column: 'CC1', before: false, after: true },
  ]);
  assert.notEqual(after.version, pack.version);
  assert.match(after.version, /\+scenario:[0-9a-f]{12}$/);
  assert.ok(pack.chart.rows.BR!.marks.includes('CC1'), 'the stored pack keeps its X');
  assert.ok(!pack.chart.rows.DE!.marks.includes('CC1'));
  assert.equal(determine(tx('BR', '3A981'), { pack }).outcome, 'license_required');
  assert.equal(determine(tx('BR', '3A981'), { pack: after }).outcome, 'nlr');
  assert.equal(determine(tx('DE', '3A981'), { pack }).outcome, 'nlr');
  const de = citeScenarioCells(determine(tx('DE', '3A981'), { pack: after }), changes, 'test');
  assert.equal(de.outcome, 'license_exception');
  const cell = de.items[0]!.citations.find((c) => c.ref === 'DE x CC 1')!;
  assert.match(cell.note!, /marked X by scenario "test" \(not law; the chart in force has it blank\)/);
  assert.equal(determine(tx('FR', '3A981'), { pack: after }).outcome, determine(tx('FR', '3A981'), { pack }).outcome);
});

test('cells the chart cannot hold are refused naming the field', () => {
  const refused = (chart: Scenario['chart'], field: RegExp) =>
    assert.throws(() => scenarioRulesPack(pack, scenario(chart)), (e: unknown) => isClearanceError(e) && field.test(e.field ?? '') && e.kind === 'invalid');
  refused([{ country: 'DE', column: 'CC1', mark: true }, { country: 'XQ', column: 'CC1', mark: true }], /^chart\[1\]\.country$/);
  refused([{ country: 'DE', column: 'ZZ9', mark: true }], /^chart\[0\]\.column$/);
  const embargoed = Object.keys(pack.chart.rows).find((c) => pack.chart.rows[c]!.embargo)!;
  refused([{ country: embargoed, column: 'NS1' as Column, mark: true }], /^chart\[0\]\.country$/);
});
