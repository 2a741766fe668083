import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { determine } from '../../src/ear/determine.js';
import { parseTransaction, type Facts, type TxParty } from '../../src/ear/transaction.js';
import type { Decision, Outcome, PartyHit } from '../../src/ear/decision.js';
import type { RulesPack } from '../../src/ear/pack.js';
import { scopeMatch } from '../../src/ear/scope.js';
import { destinationInfo } from '../../src/ear/pack-index.js';
import { realPack } from './pack-fixture.js';

/**
 * Monotonicity over the whole rules pack built from the 2026-07-23 snapshot, every ECCN and every
 * Country Chart destination (issue 18). Saying less about an item never makes the answer less strict:
 * dropping the paragraph, dropping facts that exonerate (a carve-out that holds, a condition that does
 * not, an end-use category denied), and adding a listed party; an X in a chart cell whose row reaches
 * the item is never NLR. The order is the issue's: prohibited > license_required > indeterminate >
 * license_exception > nlr > not_subject_to_ear.
 */

const RANK: Record<Outcome, number> = { not_subject_to_ear: 0, nlr: 1, license_exception: 2, indeterminate: 3, license_required: 4, prohibited: 5 };
const AS_OF = '2026-08-01';

let pack: RulesPack;
let items: { eccn: string; paragraph?: string }[];
let destinations: string[];

before(async () => {
  pack = await realPack();
  destinations = Object.keys(pack.chart.rows).sort();
  items = [{ eccn: 'EAR99' }];
  for (const e of Object.values(pack.ccl)) {
    items.push({ eccn: e.eccn });
    const paragraphs = new Set<string>();
    for (const r of e.requirements) for (const x of [...r.scope.refs, ...r.scope.except]) paragraphs.add(x.paragraph);
    for (const p of paragraphs) items.push({ eccn: e.eccn, paragraph: p });
  }
});

const arbItem = () => fc.integer({ min: 0, max: 1_000_000 }).map((i) => items[i % items.length]!);
const arbDestination = () => fc.integer({ min: 0, max: 10_000 }).map((i) => destinations[i % destinations.length]!);

function decide(eccn: string, destination: string, extra: Record<string, unknown> = {}, screen?: (p: TxParty) => PartyHit[]): Decision {
  const tx = parseTransaction({ export_type: 'export', origin_country: 'US', destination, items: [{ eccn, quantity: 1, value_usd: 100 }], parties: [], ...extra });
  return determine(tx, { pack, asOf: AS_OF, ...(screen ? { screenParty: screen } : {}) });
}

const full = (it: { eccn: string; paragraph?: string }) => (it.paragraph ? `${it.eccn}.${it.paragraph}` : it.eccn);

test('property: dropping the paragraph never makes the outcome less strict', () => {
  fc.assert(
    fc.property(arbItem(), arbDestination(), (it, dest) => {
      if (!it.paragraph) return true;
      const withParagraph = decide(full(it), dest).outcome;
      const without = decide(it.eccn, dest).outcome;
      return RANK[without] >= RANK[withParagraph];
    }),
    { numRuns: 400 },
  );
});

/** Answers that exonerate: a carve-out holds, a condition that would add a requirement does not. */
function exonerating(d: Decision): Facts {
  const facts: Facts = {};
  for (const q of d.questions ?? []) {
    if (q.id.endsWith(':paragraph') || q.id === '746.8:hts') continue;
    facts[q.id] = /:except:/.test(q.id) || q.id === '742.6(a)(3):military_deployment' || q.id === '746.8(a)(4):oil_gas';
  }
  return facts;
}

test('property: dropping exonerating facts never makes the outcome less strict', () => {
  fc.assert(
    fc.property(arbItem(), arbDestination(), (it, dest) => {
      const without = decide(full(it), dest);
      const facts = exonerating(without);
      if (Object.keys(facts).length === 0) return true;
      const withFacts = decide(full(it), dest, { facts });
      return RANK[without.outcome] >= RANK[withFacts.outcome];
    }),
    { numRuns: 300 },
  );
});

test('property: an end use named in words is never less strict than the same end use denied', () => {
  const words = ['for a military aircraft program', 'nuclear reactor maintenance', 'missile test range', 'supercomputer center', 'chemical weapons destruction', 'advanced-node wafer fab'];
  fc.assert(
    fc.property(arbItem(), arbDestination(), fc.constantFrom(...words), (it, dest, endUse) => {
      const named = decide(full(it), dest, { end_use: endUse }).outcome;
      const denied = decide(full(it), dest, { end_use: endUse, end_use_categories_denied: ['military', 'military_intelligence', 'nuclear', 'missile', 'chemical_biological', 'supercomputer', 'advanced_node_ic'] }).outcome;
      return RANK[named] >= RANK[denied];
    }),
    { numRuns: 300 },
  );
});

test('property: adding a listed party never makes the outcome less strict', () => {
  const listed: PartyHit = { list: 'EL', entityId: 'prop-1', name: 'Listed Party Ltd', score: 1, legal: { licenseRequirement: 'For all items subject to the EAR', federalRegister: ['85 FR 12345'] } };
  const screen = (p: TxParty): PartyHit[] => (p.name === 'Listed Party Ltd' ? [listed] : []);
  fc.assert(
    fc.property(arbItem(), arbDestination(), (it, dest) => {
      const alone = decide(full(it), dest).outcome;
      const withParty = decide(full(it), dest, { parties: [{ role: 'end_user', name: 'Listed Party Ltd', country: dest }] }, screen).outcome;
      return RANK[withParty] >= RANK[alone] && RANK[withParty] >= RANK.license_required;
    }),
    { numRuns: 300 },
  );
});

test('property: an X in a chart cell whose row reaches the item is never NLR', () => {
  fc.assert(
    fc.property(arbItem(), arbDestination(), (it, dest) => {
      const entry = pack.ccl[it.eccn];
      if (!entry) return true;
      const info = destinationInfo(pack, dest, AS_OF);
      const reached = entry.requirements.some((r) => r.column && info.marks.has(r.column) && scopeMatch(r.scope, it.paragraph, info.name).kind === 'applies');
      if (!reached) return true;
      const outcome = decide(full(it), dest).outcome;
      return outcome !== 'nlr' && outcome !== 'not_subject_to_ear';
    }),
    { numRuns: 600 },
  );
});

test('the chart property holds on every ECCN and destination for the entry as a whole', () => {
  let checked = 0;
  for (const dest of destinations) {
    const info = destinationInfo(pack, dest, AS_OF);
    for (const entry of Object.values(pack.ccl)) {
      if (!entry.requirements.some((r) => r.column && info.marks.has(r.column) && r.scope.kind === 'entire' && r.scope.except.length === 0 && !r.scope.condition && r.scope.exceptDescribed.length === 0)) continue;
      const outcome = decide(entry.eccn, dest).outcome;
      assert.ok(outcome !== 'nlr' && outcome !== 'not_subject_to_ear', `${entry.eccn} to ${dest}: ${outcome}`);
      checked++;
    }
  }
  assert.ok(checked > 10_000, `checked ${checked}`);
});
