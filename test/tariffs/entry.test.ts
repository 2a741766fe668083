import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ClearanceError } from '../../src/model/errors.js';
import { parseEntryLine } from '../../src/tariffs/entry.js';

const LINE = { hts: '8481.30.20', country_of_origin: 'cn', entry_date: '2019-06-03', customs_value_usd: '10000.50' };

function fails(raw: Record<string, unknown>, field: string): void {
  assert.throws(() => parseEntryLine(raw), (e: unknown) => e instanceof ClearanceError && e.kind === 'invalid' && e.field === field && e.message.startsWith(`${field}:`));
}

test('an entry line in the issue shape is read, strings and numbers alike', () => {
  const l = parseEntryLine({ ...LINE, id: 'L1', quantity: '12.5', unit: 'kg', export_date: '2019-05-01', claimed_exclusion_heading: '99038805', special_program: 'a+', usmca_qualifying: 'yes', metal_content_value_usd: 100, mode_of_transport: 'Ocean', de_minimis_claim: false });
  assert.equal(l.hts, '84813020');
  assert.equal(l.country, 'CN');
  assert.equal(l.valueCents, 1_000_050);
  assert.deepEqual(l.quantities, [{ milli: 12_500, unit: 'kg', field: 'quantity' }]);
  assert.equal(l.claimedExclusion, '9903.88.05');
  assert.equal(l.specialProgram, 'A+');
  assert.equal(l.usmcaQualifying, true);
  assert.equal(l.metalContentCents, 10_000);
  assert.equal(l.mode, 'vessel');
  assert.equal(l.id, 'L1');
});

test('wrong input names the field and the value as given', () => {
  fails({ ...LINE, hts: '8481.30' }, 'hts');
  fails({ ...LINE, country_of_origin: 'China' }, 'country_of_origin');
  fails({ ...LINE, country_of_origin: 'XX' }, 'country_of_origin');
  fails({ ...LINE, entry_date: '2026-02-30' }, 'entry_date');
  fails({ ...LINE, customs_value_usd: -1 }, 'customs_value_usd');
  fails({ ...LINE, customs_value_usd: '12.345' }, 'customs_value_usd');
  fails({ ...LINE, customs_value_usd: undefined }, 'customs_value_usd');
  fails({ ...LINE, quantity: 'lots' }, 'quantity');
  fails({ ...LINE, unit: 'kg' }, 'quantity');
  fails({ ...LINE, quantity: 1, unit: 'furlongs' }, 'unit');
  fails({ ...LINE, export_date: '2019-07-01' }, 'export_date');
  fails({ ...LINE, claimed_exclusion_heading: '8481.30.20' }, 'claimed_exclusion_heading');
  fails({ ...LINE, special_program: 'USMCA!' }, 'special_program');
  fails({ ...LINE, usmca_qualifying: 'maybe' }, 'usmca_qualifying');
  fails({ ...LINE, metal_content_value_usd: 20000 }, 'metal_content_value_usd');
  fails({ ...LINE, mode_of_transport: 'camel' }, 'mode_of_transport');
  fails({ ...LINE, id: { a: 1 } }, 'id');
  assert.throws(() => parseEntryLine([]), (e: unknown) => e instanceof ClearanceError && e.field === 'line');
});

test('property: any object is either read or refused with a ClearanceError naming a field', () => {
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
  fc.assert(
    fc.property(
      fc.record({ hts: value, country_of_origin: value, entry_date: value, customs_value_usd: value, quantity: value, unit: value, export_date: value, mode_of_transport: value }, { requiredKeys: [] }),
      (raw) => {
        try {
          parseEntryLine(raw);
        } catch (e) {
          assert.ok(e instanceof ClearanceError, String(e));
          assert.ok(e.field);
        }
      },
    ),
    { numRuns: 500 },
  );
});
