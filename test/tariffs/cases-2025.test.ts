import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClearanceError } from '../../src/model/errors.js';
import { workedCases } from '../helpers/tariffs.js';

/**
 * Worked cases of 2025-2026, each computed by hand from U.S. note 2 (IEEPA, Section 122), notes 16,
 * 19, 33, 36, 37 (Section 232), notes 20 and 31 (Section 301) of chapter 99, the HTS revisions'
 * headings and the official change records' effective dates.
 */

const { ask, lines } = workedCases();

/** Cotton T-shirts, column 1 16.5% ($1,650 on $10,000), List 4A (7.5%, $750) for China. */
const SHIRT = { hts: '6109.10.00', customs_value_usd: 10000 };

test('China: 301 List 4A, fentanyl and reciprocal duties stack; then Section 122; then the horizon', () => {
  const cn = { ...SHIRT, country_of_origin: 'CN' };
  // 16.5% + 7.5% + 20% (9903.01.24) + 10% (9903.01.25) = 54%.
  const june = ask({ ...cn, entry_date: '2025-06-01' });
  assert.deepEqual(lines(june), ['9903.88.15 750', '9903.01.24 2000', '9903.01.25 1000']);
  assert.equal(june.total_duty_usd, 5400);
  assert.ok(june.additional[1]!.citation.includes('U.S. note 2(u)') && june.additional[1]!.citation.includes('EO 14195'));
  // Fentanyl 10% from Nov. 10, 2025: 44%.
  assert.equal(ask({ ...cn, entry_date: '2025-11-15' }).total_duty_usd, 4400);
  // After the IEEPA duties ended (entries from Feb. 24, 2026): Section 122 10%: 34%.
  const march = ask({ ...cn, entry_date: '2026-03-01' });
  assert.deepEqual(lines(march), ['9903.88.15 750', '9903.03.01 1000']);
  assert.equal(march.total_duty_usd, 3400);
  // Past the data horizon (2026 Rev 10 from June 8, 2026), after Section 122's 150 days: 24%, and said.
  const august = ask({ ...cn, entry_date: '2026-08-01' });
  assert.equal(august.total_duty_usd, 2400);
  assert.ok(august.notes.some((n) => n.startsWith('past the data horizon') && n.includes('2026-06-08')));
  assert.ok(!june.notes.some((n) => n.startsWith('past the data horizon')));
});

test('fentanyl duties on China: 10% from Feb. 4, 2025, 20% from Mar. 4, 10% from Nov. 10; gone from Feb. 24, 2026', () => {
  const cn = { ...SHIRT, country_of_origin: 'CN' };
  assert.equal(ask({ ...cn, entry_date: '2025-02-03' }).total_duty_usd, 2400);
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2025-02-04' })), ['9903.88.15 750', '9903.01.20 1000']);
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2025-03-03' })), ['9903.88.15 750', '9903.01.20 1000']);
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2025-03-04' })), ['9903.88.15 750', '9903.01.24 2000']);
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2025-11-09' })), ['9903.88.15 750', '9903.01.24 2000', '9903.01.25 1000']);
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2025-11-10' })), ['9903.88.15 750', '9903.01.24 1000', '9903.01.25 1000']);
  assert.equal(ask({ ...cn, entry_date: '2026-02-23' }).total_duty_usd, 4400);
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2026-02-24' })), ['9903.88.15 750', '9903.03.01 1000']);
  // Hong Kong: the fentanyl and reciprocal duties, not Section 301.
  assert.deepEqual(lines(ask({ ...SHIRT, country_of_origin: 'HK', entry_date: '2025-06-01' })), ['9903.01.24 2000', '9903.01.25 1000']);
});

test("China's reciprocal duty: 84% on Apr. 9, 2025, 125% from Apr. 10 to May 13, then the 10% baseline", () => {
  const cn = { ...SHIRT, country_of_origin: 'CN' };
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2025-04-08' })), ['9903.88.15 750', '9903.01.24 2000', '9903.01.25 1000']);
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2025-04-09' })), ['9903.88.15 750', '9903.01.24 2000', '9903.01.63 8400']);
  assert.deepEqual(lines(ask({ ...cn, entry_date: '2025-04-10' })), ['9903.88.15 750', '9903.01.24 2000', '9903.01.63 12500']);
  assert.equal(ask({ ...cn, entry_date: '2025-05-13' }).total_duty_usd, 16900);
  assert.equal(ask({ ...cn, entry_date: '2025-05-14' }).total_duty_usd, 5400);
});

