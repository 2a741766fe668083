import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toIso2 } from '../../src/ingest/countries.js';

test('country names and codes as the lists write them resolve to ISO-2', () => {
  const cases: [string, string | undefined][] = [
    ['CN', 'CN'],
    ['na', undefined],
    ['PRC', 'CN'],
    ['China, Hong Kong Special Administrative Region', 'HK'],
    ['IRN', 'IR'],
    ['Iran', 'IR'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Korea, North', 'KP'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['Burma', 'MM'],
    ['United Kingdom', 'GB'],
    ['Germany', 'DE'],
    ['Hong Kong', 'HK'],
    ['Region: Crimea', 'UA'],
    ['Atlantis', undefined],
    ['', undefined],
  ];
  for (const [text, iso] of cases) assert.equal(toIso2(text), iso, text);
});

test('any string resolves to a two-letter code or nothing', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (s) => {
      const code = toIso2(s);
      assert.ok(code === undefined || /^[A-Z]{2}$/.test(code));
    }),
    { numRuns: 2000 },
  );
});

test('abbreviated and inverted spellings resolve', () => {
  for (const [text, iso] of [
    ['Moldova', 'MD'],
    ['Cabo Verde', 'CV'],
    ['Cote d Ivoire', 'CI'],
    ['Bahamas, The', 'BS'],
    ['St. Vincent and the Grenadines', 'VC'],
    ['St. Kitts & Nevis', 'KN'],
  ] as const) {
    assert.equal(toIso2(text), iso, text);
  }
});
