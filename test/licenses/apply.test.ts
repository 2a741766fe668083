import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyLicenses } from '../../src/licenses/apply.js';
import type { License } from '../../src/licenses/register.js';
import type { Decision, ItemDecision } from '../../src/ear/decision.js';
import type { Transaction } from '../../src/ear/transaction.js';

const license: License = {
  id: 1,
  number: 'D1234567',
  kind: 'bis_license',
  issued: '2026-01-01',
  expires: '2028-01-01',
  destination: 'CN',
  parties: [{ role: 'end_user', name: 'Shanghai Example Co., Ltd.' }],
  lines: [{ id: 11, lineNo: 1, eccn: '3A001', description: '', unit: 'ea', quantity: 100, valueUsd: 50000, remainingQuantity: 100, remainingValueUsd: 50000 }],
};

function item(eccn: string, outcome: ItemDecision['outcome']): ItemDecision {
  return { eccn, outcome, reasons: [{ code: 'chart:NS2', text: 'NS2' }], conditions: [], citations: [] };
}

function decision(items: ItemDecision[]): Decision {
  return { outcome: 'license_required', asOf: '2026-06-01', items, parties: [], citations: [], versions: { rules: 'r', lists: 'l' } };
}

function tx(items: Transaction['items'], party = 'SHANGHAI EXAMPLE CO LTD'): Transaction {
  return { export_type: 'export', origin_country: 'US', destination: 'CN', items, parties: [{ role: 'end_user', name: party, country: 'CN' }] };
}

test('a covering license with balance lets the check proceed and says the balance after', () => {
  const out = applyLicenses(decision([item('3A001', 'license_required')]), tx([{ eccn: '3A001', quantity: 20, value_usd: 10000 }]), [license]);
  assert.equal(out.licensing.may_proceed, true);
  assert.equal(out.licensing.covered[0]!.text, 'licensed under D1234567, balance after: 80 ea / $40,000');
  assert.equal(out.licensing.drawn, false);
  assert.ok(out.items[0]!.reasons.some((r) => r.code === 'licensed'));
});

test('items of one transaction on one line are counted together', () => {
  const out = applyLicenses(
    decision([item('3A001', 'license_required'), item('3A001', 'license_required')]),
    tx([
      { eccn: '3A001', quantity: 60, value_usd: 100 },
      { eccn: '3A001', quantity: 60, value_usd: 100 },
    ]),
    [license],
  );
  assert.equal(out.licensing.covered.length, 1);
  assert.equal(out.licensing.uncovered[0]!.item, 1);
  assert.equal(out.licensing.may_proceed, false);
});

test('wrong party, expiry, or an indeterminate item keep the answer "no"', () => {
  assert.match(applyLicenses(decision([item('3A001', 'license_required')]), tx([{ eccn: '3A001', quantity: 1, value_usd: 1 }], 'Other Co'), [license]).licensing.uncovered[0]!.reason, /does not name 'Other Co'/);
  const late = { ...decision([item('3A001', 'license_required')]), asOf: '2028-01-02' };
  assert.match(applyLicenses(late, tx([{ eccn: '3A001', quantity: 1, value_usd: 1 }]), [license]).licensing.uncovered[0]!.reason, /expired/);
  const mixed = applyLicenses(decision([item('3A001', 'license_required'), item('5A002', 'indeterminate')]), tx([{ eccn: '3A001', quantity: 1, value_usd: 1 }, { eccn: '5A002', quantity: 1, value_usd: 1 }]), [license]);
  assert.equal(mixed.licensing.covered.length, 1);
  assert.equal(mixed.licensing.may_proceed, false);
});