test('reciprocal duties of Vietnam: baseline, the one-day country rate, Phase 2, and the in-transit terms', () => {
  const vn = { ...SHIRT, country_of_origin: 'VN' };
  assert.equal(ask({ ...vn, entry_date: '2025-04-04' }).total_duty_usd, 1650);
  assert.deepEqual(lines(ask({ ...vn, entry_date: '2025-04-05' })), ['9903.01.25 1000']);
  // Goods on the water before Apr. 5 and entered before May 28: heading 9903.01.28, no reciprocal duty.
  assert.deepEqual(lines(ask({ ...vn, entry_date: '2025-04-20', export_date: '2025-04-01' })), []);
  assert.deepEqual(lines(ask({ ...vn, entry_date: '2025-05-28', export_date: '2025-04-01' })), ['9903.01.25 1000']);
  // 46% on Apr. 9 only; paused from Apr. 10.
  const ninth = ask({ ...vn, entry_date: '2025-04-09' });
  assert.equal(ninth.additional.length, 1);
  assert.match(ninth.additional[0]!.heading, /^9903\.01\.\d\d$/);
  assert.equal(ninth.additional[0]!.duty_usd, 4600);
  assert.deepEqual(lines(ask({ ...vn, entry_date: '2025-04-10' })), ['9903.01.25 1000']);
  assert.deepEqual(lines(ask({ ...vn, entry_date: '2025-08-06' })), ['9903.01.25 1000']);
  // 20% from Aug. 7 (9903.02.69): 36.5% in all; in transit before Aug. 7 and entered before Oct. 5: the 10%.
  assert.deepEqual(lines(ask({ ...vn, entry_date: '2025-08-07' })), ['9903.02.69 2000']);
  assert.equal(ask({ ...vn, entry_date: '2025-10-01' }).total_duty_usd, 3650);
  assert.deepEqual(lines(ask({ ...vn, entry_date: '2025-09-01', export_date: '2025-08-01' })), ['9903.01.25 1000']);
  assert.deepEqual(lines(ask({ ...vn, entry_date: '2025-10-05', export_date: '2025-08-01' })), ['9903.02.69 2000']);
});

test('the 15% all-in deals: the EU tops column 1 up to 15% (specific rates by their ad valorem equivalent)', () => {
  // Column 1 5% on $10,000 = $500; 9903.02.20 brings the two to 15%: $1,000.
  const valve = ask({ hts: '8481.30.20', country_of_origin: 'DE', entry_date: '2025-10-01', customs_value_usd: 10000 });
  assert.deepEqual(lines(valve), ['9903.02.20 1000']);
  assert.equal(valve.additional[0]!.rate_pct, 10);
  // Column 1 16.5% is already above 15%: heading 9903.02.19, no additional duty.
  const shirt = ask({ ...SHIRT, country_of_origin: 'DE', entry_date: '2025-10-01' });
  assert.deepEqual(lines(shirt), ['9903.02.19 0']);
  assert.equal(shirt.total_duty_usd, 1650);
  // Before the deal took effect (Aug. 7, 2025) the EU paid the 10% baseline on top.
  assert.equal(ask({ ...SHIRT, country_of_origin: 'DE', entry_date: '2025-08-06' }).total_duty_usd, 2650);
  // Beef at 4.4 cents/kg: 1,000 kg = $44 on $10,000 (0.44%); the deal adds $1,500 - $44 = $1,456.
  const beef = ask({ hts: '0201.10.10', country_of_origin: 'IE', entry_date: '2025-10-01', customs_value_usd: 10000, quantity: 1000, unit: 'kg' });
  assert.deepEqual(lines(beef), ['9903.02.20 1456']);
  assert.equal(beef.total_duty_usd, 1500);
  // Beef joined Annex II on Nov. 13, 2025: no reciprocal duty, heading 9903.01.32 reported.
  const later = ask({ hts: '0201.10.10', country_of_origin: 'IE', entry_date: '2025-11-13', customs_value_usd: 10000, quantity: 1000, unit: 'kg' });
  assert.deepEqual(lines(later), ['9903.01.32 0']);
  assert.equal(later.total_duty_usd, 44);
  assert.ok(later.additional[0]!.curated_scope === undefined);
  assert.ok(later.notes.some((n) => n.includes('curated list')));
});

