import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Value } from '@sinclair/typebox/value';
import { INPUT_LIMITS, parseTransaction } from '../../src/ear/transaction.js';
import { TransactionSchema } from '../../src/ear/transaction-schema.js';
import { isClearanceError } from '../../src/model/errors.js';

/** The transaction reader: one validator, the field and the value in every refusal, and the TypeBox schema beside it. */

const base = { export_type: 'export', origin_country: 'US', destination: 'CN', items: [{ eccn: '3A001.b.1', quantity: 1, value_usd: 100 }], parties: [] };

function refusal(json: unknown): { field?: string; message: string; kind: string } {
  try {
    parseTransaction(json);
  } catch (err) {
    assert.ok(isClearanceError(err), `not a ClearanceError: ${String(err)}`);
    return { field: err.field, message: err.message, kind: err.kind };
  }
  throw new Error('accepted');
}

test('impossible dates are refused naming as_of, with the value as given', () => {
  for (const as_of of ['2026-02-30', '2025-02-29', '2026-13-01', '26-01-01', '2026-1-1']) {
    const r = refusal({ ...base, as_of });
    assert.equal(r.field, 'as_of');
    assert.equal(r.kind, 'invalid');
    assert.ok(r.message.includes(as_of), r.message);
  }
  assert.equal(parseTransaction({ ...base, as_of: '2024-02-29' }).as_of, '2024-02-29');
});

test('over-long strings are refused naming the field', () => {
  const long = 'x'.repeat(INPUT_LIMITS.shortText + 1);
  assert.equal(refusal({ ...base, parties: [{ role: 'end_user', name: long, country: 'CN' }] }).field, 'parties[0].name');
  assert.equal(refusal({ ...base, parties: [{ role: 'end_user', name: 'Acme', country: 'CN', address: long }] }).field, 'parties[0].address');
  assert.equal(refusal({ ...base, items: [{ ...base.items[0], description: 'd'.repeat(INPUT_LIMITS.longText + 1) }] }).field, 'items[0].description');
  assert.equal(refusal({ ...base, end_use: 'e'.repeat(INPUT_LIMITS.longText + 1) }).field, 'end_use');
  assert.equal(refusal({ ...base, items: Array.from({ length: INPUT_LIMITS.items + 1 }, () => base.items[0]) }).field, 'items');
});

test('end use: free text is kept; a bare category name declares it; declared and denied cannot overlap', () => {
  const free = parseTransaction({ ...base, end_use: 'for the flight test range of a defence ministry' });
  assert.equal(free.end_use, 'for the flight test range of a defence ministry');
  assert.equal(free.end_use_categories, undefined);
  assert.deepEqual(parseTransaction({ ...base, end_use: 'nuclear' }).end_use_categories, ['nuclear'], 'the former enumerated field still works');
  assert.deepEqual(parseTransaction({ ...base, end_use_categories: ['Military'], end_use_categories_denied: ['nuclear'] }).end_use_categories, ['military']);
  assert.equal(refusal({ ...base, end_use_categories: ['military'], end_use_categories_denied: ['military'] }).field, 'end_use_categories_denied');
  assert.equal(refusal({ ...base, end_use_categories: ['space'] }).field, 'end_use_categories[0]');
});

test('facts, HTS codes and FDP bases are validated by field', () => {
  assert.deepEqual(parseTransaction({ ...base, facts: { '734.9(b)': false } }).facts, { '734.9(b)': false });
  assert.equal(refusal({ ...base, facts: { '734.9(b)': 'no' } }).field, 'facts.734.9(b)');
  assert.equal(parseTransaction({ ...base, items: [{ ...base.items[0], hts: '8471.30' }] }).items[0]?.hts, '847130');
  assert.equal(refusal({ ...base, items: [{ ...base.items[0], hts: '84' }] }).field, 'items[0].hts');
  assert.deepEqual(parseTransaction({ ...base, items: [{ ...base.items[0], fdp_basis: [] }] }).items[0]?.fdp_basis, [], 'an empty basis declares none');
  assert.equal(refusal({ ...base, items: [{ ...base.items[0], fdp_plant_basis: ['3E1'] }] }).field, 'items[0].fdp_plant_basis[0]');
  assert.equal(refusal({ ...base, items: [{ ...base.items[0], food_or_medicine: 'yes' }] }).field, 'items[0].food_or_medicine');
});

test('property: any JSON is either a transaction or a ClearanceError of kind invalid naming a field', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (json) => {
      try {
        parseTransaction(json);
      } catch (err) {
        return isClearanceError(err) && err.kind === 'invalid' && typeof err.field === 'string' && err.message.startsWith(err.field);
      }
      return true;
    }),
    { numRuns: 500 },
  );
});

const arbTransaction = fc.record({
  export_type: fc.constantFrom('export', 'reexport', 'transfer'),
  origin_country: fc.constantFrom('US', 'DE', 'TW'),
  destination: fc.constantFrom('CN', 'DE', 'UA-43', 'AE'),
  items: fc.array(fc.record({ eccn: fc.constantFrom('EAR99', '3A001.b.1', '5a002', '9A610.x'), quantity: fc.nat(1000), value_usd: fc.nat(1_000_000) }), { minLength: 1, maxLength: 3 }),
  parties: fc.array(fc.record({ role: fc.constantFrom('end_user', 'consignee'), name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), country: fc.constantFrom('CN', 'DE') }), { maxLength: 2 }),
  end_use: fc.option(fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0), { nil: undefined }),
});

test('property: the TypeBox schema accepts every transaction the validator accepts', () => {
  fc.assert(
    fc.property(arbTransaction, (raw) => {
      const json = JSON.parse(JSON.stringify(raw)) as unknown;
      parseTransaction(json);
      return Value.Check(TransactionSchema, json);
    }),
    { numRuns: 200 },
  );
});

test('the schema documents every field the validator reads', () => {
  const documented = Object.keys(TransactionSchema.properties).sort();
  assert.deepEqual(documented, ['as_of', 'destination', 'end_use', 'end_use_categories', 'end_use_categories_denied', 'exceptions_claimed', 'export_type', 'facts', 'items', 'origin_country', 'parties']);
});
