import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClearanceError } from '../../src/model/errors.js';
import { workedCases } from '../helpers/tariffs.js';

/**
 * Worked cases of 2018-2020, each computed by hand from the texts: the USITC 2017 tariff database
 * for column 1 and column 2, U.S. note 20 and the USTR notices for Section 301, Proclamations 9704,
 * 9705, 9772, 9886, 9894 and their exemption proclamations for Section 232.
 */

const { ask, lines: headings } = workedCases();

const VALVE = { hts: '8481.30.20', country_of_origin: 'CN', customs_value_usd: 10000 };

test('List 1 (9903.88.01, 25% from July 6, 2018): the issue example, and the day before', () => {
  const a = ask({ ...VALVE, entry_date: '2019-06-03' });
  // 5% column 1 general on $10,000 = $500; 25% = $2,500.
  assert.equal(a.base_rate, '5%');
  assert.equal(a.base_duty_usd, 500);
  assert.deepEqual(headings(a), ['9903.88.01 2500']);
  assert.equal(a.total_duty_usd, 3000);
  assert.equal(a.status, 'determined');
  // MPF FY2019: 0.3464% of $10,000 = $34.64, inside $26.22-$508.70.
  assert.deepEqual(a.fees, { mpf_usd: 34.64, hmf_usd: 0 });
  assert.ok(a.additional[0]!.citation.includes('U.S. note 20(a)-(b)') && a.additional[0]!.citation.includes('83 FR 28710'));
  assert.ok(a.citations.some((c) => c.startsWith('HTSUS 8481.30.20, column 1 general')));
  assert.match(a.versions.pack, /^sha256:[0-9a-f]{64}$/);
  assert.match(a.versions.schedule, /^tdb_2017/);

  assert.equal(ask({ ...VALVE, entry_date: '2018-07-05' }).total_duty_usd, 500);
  assert.equal(ask({ ...VALVE, entry_date: '2018-07-06' }).total_duty_usd, 3000);
});

test('List 3: 10% from Sept. 24, 2018, 25% from May 10, 2019, and 9903.88.09 for goods already on the water', () => {
  const bag = { hts: '4202.12.60', country_of_origin: 'CN', customs_value_usd: 10000 };
  // Column 1 5.7% = $570.
  assert.equal(ask({ ...bag, entry_date: '2018-09-23' }).total_duty_usd, 570);
  assert.deepEqual(headings(ask({ ...bag, entry_date: '2018-09-24' })), ['9903.88.03 1000']);
  assert.equal(ask({ ...bag, entry_date: '2019-05-09' }).total_duty_usd, 1570);
  assert.deepEqual(headings(ask({ ...bag, entry_date: '2019-05-10' })), ['9903.88.03 2500']);
  assert.equal(ask({ ...bag, entry_date: '2019-05-10' }).total_duty_usd, 3070);
  // Exported May 9 and entered by June 14: 10% under 9903.88.09 instead of 25%.
  const transit = ask({ ...bag, entry_date: '2019-06-14', export_date: '2019-05-09' });
  assert.deepEqual(headings(transit), ['9903.88.09 1000']);
  assert.equal(transit.total_duty_usd, 1570);
  assert.ok(transit.notes.some((n) => n.includes('9903.88.03 not applied') && n.includes('in-transit')));
  // Entered June 15: the relief is over.
  assert.deepEqual(headings(ask({ ...bag, entry_date: '2019-06-15', export_date: '2019-05-09' })), ['9903.88.03 2500']);
  // Exported May 10: no relief.
  assert.deepEqual(headings(ask({ ...bag, entry_date: '2019-05-20', export_date: '2019-05-10' })), ['9903.88.03 2500']);
});