test('Switzerland: 39% from Aug. 7, 2025, the 15% deal from Nov. 14, 2025', () => {
  const valve = { hts: '8481.30.20', country_of_origin: 'CH', customs_value_usd: 10000 };
  assert.deepEqual(lines(ask({ ...valve, entry_date: '2025-11-13' })), ['9903.02.58 3900']);
  assert.deepEqual(lines(ask({ ...valve, entry_date: '2025-11-14' })), ['9903.02.83 1000']);
});

test('Annex II: smartphones from China pay the fentanyl duty but no reciprocal duty', () => {
  const phone = ask({ hts: '8517.13.00', country_of_origin: 'CN', entry_date: '2025-06-01', customs_value_usd: 10000 });
  assert.deepEqual(lines(phone), ['9903.01.24 2000', '9903.01.32 0']);
  assert.equal(phone.total_duty_usd, 2000);
});

test('Brazil +40% from Aug. 6, 2025; India +25% from Aug. 27, 2025 until Feb. 7, 2026', () => {
  const br = { ...SHIRT, country_of_origin: 'BR' };
  assert.deepEqual(lines(ask({ ...br, entry_date: '2025-08-05' })), ['9903.01.25 1000']);
  assert.deepEqual(lines(ask({ ...br, entry_date: '2025-08-06' })), ['9903.01.25 1000', '9903.01.77 4000']);
  assert.deepEqual(lines(ask({ ...br, entry_date: '2025-08-07' })), ['9903.02.09 1000', '9903.01.77 4000']);
  // On the water before Aug. 6 and entered before Oct. 5 (heading 9903.01.78): no 40%, and the baseline instead of 9903.02.09.
  assert.deepEqual(lines(ask({ ...br, entry_date: '2025-09-01', export_date: '2025-08-01' })), ['9903.01.25 1000']);
  assert.deepEqual(lines(ask({ ...br, entry_date: '2025-10-05', export_date: '2025-08-01' })), ['9903.02.09 1000', '9903.01.77 4000']);
  const india = { ...SHIRT, country_of_origin: 'IN' };
  assert.deepEqual(lines(ask({ ...india, entry_date: '2025-08-26' })), ['9903.02.26 2500']);
  assert.deepEqual(lines(ask({ ...india, entry_date: '2025-08-27' })), ['9903.02.26 2500', '9903.01.84 2500']);
  // Exported before Aug. 27 and entered before Sept. 17 (heading 9903.01.85): no second 25%.
  assert.deepEqual(lines(ask({ ...india, entry_date: '2025-09-16', export_date: '2025-08-26' })), ['9903.02.26 2500']);
  assert.equal(ask({ ...india, entry_date: '2026-02-06' }).total_duty_usd, 6650);
  assert.deepEqual(lines(ask({ ...india, entry_date: '2026-02-07' })), ['9903.02.26 2500']);
});

test('Canada and Mexico: fentanyl duties from Mar. 4, 2025, USMCA goods relieved from Mar. 7, Canada at 35% from Aug. 1', () => {
  const ca = { ...SHIRT, country_of_origin: 'CA' };
  assert.equal(ask({ ...ca, entry_date: '2025-03-03' }).total_duty_usd, 1650);
  assert.deepEqual(lines(ask({ ...ca, entry_date: '2025-03-04' })), ['9903.01.10 2500']);
  assert.deepEqual(lines(ask({ ...ca, entry_date: '2025-03-06', usmca_qualifying: true })), ['9903.01.10 2500']);
  const usmca = ask({ ...ca, entry_date: '2025-03-07', usmca_qualifying: true });
  assert.deepEqual(lines(usmca), []);
  assert.equal(usmca.base_rate_column, 'column 1 special (S)');
  assert.equal(usmca.total_duty_usd, 0);
  assert.deepEqual(lines(ask({ ...ca, entry_date: '2025-03-07', special_program: 'S' })), []);
  assert.deepEqual(lines(ask({ ...ca, entry_date: '2025-07-31' })), ['9903.01.10 2500']);
  assert.deepEqual(lines(ask({ ...ca, entry_date: '2025-08-01' })), ['9903.01.10 3500']);
  assert.deepEqual(lines(ask({ ...SHIRT, country_of_origin: 'MX', entry_date: '2025-09-01' })), ['9903.01.01 2500']);
  // Canadian crude oil: 10% (9903.01.13); column 1 5.25 cents/bbl on 100 bbl = $5.25.
  const crude = ask({ hts: '2709.00.10', country_of_origin: 'CA', entry_date: '2025-09-01', customs_value_usd: 10000, quantity: 100, unit: 'bbl' });
  assert.deepEqual(lines(crude), ['9903.01.13 1000']);
  assert.equal(crude.total_duty_usd, 1005.25);
});

