import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isUnparsed, matchesDestination, parseDestinations, type ParseContext } from '../../src/ear/destinations.js';
import { earCountryIso2 } from '../../src/ear/country-names.js';
import { ENCRYPTION, RUSSIA_BELARUS, UN_ARMS_EMBARGO } from '../../src/ear/regulation-facts.js';
import { realPack } from './pack-fixture.js';

const ctx: ParseContext = { resolveCountry: earCountryIso2, unArmsEmbargo: UN_ARMS_EMBARGO, russiaBelarus: RUSSIA_BELARUS, encryption: ENCRYPTION };
const parse = (t: string) => parseDestinations(t, ctx);

test('prose: share parsed on the real CCL', async () => {
  const { proseStats } = await realPack();
  assert.equal(proseStats.rows, 1536);
  assert.ok(proseStats.prose >= 260 && proseStats.prose <= 280, `prose rows ${proseStats.prose}`);
  assert.ok(proseStats.parsed / proseStats.prose >= 0.95, `parsed ${proseStats.parsed}/${proseStats.prose}`);
});

test('prose: countries named in a list', () => {
  const p = parse('China, Russia, or Venezuela (see § 742.6(a)(7)).');
  assert.ok(!isUnparsed(p));
  assert.deepEqual(p.countries, ['CN', 'RU', 'VE']);
});

test('prose: groups with an exclusion, and a named country that survives it', () => {
  const p = parse('To or within the United Arab Emirates or destinations specified in Country Groups D:1, D:4, and D:5 of supplement no. 1 to part 740 of the EAR, excluding any destination also specified in Country Groups A:5 or A:6. See § 742.6(a)(6)(iii)(B) of the EAR.');
  assert.ok(!isUnparsed(p));
  assert.deepEqual(p.groups, ['D:1', 'D:4', 'D:5']);
  assert.deepEqual(p.exceptGroups, ['A:5', 'A:6']);
  assert.equal(matchesDestination(p, 'AE', new Set(['A:5', 'B'])), true);
  assert.equal(matchesDestination(p, 'CN', new Set(['D:1', 'D:5'])), true);
  assert.equal(matchesDestination(p, 'IL', new Set(['D:4', 'A:6'])), false);
  assert.equal(matchesDestination(p, 'FR', new Set(['A:1', 'A:5'])), false);
});

test('prose: worldwide, all destinations except Canada, Macau or D:5', () => {
  const w = parse('To or within any destination worldwide. See § 742.6(a)(6)(iii)(A) of the EAR.');
  assert.ok(!isUnparsed(w) && w.worldwide);
  const ca = parse('A license is required for ALL destinations, except Canada, regardless of end use. Accordingly, a column specific to this control does not appear on the Commerce Country Chart. (See part 742 of the EAR for additional information)');
  assert.ok(!isUnparsed(ca) && ca.worldwide);
  assert.deepEqual(!isUnparsed(ca) && ca.exceptCountries, ['CA']);
  const mo = parse('To or within Macau or a destination specified in Country Group D:5 of supplement no. 1 to part 740 of the EAR. See § 742.4(a)(4) of the EAR.');
  assert.ok(!isUnparsed(mo));
  assert.deepEqual([mo.countries, mo.groups], [['MO'], ['D:5']]);
});

test('prose: "a license is required ... to Iraq or Pakistan" and section references', () => {
  const p = parse('A license is required for items controlled by this entry for export or reexport to Iraq or Pakistan or transfer within Iraq or Pakistan for regional stability reasons. The Commerce Country Chart is not designed to determine RS license requirements for this entry. See §§ 742.6 and 746.3 of the EAR for additional information.');
  assert.ok(!isUnparsed(p));
  assert.deepEqual(p.countries, ['IQ', 'PK']);
  const un = parse('See § 746.1(b) for UN controls');
  assert.ok(!isUnparsed(un) && un.countries.includes('KP') && un.basis === '15 CFR 746.1(b)(2)');
});

test('prose: what cannot be read fully stays unparsed', () => {
  for (const t of [
    'CW applies to entire entry. A license is required for CW reasons to CWC non-States Parties (destinations not listed in Supplement No. 2 to part 745), except for Israel and Taiwan.',
    'See § 742.6(a)(11) of the EAR.',
    'N/A.',
    'To or within Atlantis or Country Group Z:9',
    'all destinations except Canada or worldwide',
    '',
  ]) {
    assert.ok(isUnparsed(parse(t)), t);
  }
});

test('prose (property): any string gives a predicate or unparsed, never a throw', () => {
  const fragments = fc.constantFrom('China', 'Russia', ' or ', ', ', 'Country Groups', 'D:1', 'A:5', 'excluding', 'except', 'worldwide', '(see § 742.6(a)(7))', '.', 'See', 'to or within', 'Canada', '((', '))', '§');
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fragments, { maxLength: 12 }).map((a) => a.join(''))), (s) => {
      const r = parse(s);
      return isUnparsed(r) ? r.unparsed === s : Array.isArray(r.countries) && Array.isArray(r.groups);
    }),
    { numRuns: 2000 },
  );
});
