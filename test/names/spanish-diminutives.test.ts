import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spanishDiminutiveBases } from '../../src/names/index.js';
import { isGivenName } from '../../src/names/common-names.js';

describe('spanishDiminutiveBases', () => {
  it('reads the diminutives Spanish forms by rule as the given names they stand for', () => {
    const cases: [string, string][] = [
      ['nicolasito', 'nicolas'], ['juanito', 'juan'], ['pedrito', 'pedro'], ['carlitos', 'carlos'], ['rosita', 'rosa'],
      ['carmencita', 'carmen'], ['josecito', 'jose'], ['dieguito', 'diego'], ['francisquito', 'francisco'],
      ['marquitos', 'marcos'], ['isabelita', 'isabel'], ['miguelito', 'miguel'], ['fernandito', 'fernando'],
    ];
    for (const [diminutive, name] of cases) assert.deepEqual(spanishDiminutiveBases(diminutive), [name], diminutive);
  });

  it('leaves names of their own, surnames and words alone, and a woman\'s -ita off a man\'s name', () => {
    for (const token of ['anita', 'benito', 'esposito', 'margarita', 'juanita', 'rita', 'bonito', 'granito', 'expedito']) {
      assert.deepEqual(spanishDiminutiveBases(token), [], token);
    }
  });

  it('gives only known given names shorter than the token', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z]{0,12}(?:ito|ita|itos|cito|cita)$/u), (token) => {
      for (const base of spanishDiminutiveBases(token)) assert.ok(isGivenName(base) && base.length < token.length, `${token}: ${base}`);
    }));
  });
});