test('Section 232 steel 2025: exemptions end Mar. 12, 50% from June 4 (the UK 25%); fentanyl for China stacks, not for Canada', () => {
  const plate = { hts: '7208.10.15', customs_value_usd: 10000 };
  assert.equal(ask({ ...plate, country_of_origin: 'BR', entry_date: '2025-03-11' }).total_duty_usd, 0);
  assert.deepEqual(lines(ask({ ...plate, country_of_origin: 'BR', entry_date: '2025-03-12' })), ['9903.81.87 2500']);
  // China: 301 four-year review (9903.91.01, 25%), 232 and fentanyl; no reciprocal on an article of steel.
  const cn = ask({ ...plate, country_of_origin: 'CN', entry_date: '2025-06-03' });
  assert.deepEqual(lines(cn), ['9903.91.01 2500', '9903.81.87 2500', '9903.01.24 2000']);
  assert.ok(cn.notes.some((n) => n.includes('9903.01.25 not applied')));
  assert.deepEqual(lines(ask({ ...plate, country_of_origin: 'CN', entry_date: '2025-06-04' })), ['9903.91.01 2500', '9903.81.87 5000', '9903.01.24 2000']);
  assert.deepEqual(lines(ask({ ...plate, country_of_origin: 'GB', entry_date: '2025-06-04' })), ['9903.81.94 2500']);
  const canada = ask({ ...plate, country_of_origin: 'CA', entry_date: '2025-06-04' });
  assert.deepEqual(lines(canada), ['9903.81.87 5000']);
  assert.ok(canada.notes.some((n) => n.includes('9903.01.10 not applied')));
});

test('Section 232 derivatives taxed on the metal content; the reciprocal duty on the rest', () => {
  const saw = { hts: '8202.39.00', country_of_origin: 'VN', entry_date: '2025-09-01', customs_value_usd: 10000 };
  const a = ask({ ...saw, metal_content_value_usd: 4000 });
  const s232 = a.additional.find((x) => x.heading === '9903.81.91')!;
  assert.equal(s232.duty_usd, 2000);
  assert.equal(s232.basis_usd, 4000);
  const rec = a.additional.find((x) => x.heading === '9903.02.69')!;
  assert.equal(rec.duty_usd, 1200);
  assert.equal(rec.basis_usd, 6000);
  assert.throws(() => ask(saw), (e: unknown) => e instanceof ClearanceError && e.field === 'metal_content_value_usd');
  // Before the Aug. 18, 2025 inclusions the saw was not a derivative: 20% on the whole value.
  assert.deepEqual(lines(ask({ ...saw, entry_date: '2025-08-17' })), ['9903.02.69 2000']);
});