test('List 4A: 15% from Sept. 1, 2019, 7.5% from Feb. 14, 2020', () => {
  const shirt = { hts: '6109.10.00', country_of_origin: 'CN', customs_value_usd: 10000 };
  // Column 1 16.5% = $1,650.
  assert.equal(ask({ ...shirt, entry_date: '2019-08-31' }).total_duty_usd, 1650);
  assert.deepEqual(headings(ask({ ...shirt, entry_date: '2019-09-01' })), ['9903.88.15 1500']);
  assert.equal(ask({ ...shirt, entry_date: '2020-02-13' }).total_duty_usd, 3150);
  assert.deepEqual(headings(ask({ ...shirt, entry_date: '2020-02-14' })), ['9903.88.15 750']);
  assert.equal(ask({ ...shirt, entry_date: '2020-02-14' }).total_duty_usd, 2400);
});

test('List 4B was suspended: no duty, and the answer says why', () => {
  const a = ask({ hts: '8471.30.01', country_of_origin: 'CN', entry_date: '2019-12-20', customs_value_usd: 10000 });
  assert.equal(a.total_duty_usd, 0);
  assert.deepEqual(a.additional, []);
  assert.ok(a.notes.some((n) => n.includes('9903.88.16') && n.includes('suspended')));
});

test('Section 301 reaches products of China only; Hong Kong and other origins pay column 1', () => {
  assert.equal(ask({ ...VALVE, country_of_origin: 'HK', entry_date: '2019-06-03' }).total_duty_usd, 500);
  const japan = ask({ ...VALVE, country_of_origin: 'JP', entry_date: '2019-06-03' });
  assert.equal(japan.total_duty_usd, 500);
  assert.deepEqual(japan.additional, []);
});

test('a 10-digit split: List 3 covers some statistical lines of 9403.70.80 and List 4B others', () => {
  const line = { country_of_origin: 'CN', entry_date: '2019-06-03', customs_value_usd: 10000 };
  const eight = ask({ ...line, hts: '9403.70.80' });
  assert.equal(eight.status, 'indeterminate');
  assert.equal(eight.total_duty_usd, null);
  assert.ok(eight.indeterminate!.some((r) => r.includes('9903.88.04') && r.includes('10-digit')));
  // 9403.70.8020 is a 9903.88.04 line (25% from May 10, 2019); column 1 is free.
  assert.deepEqual(headings(ask({ ...line, hts: '9403.70.8020' })), ['9903.88.04 2500']);
  // 9403.70.8003 is on List 4B: no duty.
  assert.equal(ask({ ...line, hts: '9403.70.8003' }).total_duty_usd, 0);
});

test('Section 232 steel (25% from Mar. 23, 2018) and its exemptions by country and date', () => {
  const plate = { hts: '7208.10.15', customs_value_usd: 10000 };
  assert.equal(ask({ ...plate, country_of_origin: 'CN', entry_date: '2018-03-22' }).total_duty_usd, 0);
  assert.deepEqual(headings(ask({ ...plate, country_of_origin: 'CN', entry_date: '2018-03-23' })), ['9903.80.01 2500']);
  // EU (the UK included in 2018): exempt to May 31, 2018, dutiable from June 1.
  assert.equal(ask({ ...plate, country_of_origin: 'DE', entry_date: '2018-05-31' }).total_duty_usd, 0);
  assert.equal(ask({ ...plate, country_of_origin: 'GB', entry_date: '2018-05-31' }).total_duty_usd, 0);
  assert.equal(ask({ ...plate, country_of_origin: 'DE', entry_date: '2018-06-01' }).total_duty_usd, 2500);
  // Korea: quota, no duty.
  assert.equal(ask({ ...plate, country_of_origin: 'KR', entry_date: '2018-06-01' }).total_duty_usd, 0);
  // Canada: dutiable June 1, 2018 to May 19, 2019, exempt again from May 20, 2019.
  assert.equal(ask({ ...plate, country_of_origin: 'CA', entry_date: '2019-05-19' }).total_duty_usd, 2500);
  assert.equal(ask({ ...plate, country_of_origin: 'CA', entry_date: '2019-05-20' }).total_duty_usd, 0);
  // Turkey: 50% from Aug. 13, 2018 through May 20, 2019, then 25%.
  assert.deepEqual(headings(ask({ ...plate, country_of_origin: 'TR', entry_date: '2018-08-12' })), ['9903.80.02 2500']);
  assert.deepEqual(headings(ask({ ...plate, country_of_origin: 'TR', entry_date: '2018-08-13' })), ['9903.80.02 5000']);
  assert.deepEqual(headings(ask({ ...plate, country_of_origin: 'TR', entry_date: '2019-05-20' })), ['9903.80.02 5000']);
  assert.deepEqual(headings(ask({ ...plate, country_of_origin: 'TR', entry_date: '2019-05-21' })), ['9903.80.02 2500']);
});

