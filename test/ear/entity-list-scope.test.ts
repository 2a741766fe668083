import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { carveOutReach, entityListCoverage, itemKind, type CarveOut } from '../../src/ear/entity-list-scope.js';
import { dataPath } from '../helpers/data.js';

/**
 * Entity List license requirements read as scope over the item (issue 18): a carve-out ("except for
 * EAR99-designated technology ...", "except for crude oil ... under the following HS codes: ...") lifts
 * the requirement only from the items it reaches; an item it cannot reach by kind, classification or
 * tariff code keeps it, and one it may reach keeps it until the transaction says the item is within it.
 */

const DJI = 'For All Items Subject to the EAR (See §744.11 of the EAR), except for EAR99-designated technology for the operation, maintenance, or repair of unmanned aerial vehicles (UAV) released to this entity by the operator of the UAV.';
const CNOOC =
  'All items subject to the EAR except for: crude oil, condensates, natural gas, and compressed natural gas under the following Harmonized System (HS) codes: 271111, 2709, 2710, 271019; or items required for the continued operation of joint ventures with persons from countries in Country Group A:1 in supplement no. 1 to part 740 of the EAR not operating in any body of water';

function carveOutsOf(requirement: string): CarveOut[] {
  const c = entityListCoverage(requirement);
  assert.equal(c.kind, 'all', requirement);
  return c.kind === 'all' ? c.carveOuts : [];
}

test('Entity List scope: the common forms', () => {
  assert.deepEqual(entityListCoverage('For all items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR) This license requirement may be overcome by License Exception GOV under § 740.11(b)(2) and (e).'), { kind: 'all', carveOuts: [] });
  assert.deepEqual(entityListCoverage('For all items subject to the EAR, with case-by-case basis for items listed on the CCL'), { kind: 'all', carveOuts: [] });
  assert.deepEqual(entityListCoverage(undefined), { kind: 'all', carveOuts: [] });
  assert.equal(entityListCoverage('For items on the CCL and EAR99 items listed in supplement no. 7 to part 746 of the EAR.').kind, 'ccl_and_supp7');
  assert.equal(entityListCoverage('For items on the CCL and listed in supplement no. 7 to part 746 of the EAR').kind, 'ccl_and_supp7');
  assert.equal(entityListCoverage('For all items subject to the EAR when used in projects specified in § 746.8(a)(4) of the EAR').kind, 'conditional');
});

test('Entity List scope: carve-outs are read after the citation, alternative by alternative', () => {
  const [c] = carveOutsOf(DJI);
  assert.deepEqual(c && { kinds: c.kinds, ear99Only: c.ear99Only, hts: c.hts }, { kinds: ['technology'], ear99Only: true, hts: [] });
  const cnooc = carveOutsOf(CNOOC);
  assert.equal(cnooc.length, 2);
  assert.deepEqual(cnooc[0]?.hts, ['271111', '2709', '2710', '271019']);
  const gl = carveOutsOf('All items subject to the EAR, apart from items that are related to transactions that are authorized by the Department of the Treasury’s Office of Foreign Assets Control pursuant to General License No. 1B of March 2, 2021. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR)');
  assert.equal(gl.length, 1);
});

test('Entity List scope: what a carve-out can reach', () => {
  const [dji] = carveOutsOf(DJI);
  assert.equal(carveOutReach(dji!, { base: '3A001' }).reach, 'no');
  assert.equal(carveOutReach(dji!, { base: '9E991' }).reach, 'no');
  assert.equal(carveOutReach(dji!, { base: 'EAR99' }).reach, 'maybe');
  const [petroleum, jointVentures] = carveOutsOf(CNOOC);
  assert.equal(carveOutReach(petroleum!, { base: 'EAR99', hts: '2710191600' }).reach, 'yes');
  assert.equal(carveOutReach(petroleum!, { base: 'EAR99', hts: '848180' }).reach, 'no');
  assert.equal(carveOutReach(petroleum!, { base: 'EAR99' }).reach, 'maybe');
  assert.equal(carveOutReach(jointVentures!, { base: 'EAR99', hts: '848180' }).reach, 'maybe');
});

test('Entity List scope: property — a carve-out never reaches an item outside the kind it names', () => {
  const eccn = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom('A', 'B', 'C', 'D', 'E'), fc.integer({ min: 0, max: 999 })).map(([c, g, n]) => `${c}${g}${String(n).padStart(3, '0')}`);
  const kind = fc.constantFrom('technology', 'software', 'commodities');
  fc.assert(
    fc.property(eccn, kind, fc.boolean(), (base, k, ear99) => {
      const [carve] = carveOutsOf(`For all items subject to the EAR, except for ${ear99 ? 'EAR99-designated ' : ''}${k} for the repair of aircraft.`);
      const r = carveOutReach(carve!, { base });
      const sameKind = itemKind(base) === (k === 'commodities' ? 'commodity' : k);
      assert.equal(r.reach, !ear99 && sameKind ? 'maybe' : 'no');
    }),
  );
});

test('Entity List scope: every license requirement in the CSL of 2026-07-31 is read (none unknown)', () => {
  const rows = parse(readFileSync(dataPath('lists', 'csl', '2026-07-31', 'consolidated.csv')), { columns: true, bom: true }) as Record<string, string>[];
  const unknown = new Set<string>();
  for (const r of rows) if (r.source?.startsWith('Entity List') && entityListCoverage(r.license_requirement || undefined).kind === 'unknown') unknown.add(r.license_requirement ?? '');
  assert.deepEqual([...unknown], []);
});