test('Section 232 vehicles: 25% from Apr. 3, 2025, the 15% all-in deals of Japan and the EU, USMCA content undecided', () => {
  const car = { hts: '8703.23.01', customs_value_usd: 30000 };
  // Column 1 2.5% = $750.
  assert.equal(ask({ ...car, country_of_origin: 'JP', entry_date: '2025-04-02' }).total_duty_usd, 750);
  assert.deepEqual(lines(ask({ ...car, country_of_origin: 'JP', entry_date: '2025-04-03' })), ['9903.94.01 7500']);
  assert.deepEqual(lines(ask({ ...car, country_of_origin: 'JP', entry_date: '2025-09-15' })), ['9903.94.01 7500']);
  // 15% of $30,000 = $4,500 in all: $3,750 on top of column 1.
  const deal = ask({ ...car, country_of_origin: 'JP', entry_date: '2025-09-16' });
  assert.deepEqual(lines(deal), ['9903.94.41 3750']);
  assert.equal(deal.total_duty_usd, 4500);
  assert.deepEqual(lines(ask({ ...car, country_of_origin: 'DE', entry_date: '2025-07-31' })), ['9903.94.01 7500']);
  assert.deepEqual(lines(ask({ ...car, country_of_origin: 'DE', entry_date: '2025-08-01' })), ['9903.94.51 3750']);
  // China: List 1 25%, 232 25%, fentanyl 20% (no reciprocal duty on a 232 vehicle).
  assert.deepEqual(lines(ask({ ...car, country_of_origin: 'CN', entry_date: '2025-06-01' })), ['9903.88.01 7500', '9903.94.01 7500', '9903.01.24 6000']);
  const mx = ask({ ...car, country_of_origin: 'MX', entry_date: '2025-06-01', usmca_qualifying: true });
  assert.equal(mx.status, 'indeterminate');
  assert.ok(mx.indeterminate!.some((r) => r.includes('non-U.S. content')));
});

test('Section 232 copper from Aug. 1, 2025, on the copper content (copper was in Annex II before)', () => {
  const wire = { hts: '7408.11.60', country_of_origin: 'CL', customs_value_usd: 10000 };
  // Column 1 3% = $300; Annex II spared copper the reciprocal duty pending the 232 investigation.
  assert.deepEqual(lines(ask({ ...wire, entry_date: '2025-07-31' })), ['9903.01.32 0']);
  const copper = ask({ ...wire, entry_date: '2025-08-01' });
  assert.deepEqual(lines(copper), ['9903.78.01 5000']);
  assert.equal(copper.total_duty_usd, 5300);
});

test('Section 232 wood from Oct. 14, 2025: softwood 10% (no Canadian fentanyl duty), furniture 25% or 15% all-in', () => {
  const lumber = { hts: '4407.11.00', country_of_origin: 'CA', customs_value_usd: 10000 };
  assert.deepEqual(lines(ask({ ...lumber, entry_date: '2025-10-13' })), ['9903.01.10 3500']);
  assert.deepEqual(lines(ask({ ...lumber, entry_date: '2025-10-14' })), ['9903.76.01 1000']);
  const sofa = { hts: '9401.61.4011', customs_value_usd: 10000 };
  assert.deepEqual(lines(ask({ ...sofa, country_of_origin: 'VN', entry_date: '2025-10-14' })), ['9903.76.02 2500']);
  assert.deepEqual(lines(ask({ ...sofa, country_of_origin: 'JP', entry_date: '2025-10-14' })), ['9903.76.21 1500']);
});

test('Section 232 annexes from Apr. 6, 2026: full value, Section 122 not on top; the UK at 25%', () => {
  const plate = { hts: '7208.10.15', customs_value_usd: 10000 };
  assert.deepEqual(lines(ask({ ...plate, country_of_origin: 'DE', entry_date: '2026-04-05' })), ['9903.81.87 5000']);
  assert.deepEqual(lines(ask({ ...plate, country_of_origin: 'DE', entry_date: '2026-04-06' })), ['9903.82.02 5000']);
  assert.deepEqual(lines(ask({ ...plate, country_of_origin: 'GB', entry_date: '2026-04-06' })), ['9903.82.04 2500']);
});

test('Section 301 four-year review: 100% on Chinese EVs from Sept. 27, 2024, in place of List 1', () => {
  const ev = { hts: '8703.80.00', country_of_origin: 'CN', customs_value_usd: 10000 };
  assert.deepEqual(lines(ask({ ...ev, entry_date: '2024-09-26' })), ['9903.88.01 2500']);
  const after = ask({ ...ev, entry_date: '2024-09-27' });
  assert.deepEqual(lines(after), ['9903.91.03 10000']);
  assert.ok(after.notes.some((n) => n.includes('9903.88.01 not applied') && n.includes('89 FR 76581')));
});