test('Section 232 quotas of 2022-2025 make the answer indeterminate, with the out-of-quota duty shown', () => {
  const a = ask({ hts: '7208.10.15', country_of_origin: 'DE', entry_date: '2022-06-01', customs_value_usd: 10000 });
  assert.equal(a.status, 'indeterminate');
  assert.equal(a.total_duty_usd, null);
  assert.deepEqual(headings(a), ['9903.80.01 2500']);
  assert.ok(a.indeterminate!.some((r) => r.includes('tariff-rate quota')));
});

test('Section 232 aluminum (10%): Korea exempt only to Apr. 30, 2018; Argentina exempt', () => {
  const ingot = { hts: '7601.10.30', customs_value_usd: 10000 };
  // Column 1 2.6% = $260; 10% = $1,000.
  assert.deepEqual(headings(ask({ ...ingot, country_of_origin: 'CN', entry_date: '2018-06-01' })), ['9903.85.01 1000']);
  assert.equal(ask({ ...ingot, country_of_origin: 'KR', entry_date: '2018-04-30' }).total_duty_usd, 260);
  assert.equal(ask({ ...ingot, country_of_origin: 'KR', entry_date: '2018-05-01' }).total_duty_usd, 1260);
  assert.equal(ask({ ...ingot, country_of_origin: 'AR', entry_date: '2019-06-03' }).total_duty_usd, 260);
});

test('specific and compound rates take the quantity in the rate unit, converting where exact', () => {
  const beef = { hts: '0201.10.10', country_of_origin: 'AR', entry_date: '2019-06-03', customs_value_usd: 10000 };
  // 4.4 cents/kg x 1,000 kg = $44.
  assert.equal(ask({ ...beef, quantity: 1000, unit: 'kg' }).total_duty_usd, 44);
  assert.equal(ask({ ...beef, quantity: 1000000, unit: 'g' }).total_duty_usd, 44);
  assert.equal(ask({ ...beef, quantity: 1, unit: 't' }).total_duty_usd, 44);
  assert.equal(ask({ ...beef, quantity: 1000 }).total_duty_usd, 44);
  assert.throws(() => ask(beef), (e: unknown) => e instanceof ClearanceError && e.field === 'quantity' && e.kind === 'invalid');
  assert.throws(() => ask({ ...beef, quantity: 1000, unit: 'liter' }), (e: unknown) => e instanceof ClearanceError && e.field === 'unit');
  // 46.3 cents/kg + 14.9%: 1,000 kg and $10,000 = $463 + $1,490 = $1,953.
  const milk = ask({ hts: '0402.99.90', country_of_origin: 'NZ', entry_date: '2019-06-03', customs_value_usd: 10000, quantity: 1000, unit: 'kg' });
  assert.equal(milk.base_rate, '46.3 ¢/kg + 14.9%');
  assert.equal(milk.base_duty_usd, 1953);
  // 6.3 cents/liter on 900 liters = $56.70.
  assert.equal(ask({ hts: '2204.21.50', country_of_origin: 'FR', entry_date: '2019-06-03', customs_value_usd: 5000, quantity: 900, unit: 'liters' }).total_duty_usd, 56.7);
});

