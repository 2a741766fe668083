import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeName } from '../../src/names/index.js';
import { COUNTRY_FORMS } from '../../src/names/country-forms.js';
import { withCountryReadings } from '../../src/names/country-reading.js';

const organisation = (name: string) => analyzeName(name, 'organization').variants[0]?.tokens.join(' ');

describe('country names in organisation names', () => {
  const sameCountry: [string, string][] = [
    ['Foreign Trade Bank of DPRK', "FOREIGN TRADE BANK OF DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"],
    ['Government of the DPRK', 'Government of the North Korea'],
    ['Embassy of the DPR Korea', "EMBASSY OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"],
    ['Iran Shipping Lines', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES'],
    ['Bank of China (PRC)', "BANK OF CHINA (PEOPLE'S REPUBLIC OF CHINA)"],
    ['Ministry of Defence of Russia', 'MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION'],
    ['Islamic Rep. of Iran Shipping Line', 'IRAN SHIPPING LINE'],
    ["Dem. People's Rep. of Korea Embassy", 'DPRK EMBASSY'],
  ];
  for (const [query, listed] of sameCountry) {
    it(`read alike: ${query} | ${listed}`, () => {
      assert.equal(organisation(query)?.replace(/\bthe /gu, ''), organisation(listed)?.replace(/\bthe /gu, ''));
    });
  }

  it('reads Rossii, of Russia, as the Russian Federation', () => {
    assert.deepEqual(withCountryReadings(['bank', 'rossii']), ['bank', 'russia']);
    assert.deepEqual(withCountryReadings(['minfin', 'rossiyskoy', 'federatsii']), ['minfin', 'russia']);
    // Rossiya itself stays a name (AB Rossiya, a bank).
    assert.equal(withCountryReadings(['ab', 'rossiya']), undefined);
  });

  it('the longest form wins: the DPRK is no Republic of Korea', () => {
    assert.deepEqual(withCountryReadings('bank of democratic peoples republic of korea'.split(' ')), ['bank', 'of', 'dprk', 'korea']);
    assert.deepEqual(withCountryReadings('bank of republic of korea'.split(' ')), ['bank', 'of', 'rok', 'korea']);
  });

  it('names without a country form are left alone', () => {
    assert.equal(withCountryReadings(['korea', 'ryonbong', 'general', 'corporation']), undefined);
    assert.equal(withCountryReadings(['united', 'shipping']), undefined);
  });

  it('reading is idempotent and keeps the other words in order', () => {
    const forms = Object.values(COUNTRY_FORMS).flat();
    const word = fc.oneof(fc.constantFrom(...forms), fc.constantFrom('bank', 'of', 'the', 'korea', 'united', 'republic'), fc.stringMatching(/^[a-z]{1,6}$/u));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const tokens = words.join(' ').split(' ');
        const once = withCountryReadings(tokens) ?? tokens;
        assert.deepEqual(withCountryReadings(once) ?? once, once);
      }),
      { numRuns: 2000 },
    );
  });
});
