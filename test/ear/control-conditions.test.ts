import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { controlConditionHolds } from '../../src/ear/control-conditions.js';
import { scopeMatch } from '../../src/ear/scope.js';
import type { CclEntry, RulesPack } from '../../src/ear/pack.js';
import { realPack } from './pack-fixture.js';

/**
 * A row condition naming other entries' controls is settled by the CCL only when the item's own paragraph
 * names nothing but entries the condition lists, each controlled for that reason where it is named.
 */

let pack: RulesPack;
const EI = ', for commodities or software controlled for EI reasons in ECCN 5A002, 5A004 or 5D002';

before(async () => {
  pack = await realPack();
});

function eiCondition(eccn: string, paragraph: string): string | undefined {
  const row = pack.ccl[eccn]?.requirements.find((r) => r.reason === 'EI');
  const m = row && scopeMatch(row.scope, paragraph);
  return m?.kind === 'conditional' ? m.condition : undefined;
}

test('5D002 paragraphs that name only EI-controlled entries settle the EI row; 5E002.a (also 5A003, 5B002) does not', () => {
  const d = pack.ccl['5D002']!;
  for (const p of ['a.1', 'b', 'c.1', 'c.3.a']) assert.equal(controlConditionHolds(pack, d, p, eiCondition('5D002', p) ?? ''), true, p);
  const e = pack.ccl['5E002']!;
  assert.equal(controlConditionHolds(pack, e, 'a', eiCondition('5E002', 'a') ?? ''), false);
  assert.equal(controlConditionHolds(pack, d, undefined, EI), false, 'no paragraph, nothing settled');
  assert.equal(controlConditionHolds(pack, d, 'a.2', EI), false, 'a.2 names 5A003, outside the list');
});

test('a condition of another shape, or naming entries the paragraph does not, is never settled', () => {
  const d = pack.ccl['5D002']!;
  assert.equal(controlConditionHolds(pack, d, 'c.1', 'if required for items controlled for EI reasons in 5A002'), false);
  assert.equal(controlConditionHolds(pack, d, 'c.1', ', for commodities controlled for EI reasons in ECCN 5A004'), false);
  assert.equal(controlConditionHolds(pack, d, 'c.1', ', for commodities controlled for MT reasons in ECCN 5A002'), false);
});

test('property: arbitrary text, or a listed entry the pack lacks, settles nothing', () => {
  const entry: CclEntry = pack.ccl['5D002']!;
  fc.assert(
    fc.property(fc.string(), fc.constantFrom('a.1', 'c.1', 'b', 'z.1'), (text, p) => {
      assert.equal(controlConditionHolds(pack, entry, p, text), false);
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.constantFrom('9Z999', '0A000'), (missing) => {
      assert.equal(controlConditionHolds(pack, entry, 'c.1', `, for software controlled for EI reasons in ECCN ${missing}`), false);
    }),
  );
});
