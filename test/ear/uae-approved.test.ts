import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { approvalOf, isGovernmentAgencyName } from '../../src/ear/uae-approved.js';
import type { ApprovedEntity } from '../../src/ear/supplements.js';

/** Supp. No. 8 to Part 740: named entities, and from its date every UAE government agency, but no company. */

const AGENCIES: ApprovedEntity = { name: 'Government agencies of the UAE', advancedComputing: true, sta: true, from: '2026-07-10', governmentAgencies: true };
const G42: ApprovedEntity = { name: 'G42', advancedComputing: true, sta: false, until: '2027-04-06' };

test('agency names are recognised; companies, contractors and other countries\' ministries are not', () => {
  for (const n of ['Ministry of Defence of the United Arab Emirates', 'UAE Ministry of Interior', 'General Headquarters of the Armed Forces', 'Federal Authority for Nuclear Regulation']) assert.equal(isGovernmentAgencyName(n, 'AE'), true, n);
  for (const n of ['Ministry of Defence Procurement LLC', 'Armed Forces Services Company', 'Ministry of Defence of Iran', 'Emirates Defence Industries PJSC', 'Falcon Contracting']) assert.equal(isGovernmentAgencyName(n, 'AE'), false, n);
  assert.equal(isGovernmentAgencyName('Ministry of Defence', 'SA'), false);
});

test('approval: agencies only from the date and for what the supplement says; facts override the name', () => {
  const mod = { name: 'Ministry of Defence', country: 'AE' };
  assert.equal(approvalOf([AGENCIES], mod, '2026-07-09', 'sta', undefined), undefined);
  assert.equal(approvalOf([AGENCIES], mod, '2026-07-10', 'sta', undefined), AGENCIES);
  assert.equal(approvalOf([AGENCIES], mod, '2026-08-01', 'sta', false), undefined);
  assert.equal(approvalOf([AGENCIES], { name: 'Abu Dhabi Customs', country: 'AE' }, '2026-08-01', 'sta', true), AGENCIES);
  assert.equal(approvalOf([G42], { name: 'G42 Cloud', country: 'AE' }, '2026-08-01', 'sta', undefined), undefined);
  assert.equal(approvalOf([G42], { name: 'G42', country: 'AE' }, '2026-08-01', 'advancedComputing', undefined), G42);
  assert.equal(approvalOf([G42], { name: 'G42', country: 'AE' }, '2027-04-07', 'advancedComputing', undefined), undefined);
});

test('property: a name with a company word, or outside the UAE, is never read as an agency', () => {
  const word = fc.constantFrom('LLC', 'PJSC', 'Company', 'Holding', 'Group', 'Contracting', 'Ltd', 'Bank', 'University');
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), word, fc.string({ maxLength: 20 }), (a, w, b) => {
      assert.equal(isGovernmentAgencyName(`Ministry of ${a} ${w} ${b}`, 'AE'), false);
    }),
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('SA', 'QA', 'US', 'IR'), (name, country) => {
      assert.equal(isGovernmentAgencyName(`Ministry of ${name}`, country), false);
    }),
  );
});