test('column 2 for Cuba and North Korea; for Russia from Apr. 9, 2022', () => {
  const shirt = { hts: '6109.10.00', customs_value_usd: 10000 };
  const cuba = ask({ ...shirt, country_of_origin: 'CU', entry_date: '2019-06-03' });
  assert.equal(cuba.base_rate_column, 'column 2');
  assert.equal(cuba.total_duty_usd, 9000);
  assert.equal(ask({ ...shirt, country_of_origin: 'KP', entry_date: '2019-06-03' }).total_duty_usd, 9000);
  assert.equal(ask({ ...shirt, country_of_origin: 'RU', entry_date: '2022-04-08' }).total_duty_usd, 1650);
  assert.equal(ask({ ...shirt, country_of_origin: 'RU', entry_date: '2022-04-09' }).total_duty_usd, 9000);
});

test('each line rounds half-up to the cent; MPF keeps its fiscal-year minimum and maximum', () => {
  // 5% of $10.10 is $0.505: half a cent rounds up.
  const small = ask({ ...VALVE, country_of_origin: 'JP', entry_date: '2019-06-03', customs_value_usd: 10.1 });
  assert.equal(small.total_duty_usd, 0.51);
  assert.equal(small.fees.mpf_usd, 26.22);
  const big = ask({ ...VALVE, country_of_origin: 'JP', entry_date: '2019-06-03', customs_value_usd: 1_000_000 });
  assert.equal(big.fees.mpf_usd, 508.7);
  // Calendar 2018 to Sept. 30, 2018: $25.67 to $497.99.
  assert.equal(ask({ ...VALVE, country_of_origin: 'JP', entry_date: '2018-07-06', customs_value_usd: 1_000_000 }).fees.mpf_usd, 497.99);
  // HMF: 0.125% for goods unloaded from a vessel.
  assert.equal(ask({ ...VALVE, country_of_origin: 'JP', entry_date: '2019-06-03', mode_of_transport: 'vessel' }).fees.hmf_usd, 12.5);
});

test('GSP while it lasted, and not after it expired', () => {
  const ingot = { hts: '7601.10.30', country_of_origin: 'IN', customs_value_usd: 10000, special_program: 'A' };
  const gsp = ask({ ...ingot, entry_date: '2019-06-03' });
  assert.equal(gsp.base_rate_column, 'column 1 special (A)');
  assert.equal(gsp.base_duty_usd, 0);
  assert.deepEqual(headings(gsp), ['9903.85.01 1000']);
  const lapsed = ask({ ...ingot, entry_date: '2021-06-01' });
  assert.equal(lapsed.base_rate_column, 'column 1 general');
  assert.ok(lapsed.notes.some((n) => n.includes('Generalized System of Preferences expired')));
});

test('de minimis: free up to $800 in 2019, refused above it', () => {
  const shirt = { hts: '6109.10.00', country_of_origin: 'CN', entry_date: '2019-10-01', de_minimis_claim: true };
  const free = ask({ ...shirt, customs_value_usd: 500 });
  assert.equal(free.total_duty_usd, 0);
  assert.deepEqual(free.fees, { mpf_usd: 0, hmf_usd: 0 });
  const refused = ask({ ...shirt, customs_value_usd: 900 });
  assert.equal(refused.total_duty_usd, 148.5 + 135);
  assert.ok(refused.notes.some((n) => n.startsWith('de_minimis_claim refused')));
});

test('a claimed exclusion relieves the list duty it names, and no other', () => {
  const a = ask({ ...VALVE, entry_date: '2019-06-03', claimed_exclusion_heading: '9903.88.05' });
  assert.equal(a.total_duty_usd, 500);
  assert.ok(a.additional.some((x) => x.heading === '9903.88.05' && x.duty_usd === 0));
  // 9903.88.13 excludes List 3 products: it does not relieve a List 1 duty.
  const wrong = ask({ ...VALVE, entry_date: '2019-06-03', claimed_exclusion_heading: '9903.88.13' });
  assert.equal(wrong.total_duty_usd, 3000);
  assert.ok(wrong.notes.some((n) => n.startsWith('claimed_exclusion_heading 9903.88.13')));
});
