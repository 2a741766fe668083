import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeName } from '../../src/names/index.js';
import { gluedWords, splitGluedForms } from '../../src/names/glued-forms.js';

const organisation = (name: string) => analyzeName(name, 'organization').variants[0]?.tokens.join(' ');

describe('legal-form words written onto a name', () => {
  it('are split off and removed with the legal form', () => {
    assert.equal(organisation('Limited Liabilitycompany Bering Metals'), organisation('LIMITED LIABILITY COMPANY BERING METALS'));
    assert.equal(organisation('Inmobiliaria Linaresltda.'), organisation('INMOBILIARIA LINARES LTDA.'));
    assert.equal(organisation('Gracious Shipping Companylimited'), organisation('GRACIOUS SHIPPING COMPANY LIMITED'));
    assert.equal(organisation('AKTSIONERNOE OBSHCHESTVOSG-DEVELOPMENT'), organisation('AKTSIONERNOE OBSHCHESTVO SG-DEVELOPMENT'));
  });

  it('a short form word is not split off the front of a word, nor a form word off itself', () => {
    assert.equal(splitGluedForms(['incoprorated', 'kem']), undefined);
    assert.equal(splitGluedForms(['corporacion', 'nacional']), undefined);
    assert.equal(splitGluedForms(['incorporated']), undefined);
    assert.deepEqual(splitGluedForms(['incorporatedkem']), ['incorporated', 'kem']);
  });

  it('an English word that ends like a form word keeps its prefix (Republic, Unlimited)', () => {
    assert.equal(splitGluedForms(['republic']), undefined);
    assert.equal(splitGluedForms(['unlimited']), undefined);
    assert.equal(organisation('Republic Shipping Lines'), 'republic shipping lines');
  });

  it('abbreviations of organisation words are expanded (Dev, CJS)', () => {
    assert.equal(organisation('Behshahr Ind Dev Corp.'), organisation('Behshahr Industries Development Corporation'));
    assert.equal(organisation('VTB Bank Belarus CJS'), organisation('VTB BANK BELARUS CLOSED JOINT STOCK COMPANY'));
  });

  it('a token is split as a scan of every form word, longest first, would split it', () => {
    // The rule written plainly: the first form word (longest first) at the token's end, or at its start when long.
    const scanOnce = (token: string): string[] | undefined => {
      if (token.length < 5 || gluedWords().includes(token)) return undefined;
      for (const word of gluedWords()) {
        const rest = token.length - word.length;
        const minRest = word.length <= 3 ? 3 : 2;
        if (rest < minRest) continue;
        if (word.length >= 6 && token.startsWith(word)) return [word, token.slice(word.length)];
        if (token.endsWith(word) && rest >= 3) return [token.slice(0, rest), word];
      }
      return undefined;
    };
    const scan = (token: string, depth: number): string[] => {
      const split = depth < 2 ? scanOnce(token) : undefined;
      return split === undefined ? [token] : split.flatMap((part) => scan(part, depth + 1));
    };
    const part = fc.oneof(fc.constantFrom(...gluedWords()), fc.stringMatching(/^[a-z]{1,6}$/u));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 3 }), (parts) => {
        const token = parts.join('');
        const expected = scan(token, 0);
        assert.deepEqual(splitGluedForms([token]) ?? [token], expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('splitting keeps every letter, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,20}$/u), { minLength: 1, maxLength: 5 }), (tokens) => {
        const split = splitGluedForms(tokens);
        if (split === undefined) return;
        assert.equal(split.join(''), tokens.join(''));
        assert.ok(split.every((t) => t.length > 0));
      }),
      { numRuns: 3000 },
    );
  });
});
