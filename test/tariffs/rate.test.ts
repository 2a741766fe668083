import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseRate } from '../../src/tariffs/rate.js';
import { parseSpecial } from '../../src/tariffs/schedule.js';

test('rates as the schedule writes them parse into ad valorem and specific parts', () => {
  assert.deepEqual(parseRate('6.8%')?.parts, [{ kind: 'ad_valorem', ppm: 68_000 }]);
  assert.deepEqual(parseRate('Free')?.parts, []);
  assert.deepEqual(parseRate('4.4 cents/kg')?.parts, [{ kind: 'specific', microcents: 4_400_000, unit: 'kg' }]);
  assert.deepEqual(parseRate('46.3¢/kg + 14.9%')?.parts, [
    { kind: 'specific', microcents: 46_300_000, unit: 'kg' },
    { kind: 'ad_valorem', ppm: 149_000 },
  ]);
  assert.deepEqual(parseRate('$1.646/kg')?.parts, [{ kind: 'specific', microcents: 164_600_000, unit: 'kg' }]);
  assert.deepEqual(parseRate('76¢/pr. + 32%')?.parts, [{ kind: 'specific', microcents: 76_000_000, unit: 'pair' }, { kind: 'ad_valorem', ppm: 320_000 }]);
  assert.deepEqual(parseRate('1¢ each + 2.8%')?.parts, [{ kind: 'specific', microcents: 1_000_000, unit: 'each' }, { kind: 'ad_valorem', ppm: 28_000 }]);
  assert.deepEqual(parseRate('3.7¢/kg on drained weight')?.parts, [{ kind: 'specific', microcents: 3_700_000, unit: 'kg', basis: 'on drained weight' }]);
  assert.deepEqual(parseRate('18.7¢/clean kg')?.parts, [{ kind: 'specific', microcents: 18_700_000, unit: 'kg', basis: 'clean kg' }]);
  assert.deepEqual(parseRate('89.6¢/1000')?.parts, [{ kind: 'specific', microcents: 89_600_000, unit: 'thousand' }]);
  assert.deepEqual(parseRate('4.4¢/liter + 31.4¢/pf. liter')?.parts, [
    { kind: 'specific', microcents: 4_400_000, unit: 'liter' },
    { kind: 'specific', microcents: 31_400_000, unit: 'pf_liter' },
  ]);
  assert.equal(parseRate(''), undefined);
  assert.equal(parseRate(null), undefined);
});

test('rates that need more than the value and quantity are unsupported, with the reason', () => {
  for (const text of [
    '44¢ each + 6% on the case + 14% on the strap, band or bracelet + 5.3% on the battery',
    'The rate applicable to each garment in the ensemble if separately entered',
    '3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees (and fractions of a degree in proportion) but not less than 3.143854¢/kg',
    '43¢ each + 2.8¢/jewel over 7 + 3.7% on the case',
  ]) {
    const f = parseRate(text);
    assert.ok(f?.unsupported, text);
    assert.deepEqual(f?.parts, []);
  }
});

test('column 1 special text maps each program to its rate', () => {
  const m = parseSpecial('Free (AU,BH,CA,CL,CO,IL,JO,MA,MX,OM,P,PA,PE,SG) 6.6% (KR)');
  assert.deepEqual(m.get('KR')?.parts, [{ kind: 'ad_valorem', ppm: 66_000 }]);
  assert.deepEqual(m.get('AU')?.parts, []);
  assert.equal(m.get('S'), undefined);
  assert.deepEqual(parseSpecial('Free(A,AU,B)').get('B')?.parts, []);
});

test('property: an ad valorem rate round-trips to parts per million', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 3_000_000 }), (ppm) => {
      const pct = ppm / 10_000;
      assert.deepEqual(parseRate(`${pct}%`)?.parts, [{ kind: 'ad_valorem', ppm }]);
    }),
  );
});

test('property: any text parses without throwing, and a formula either has parts, is free, or says why not', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (text) => {
      const f = parseRate(text);
      if (f === undefined) return;
      assert.ok(f.unsupported !== undefined || f.parts.length > 0 || /^free/i.test(f.text));
    }),
  );
});

test('a line with no quantity: the lenient note says what the strict error says, for every formula with a specific part', async () => {
  const { applyFormula, missingQuantity } = await import('../../src/tariffs/rate-apply.js');
  const line = { hts: '0201100000', country: 'AR', entryDate: '2019-06-03', valueCents: 1_000_000, quantities: [], usmcaQualifying: false, deMinimisClaim: false };
  for (const text of ['4.4 cents/kg', '6.8% + 46.3¢/kg', '76¢/pr. + 32%', '6.8%', 'Free']) {
    const formula = parseRate(text)!;
    let thrown: string | undefined;
    try {
      applyFormula(formula, line);
    } catch (err) {
      thrown = (err as Error).message;
    }
    assert.equal(missingQuantity(formula, line), thrown, text);
  }
  assert.equal(missingQuantity(parseRate('4.4 cents/kg')!, { ...line, quantities: [{ milli: 1000, unit: 'kg', field: 'quantity' }] }), undefined);
});
