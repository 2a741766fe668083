import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { citationUrl } from '../../../web/src/lib/citations.js';

const today = '2026-08-01';

test('15 CFR sections and paragraphs link to the eCFR, as of a past decision date; parts to the part', () => {
  assert.equal(citationUrl({ kind: 'cfr', ref: '15 CFR 744.11(a)' }, { today }), 'https://www.ecfr.gov/current/title-15/section-744.11#p-744.11(a)');
  assert.equal(citationUrl({ kind: 'cfr', ref: '15 CFR 734.3(a)(1)' }, { asOf: '2024-03-01', today }), 'https://www.ecfr.gov/on/2024-03-01/title-15/section-734.3#p-734.3(a)(1)');
  assert.equal(citationUrl({ kind: 'cfr', ref: '15 CFR 738.4' }, { asOf: today, today }), 'https://www.ecfr.gov/current/title-15/section-738.4', 'today reads the current text');
  assert.equal(citationUrl({ kind: 'data', ref: 'ECCN 5A002 License Requirements (15 CFR 774 Supp. 1)' }, { today }), 'https://www.ecfr.gov/current/title-15/part-774');
});

test('Federal Register citations link to the citation resolver; list entries and chart cells have no public page', () => {
  assert.equal(citationUrl({ kind: 'fr', ref: '84 FR 22961' }, { today }), 'https://www.federalregister.gov/citation/84-FR-22961');
  assert.equal(citationUrl({ kind: 'list', ref: 'EL 7752d5: Huawei Technologies Co., Ltd.' }, { today }), undefined);
  assert.equal(citationUrl({ kind: 'chart', ref: 'CN x NS 1' }, { today }), undefined);
  assert.equal(citationUrl({ kind: 'fr', ref: 'FR Doc. 2024-15810' }, { today }), undefined);
});

test('property: any link is https on the eCFR or the Federal Register, and a CFR link names the section cited', () => {
  fc.assert(
    fc.property(fc.integer({ min: 700, max: 799 }), fc.integer({ min: 1, max: 30 }), fc.array(fc.constantFrom('(a)', '(b)', '(1)', '(iv)', '(A)'), { maxLength: 3 }), fc.string(), (part, section, paragraphs, noise) => {
      const ref = `15 CFR ${part}.${section}${paragraphs.join('')}`;
      const url = citationUrl({ kind: 'cfr', ref }, { today })!;
      assert.ok(url.startsWith(`https://www.ecfr.gov/current/title-15/section-${part}.${section}`), url);
      const any = citationUrl({ kind: 'cfr', ref: noise }, { today });
      assert.ok(any === undefined || /^https:\/\/www\.(ecfr|federalregister)\.gov\//.test(any));
    }),
  );
});
