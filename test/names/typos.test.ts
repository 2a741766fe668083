import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeName, canonicalToken, tokenPrior } from '../../src/names/index.js';
import { OneEditIndex, withinEdits } from '../../src/names/fuzzy.js';
import { removeLegalForms } from '../../src/names/legal-form-removal.js';
import { LEGAL_FORM_WORDS, PRIORS } from '../../src/names/stopwords.js';

type Kind = Parameters<typeof analyzeName>[1];

function first(value: string, kind: Kind = 'organization'): string {
  return analyzeName(value, kind).variants[0]?.tokens.join(' ') ?? '';
}

function renderings(value: string, kind: Kind): string[] {
  return analyzeName(value, kind).variants.map((v) => v.tokens.join(' '));
}

/** Below this the scorer takes a token for noise. */
const NOISE = 0.15;

describe('legal forms read through typos', () => {
  it('removes a form with a misspelt word, naming the form as the table writes it', () => {
    for (const kind of ['organization', 'unknown'] as const) {
      const a = analyzeName('uniservice limited liability cimpany', kind);
      assert.equal(a.variants[0]?.tokens.join(' '), 'uniservice');
      assert.deepEqual(a.legalForms, ['limited liability company']);
    }
    assert.equal(first('UNISERVICE LIMITED LIABILITY COMPANY'), 'uniservice');
  });

  it('reads a four-letter word when the other words of its form are exact', () => {
    const a = analyzeName('JINT STOCK COMPANY POLIMETALL', 'organization');
    assert.equal(a.variants[0]?.tokens.join(' '), 'polimetall');
    assert.deepEqual(a.legalForms, ['joint stock company']);
    assert.equal(first('JOINT STOCK COMPANY POLIMETALL'), 'polimetall');
  });

  it('completes a form whose last word is cut off at the end of the name', () => {
    const a = analyzeName('TACTICAL MISSILES CORPORATION JOINT STOCK COMPAN', 'organization');
    assert.equal(a.variants[0]?.tokens.join(' '), 'tactical missiles');
    assert.ok(a.legalForms.includes('joint stock company'), a.legalForms.join(','));
    assert.equal(first('TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY'), 'tactical missiles');
  });

  it('reads a long single-word form through two typos', () => {
    const a = analyzeName('Siemens Aktiengeselschaft', 'organization');
    assert.equal(a.variants[0]?.tokens.join(' '), 'siemens');
    assert.deepEqual(a.legalForms, ['aktiengesellschaft']);
    assert.equal(first('Siemens Aktiengeselschat'), 'siemens');
    assert.equal(first('Siemens AG'), 'siemens');
  });

  it('knows the Romanian SRL written out', () => {
    const a = analyzeName('Societatea cu Răspundere Limitată PRO TRAFFIC', 'organization');
    assert.equal(a.variants[0]?.tokens.join(' '), 'pro traffic');
    assert.deepEqual(a.legalForms, ['societatea cu raspundere limitata']);
    assert.equal(first('SRL PRO TRAFFIC'), 'pro traffic');
  });

  it('reads Russian forms in their other romanisations', () => {
    assert.equal(first('AKTSIONERNOE OBSCHESTVO YALTINSKAYA KINOSTUDIYA'), 'yaltinskaya kinostudiya');
    assert.equal(first('OBSCHESTVO S OGRANICHENNOJ OTVETSTVENNOSTYU MOKRAN'), 'mokran');
  });

  it('weighs the words of a form moved apart as noise', () => {
    const tokens = analyzeName('STOCK COMPANY KRASNODARSKIY AVTOCENTR KAMAZ JOINT', 'organization').variants[0]?.tokens ?? [];
    assert.deepEqual(tokens.filter((t) => tokenPrior(t) > NOISE), ['krasnodarskiy', 'avtocentr', 'kamaz']);
    assert.equal(first('JOINT STOCK COMPANY KRASNODARSKIY AVTOCENTR KAMAZ'), 'krasnodarskiy avtocentr kamaz');
  });

  it('does not read typos into short single-word forms, nor into a form with no word as written', () => {
    // 'company' alone is too short to be read through a typo; the cut completes multi-word forms only.
    assert.equal(first('Acme Cimpany'), 'acme cimpany');
    assert.equal(first('Acme Compan'), 'acme compan');
    assert.equal(first('Jint Stok Compny Polimetall'), 'jint stok compny polimetall');
  });

  it('never removes the whole name', () => {
    // As with 'Joint Stock Company': the whole form cannot go, only the edge word 'company'.
    assert.equal(first('Jint Stock Company'), 'jint stock');
    assert.notEqual(first('Limited Liability Cimpany'), '');
    assert.deepEqual(removeLegalForms(['joint', 'stock', 'compan']).tokens, ['joint', 'stock', 'compan']);
  });

  it('leaves personal names alone', () => {
    assert.equal(first('Maxine Waters', 'person'), 'maxine waters');
    assert.equal(first('Jon Stock', 'unknown'), 'jon stock');
    assert.equal(first('PUTIN, Vladimir Vladimirovich', 'unknown'), 'putin vladimir vladimirovich');
  });
});

