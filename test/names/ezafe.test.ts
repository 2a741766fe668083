import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeName } from '../../src/names/analyze.js';
import { withoutEzafe } from '../../src/names/ezafe.js';

describe('Persian ezafe', () => {
  const cases: [string, string | undefined][] = [
    ['Sherkat-e Petroshimi-ye Tabriz', 'Sherkat Petroshimi Tabriz'],
    ['SEPAH-E PASDARAN', 'SEPAH PASDARAN'],
    ['Bank-e Melli, Iran', 'Bank Melli, Iran'],
    ['Takhassosi-ye Omran', 'Takhassosi Omran'],
    // A word that goes on after the hyphen is no ezafe.
    ['Al-Esraa', undefined],
    ['Kim Ye-jin', undefined],
    ['Jean-Eudes Trading', undefined],
    ['Rosneft', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${text} → ${expected ?? 'unchanged'}`, () => assert.equal(withoutEzafe(text), expected));
  }

  it('an organisation name is read without its ezafe, a person name is not', () => {
    const org = analyzeName('Sherkat-e Petroshimi-ye Tabriz', 'organization').variants.map((v) => v.tokens.join(' '));
    assert.ok(org.includes('sherkat petroshimi tabriz'), org.join(' | '));
    const person = analyzeName('Ali-ye Tabrizi', 'person').variants.map((v) => v.tokens.join(' '));
    assert.ok(!person.includes('ali tabrizi'), person.join(' | '));
  });

  it('takes off only hyphened e and ye, leaving no hyphened ezafe and changing nothing a second time', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/u);
    const joiner = fc.constantFrom(' ', '-', '-e ', '-ye ', '-E ', '-YE ', ', ', '-e', '-ye', '-e-ye ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, joiner), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.map(([w, j]) => w + j).join('');
        const out = withoutEzafe(text);
        if (out === undefined) return;
        assert.ok(out.length < text.length);
        assert.equal(withoutEzafe(out), undefined, `${text} → ${out}`);
        // Only the ezafe goes: the letters of the text, ezafe aside, are kept in order.
        assert.equal(out.replace(/[^A-Za-z]/gu, '').length <= text.replace(/[^A-Za-z]/gu, '').length, true);
      }),
      { numRuns: 2000 },
    );
  });
});