test('an exclusion footnoted in the schedule, claimed, relieves the list duty within its window', () => {
  const chem = { hts: '2805.11.0000', country_of_origin: 'CN', entry_date: '2025-06-01', customs_value_usd: 10000 };
  // Column 1 5.3% = $530; List 3 25% = $2,500; fentanyl $2,000; reciprocal $1,000.
  assert.equal(ask(chem).total_duty_usd, 6030);
  const claimed = ask({ ...chem, claimed_exclusion_heading: '9903.88.69' });
  assert.deepEqual(lines(claimed), ['9903.88.69 0', '9903.01.24 2000', '9903.01.25 1000']);
  assert.equal(claimed.total_duty_usd, 3530);
  // After Nov. 9, 2026 (the end its heading states) the claim no longer relieves anything.
  assert.equal(ask({ ...chem, entry_date: '2026-11-10', claimed_exclusion_heading: '9903.88.69' }).total_duty_usd, 530 + 2500);
});

test('de minimis: gone for China from May 2, 2025, for everyone from Aug. 29, 2025', () => {
  const small = { ...SHIRT, customs_value_usd: 500, de_minimis_claim: true };
  assert.equal(ask({ ...small, country_of_origin: 'CN', entry_date: '2025-05-01' }).total_duty_usd, 0);
  assert.ok(ask({ ...small, country_of_origin: 'CN', entry_date: '2025-05-02' }).notes.some((n) => n.includes('de_minimis_claim refused') && n.includes('EO 14256')));
  assert.equal(ask({ ...small, country_of_origin: 'DE', entry_date: '2025-08-28' }).total_duty_usd, 0);
  assert.ok(ask({ ...small, country_of_origin: 'DE', entry_date: '2025-08-29' }).total_duty_usd! > 0);
});

test('general note 3(b) countries pay column 2 and no reciprocal duty; fees stay apart', () => {
  const cuba = ask({ hts: '8481.30.20', country_of_origin: 'CU', entry_date: '2025-06-01', customs_value_usd: 10000, mode_of_transport: 'vessel' });
  assert.equal(cuba.base_rate_column, 'column 2');
  assert.equal(cuba.base_rate, '45%');
  assert.deepEqual(lines(cuba), []);
  assert.equal(cuba.total_duty_usd, 4500);
  // MPF FY2025 0.3464% = $34.64; HMF 0.125% = $12.50 (vessel).
  assert.deepEqual(cuba.fees, { mpf_usd: 34.64, hmf_usd: 12.5 });
});

test('Section 232 trucks from Nov. 1, 2025 (25%; USMCA trucks on the non-U.S. content), semiconductors from Jan. 15, 2026', () => {
  const truck = { hts: '8704.23.01', customs_value_usd: 100000 };
  // Column 1 25% = $25,000; Section 232 25% = $25,000; the reciprocal duty of Korea is displaced.
  assert.deepEqual(lines(ask({ ...truck, country_of_origin: 'KR', entry_date: '2025-10-31' })), ['9903.02.56 15000']);
  assert.deepEqual(lines(ask({ ...truck, country_of_origin: 'KR', entry_date: '2025-11-01' })), ['9903.74.01 25000']);
  const usmca = ask({ ...truck, country_of_origin: 'MX', entry_date: '2025-11-01', usmca_qualifying: true });
  assert.equal(usmca.status, 'indeterminate');
  assert.deepEqual(lines(usmca), ['9903.74.03 25000']);
  const chip = { hts: '8471.50.0150', country_of_origin: 'CN', customs_value_usd: 10000 };
  // List 3 25% and fentanyl 10%; Annex II spares the reciprocal; from Jan. 15, 2026 Section 232 25% as well.
  assert.deepEqual(lines(ask({ ...chip, entry_date: '2026-01-14' })), ['9903.88.03 2500', '9903.01.24 1000', '9903.01.32 0']);
  const after = ask({ ...chip, entry_date: '2026-01-15' });
  assert.deepEqual(lines(after), ['9903.88.03 2500', '9903.79.01 2500', '9903.01.24 1000', '9903.01.32 0']);
  assert.ok(after.notes.some((n) => n.includes('9903.79.02-.09')));
});

test('potash of Canada and Mexico at 10% (9903.01.15, 9903.01.05) instead of 35% or 25%', () => {
  const potash = { hts: '3104.20.00', customs_value_usd: 10000, entry_date: '2025-09-01' };
  assert.deepEqual(lines(ask({ ...potash, country_of_origin: 'CA' })), ['9903.01.15 1000']);
  assert.deepEqual(lines(ask({ ...potash, country_of_origin: 'MX' })), ['9903.01.05 1000']);
});