describe('tokenPrior of legal-form words and their typos', () => {
  it('weighs the words of written-out legal forms as noise', () => {
    const words = [
      'joint', 'stock', 'liability', 'public', 'closed', 'open', 'private', 'obshchestvo', 'ogranichennoi', 'ogranichennoy',
      'otvetstvennostyu', 'aktsionernoe', 'aktsionernoye', 'gesellschaft', 'haftung', 'societe', 'anonyme', 'sociedad',
      'responsabilidad', 'limitada', 'kabushiki', 'kaisha', 'raspundere', 'company', 'limited',
    ];
    for (const word of words) assert.ok(tokenPrior(word) <= NOISE, `${word}: ${tokenPrior(word)}`);
  });

  it('keeps explicit priors and the parts of personal names', () => {
    assert.equal(tokenPrior('company'), PRIORS.company);
    assert.equal(tokenPrior('limited'), PRIORS.limited);
    assert.equal(tokenPrior('and'), PRIORS.and);
    // 'per' is in 'societa per azioni' and a Swedish given name; 'sab' in 'sab de cv' and in Sab'awi.
    for (const name of ['per', 'sab', 'maxine', 'price', 'marina', 'allan', 'aisha', 'kaisa', 'berhan', 'stork', 'delia', 'mokran']) {
      assert.equal(tokenPrior(name), 1, name);
    }
  });

  it('gives a word one typo from a legal-form word that word’s prior', () => {
    assert.equal(tokenPrior('cimpany'), tokenPrior('company'));
    assert.equal(tokenPrior('compnay'), tokenPrior('company'));
    assert.equal(tokenPrior('compan'), tokenPrior('company'));
    assert.equal(tokenPrior('limitted'), tokenPrior('limited'));
    assert.equal(tokenPrior('corporaton'), tokenPrior('corporation'));
    assert.ok(tokenPrior('liabilty') <= NOISE);
    assert.ok(tokenPrior('obschestvo') <= NOISE);
    assert.ok(tokenPrior('kompaniia') <= NOISE);
    // Two edits, or a typo in the first letter, is another word.
    assert.equal(tokenPrior('cimpani'), 1);
    assert.equal(tokenPrior('xompany'), 1);
  });
});

describe('abbreviations that are also names', () => {
  it('lets an organisation meet the same name of unknown kind', () => {
    const listed = renderings('BUSINESS LAB', 'organization');
    assert.ok(listed.includes('business laboratory'));
    assert.ok(listed.includes('business lab'));
    assert.equal(first('business lab', 'unknown'), 'business lab');
    assert.ok(renderings('ENG INDUSTRIES', 'organization').includes('eng industry'));
  });

  it('leaves persons and names of unknown kind unexpanded', () => {
    assert.ok(renderings('Tan Eng Lab', 'person').every((r) => !r.includes('engineering') && !r.includes('laboratory')));
    assert.ok(!renderings('Tan Eng', 'unknown').some((r) => r.includes('engineering')));
  });
});

/** Words that have a prior of their own, and the prior they have. */
function wordsWithPriors(): [string, number][] {
  return [...Object.entries(PRIORS), ...[...LEGAL_FORM_WORDS].map(([w, p]) => [w, PRIORS[canonicalToken(w)] ?? p] as [string, number])];
}

