import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseGbs, parseLvs } from '../../src/ear/exception-flags.js';
import { destinationsAllow, splitDestinations } from '../../src/ear/exception-destinations.js';
import type { Column } from '../../src/ear/pack.js';

/**
 * LVS and GBS fields read with their conditions (issue 18): a value limited to some destinations is no
 * value elsewhere, a paragraph eligible only "provided that" it is not also another is not that other,
 * and a paragraph the field describes in words is eligible only for the items so described.
 */

const dest = (rowCode: string, groups: string[], marks: Column[] = []) => ({ rowCode, groups: new Set(groups), marks: new Set(marks) });

test('LVS: destination conditions stay with the values they limit', () => {
  const lvs = parseLvs('$500 for 0A509.a, $500 for 0A509.b, .c, and .d if the ultimate destination is Canada', '0A509');
  assert.deepEqual(lvs?.limits, [
    { usd: 500, paragraphs: ['a'] },
    { usd: 500, paragraphs: ['b', 'c', 'd'], destinations: { text: 'if the ultimate destination is Canada', countries: ['CA'] } },
  ]);
  const rs2 = parseLvs('$3000 for 1B018.a for countries WITHOUT an “X” in RS Column 2 on the Country Chart contained in Supplement No. 1 to part 738 of the EAR;', '1B018');
  assert.equal(rs2?.limits[0]?.destinations?.withoutMark, 'RS2');
  const d3 = parseLvs('$2,000 for all Country Group B destinations, except those also listed under Country Group D:3 (see Supplement No. 1 to part 740 of the EAR).', '2B350');
  assert.deepEqual(d3 && { qualified: d3.qualified, d: d3.limits[0]?.destinations }, { qualified: false, d: { text: 'for all Country Group B destinations, except those also listed under Country Group D:3', groups: ['B'], exceptGroups: ['D:3'] } });
  assert.equal(destinationsAllow(d3!.limits[0]!.destinations!, dest('PK', ['B', 'D:3'])), false);
  assert.equal(destinationsAllow(d3!.limits[0]!.destinations!, dest('BR', ['B'])), true);
  assert.equal(destinationsAllow(rs2!.limits[0]!.destinations!, dest('BR', ['B'], ['RS2'])), false);
});

test('LVS: a higher value for a subset the input cannot show leaves the paragraph its lower value', () => {
  const lvs = parseLvs('$500 for items in 0A505.x, except $3,000 for items in 0A505.x that, immediately prior to March 9, 2020, were classified under 0A018.b.', '0A505');
  assert.deepEqual(lvs?.limits, [{ usd: 500, paragraphs: ['x'] }]);
  assert.deepEqual(lvs?.notFor, []);
});

test('GBS: "provided that they are not also controlled by" and items described in words', () => {
  const c = parseGbs('Yes for 3C002.a provided that they are not also controlled by 3C002.b through .e.', '3C002');
  assert.deepEqual({ only: c.only, except: c.except }, { only: ['a'], except: ['b', 'c', 'd', 'e'] });
  const m = parseGbs('Yes for manipulators for civil end uses ( e.g., underwater oil, gas or mining operations) controlled by 8A002.i.2 and having 5 degrees of freedom of movement; and 8A002.r.', '8A002');
  assert.deepEqual(m.only, ['r']);
  const h = parseGbs('Yes, for 3A002.h (unless controlled for MT)', '3A002');
  assert.deepEqual({ only: h.only, reasons: h.notForReasons }, { only: ['h'], reasons: ['MT'] });
  assert.deepEqual(parseGbs('Yes for 1A004.a, .b, and .c.2.', '1A004').only, ['a', 'b', 'c.2']);
});

test('LVS: property — a value for a named country holds there and nowhere else', () => {
  const countries: [string, string][] = [['Canada', 'CA'], ['Mexico', 'MX'], ['Japan', 'JP'], ['Australia', 'AU']];
  const paragraph = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 20 }).map((n) => n * 500), fc.uniqueArray(paragraph, { minLength: 1, maxLength: 3 }), fc.constantFrom(...countries), fc.constantFrom(...countries), (usd, ps, [name, iso2], [, other]) => {
      const text = `$${usd.toLocaleString('en-US')} for 9E999.${ps.join(', .')} if the ultimate destination is ${name}`;
      const lvs = parseLvs(text, '9E999');
      const limit = lvs?.limits[0];
      assert.deepEqual(limit && { usd: limit.usd, paragraphs: limit.paragraphs }, { usd, paragraphs: ps });
      assert.equal(destinationsAllow(limit!.destinations!, dest(iso2, ['B'])), true);
      assert.equal(destinationsAllow(limit!.destinations!, dest(other, ['B'])), other === iso2);
    }),
  );
});

test('LVS/GBS readers and the destination splitter never throw on any text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (t) => {
      parseLvs(t, '1A001');
      parseGbs(t, '1A001');
      splitDestinations(t);
    }),
  );
});