const TYPO_TARGETS = ['company', 'limited', 'corporation', 'liability', 'partnership', 'obshchestvo', 'otvetstvennostyu', 'aktsionernoe', 'gesellschaft'];
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split(''));

/** One edit of `word` that keeps its first letter. */
const oneTypo = fc
  .tuple(fc.constantFrom(...TYPO_TARGETS), fc.nat(), fc.constantFrom('insert', 'delete', 'substitute', 'swap'), letter)
  .map(([word, n, op, c]) => {
    const i = 1 + (n % (word.length - 2));
    if (op === 'insert') return word.slice(0, i) + c + word.slice(i);
    if (op === 'delete') return word.slice(0, i) + word.slice(i + 1);
    if (op === 'substitute') return word.slice(0, i) + c + word.slice(i + 1);
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  });

describe('typo-tolerant prior properties', () => {
  it('returns a prior in [0, 1] for any string, in bounded time', () => {
    const any = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: letter, maxLength: 30 }), fc.string({ maxLength: 5_000 }), oneTypo);
    fc.assert(
      fc.property(any, (token) => {
        const start = performance.now();
        const prior = tokenPrior(token);
        const elapsed = performance.now() - start;
        assert.ok(prior >= 0 && prior <= 1, `${token}: ${prior}`);
        // A guard against blow-ups, loose enough for a garbage collection on a loaded machine.
        assert.ok(elapsed < 250, `${token.slice(0, 20)}… took ${elapsed.toFixed(1)} ms`);
      }),
      { numRuns: 3000 },
    );
    const start = performance.now();
    for (const token of ['a'.repeat(100_000), 'company'.repeat(10_000), 'x'.repeat(17)]) tokenPrior(token);
    assert.ok(performance.now() - start < 1_000);
  });

  it('keeps exactly the prior of a word that has one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...wordsWithPriors()), ([word, prior]) => {
        assert.equal(tokenPrior(word), prior, word);
      }),
      { numRuns: 1000 },
    );
  });

  it('weighs one typo of a legal-form word as a legal-form word', () => {
    fc.assert(
      fc.property(oneTypo, (token) => {
        // No legal-form word weighs more than 'corporation' (0.2).
        assert.ok(tokenPrior(token) <= PRIORS.corporation!, `${token}: ${tokenPrior(token)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds exactly the words within one edit', () => {
    const words = ['company', 'limited', 'liability', 'joint', 'stock', 'obshchestvo'];
    const index = new OneEditIndex(words);
    fc.assert(
      fc.property(fc.oneof(oneTypo, fc.string({ unit: letter, maxLength: 12 })), (token) => {
        const expected = words.filter((w) => w !== token && withinEdits(token, w, 1));
        assert.deepEqual([...index.near(token)].sort(), expected.sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('finds exactly the words within one edit among words of one to three letters too', () => {
    const words = ['a', 'ab', 'ba', 'abc', 'cab', 'aab'];
    const index = new OneEditIndex(words);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 5 }), (token) => {
        const expected = words.filter((w) => w !== token && withinEdits(token, w, 1));
        assert.deepEqual([...index.near(token)].sort(), expected.sort());
      }),
      { numRuns: 500 },
    );
  });

  it('stays fast on long names full of misspelt forms', () => {
    for (const value of ['Jint Stock Compan '.repeat(2_000), 'aktiengeselschaft '.repeat(1_000), 'Limited Liability Cimpany '.repeat(1_000)]) {
      const start = performance.now();
      for (const kind of ['organization', 'unknown', 'person'] as const) analyzeName(value, kind);
      assert.ok(performance.now() - start < 500, value.slice(0, 20));
    }
  });

  it('never removes every token of a name', () => {
    const word = fc.oneof(fc.constantFrom('joint', 'jint', 'stock', 'company', 'compan', 'cimpany', 'limited', 'liability', 'ltd', 'co', 'sa', 'aktiengeselschaft'), oneTypo);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean(), (tokens, short) => {
        assert.ok(removeLegalForms(tokens, short).tokens.length > 0, tokens.join(' '));
      }),
      { numRuns: 2000 },
    );
  });
});
