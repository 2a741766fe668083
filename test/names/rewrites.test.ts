import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeName, canonicalToken, familiarForms, isParticle } from '../../src/names/index.js';
import { cognateForms, GIVEN_NAME_COGNATES } from '../../src/names/given-name-cognates.js';
import { digitsAsLetters, numberWordsAsDigits, withoutNumberSigns } from '../../src/names/numbers.js';
import fc from 'fast-check';
import { wadeGilesReadings, wadeGilesSyllable } from '../../src/names/wade-giles.js';

const vias = (name: string, kind: Parameters<typeof analyzeName>[1] = 'unknown') =>
  analyzeName(name, kind).variants.map((v) => `${v.via}:${v.tokens.join(' ')}`);

describe('Wade-Giles in Latin letters', () => {
  it('reads syllables in pinyin, plain and aspirated', () => {
    assert.deepEqual(wadeGilesSyllable('hsi'), ['xi']);
    assert.deepEqual(wadeGilesSyllable('chin'), ['jin', 'qin']);
    assert.deepEqual(wadeGilesSyllable('tung'), ['dong', 'tong']);
    assert.deepEqual(wadeGilesSyllable('chih'), ['zhi', 'chi']);
    assert.deepEqual(wadeGilesSyllable('kuo'), ['guo', 'kuo']);
    assert.deepEqual(wadeGilesSyllable('smith'), []);
    // After the labials Wade-Giles's o is pinyin's o (Tzu-mo is Zimo), elsewhere uo (lo is luo).
    for (const [wg, pinyin] of [['mo', 'mo'], ['po', 'bo'], ['fo', 'fo'], ['lo', 'luo']] as const) {
      assert.equal(wadeGilesSyllable(wg)[0], pinyin, wg);
    }
  });
  it('reads whole names only when one syllable is spelled as only Wade-Giles spells', () => {
    assert.deepEqual(wadeGilesReadings(['mao', 'tse', 'tung'])[0], ['mao', 'ze', 'dong']);
    assert.ok(wadeGilesReadings(['hsi', 'chin', 'ping']).some((r) => r.join(' ') === 'xi jin ping'));
    assert.deepEqual(wadeGilesReadings(['chang', 'wei']), [], 'no Wade-Giles-only spelling');
    assert.deepEqual(wadeGilesReadings(['tsvangirai', 'morgan']), [], 'not syllables');
    assert.ok(vias('Mao Tse-tung', 'person').includes('from-wade-giles:mao ze dong'));
  });
});

describe('numbers and look-alike digits', () => {
  it('writes number words as digits', () => {
    assert.deepEqual(numberWordsAsDigits(['brigade', 'forty', 'four']), ['brigade', '44']);
    assert.deepEqual(numberWordsAsDigits(['brigade', 'fourty', '4']), ['brigade', '44']);
    assert.deepEqual(numberWordsAsDigits(['three', 'percenters']), ['3', 'percenters']);
    assert.deepEqual(numberWordsAsDigits(['one', 'hundred', 'twenty']), ['120']);
    assert.equal(numberWordsAsDigits(['acme', '44']), undefined);
  });
  it('reads digits among letters as the letters they look like', () => {
    assert.deepEqual(digitsAsLetters(['ig0r', 'sech1n']), ['igor', 'sechin']);
    assert.deepEqual(digitsAsLetters(['i9or']), ['igor']);
    assert.equal(digitsAsLetters(['brigade', '44']), undefined, 'numbers stay numbers');
    assert.equal(digitsAsLetters(['a320']), undefined, 'mostly digits: a model number');
  });
  it('adds them as variants, number words not for persons', () => {
    assert.ok(vias('Brigade Forty-Four', 'organization').includes('numerals:brigade 44'));
    assert.ok(!vias('Ten Seven', 'person').some((v) => v.startsWith('numerals:')));
    assert.ok(vias('Ig0r Sech1n', 'person').includes('letters:igor sechin'));
  });
});

describe('familiar forms', () => {
  it('map to the full name, and the full name to them', () => {
    assert.equal(canonicalToken('bill'), 'william');
    assert.equal(canonicalToken('bibi'), 'benjamin');
    assert.equal(canonicalToken('ben'), 'bin', 'the Arabic particle keeps its group');
    assert.ok(familiarForms('ben').includes('benjamin'));
    assert.ok(familiarForms('william').includes('bill'));
    assert.deepEqual(familiarForms('vladimirovich'), []);
  });
  it('knows the South Slavic, Russian and Spanish familiar forms in common use', () => {
    const cases: [string, string][] = [
      ['brano', 'branislav'], ['bane', 'branislav'], ['slobo', 'slobodan'], ['rade', 'radovan'], ['rade', 'radoslav'],
      ['mile', 'milorad'], ['zoki', 'zoran'], ['sasa', 'aleksandar'], ['voja', 'vojislav'], ['draza', 'dragoljub'],
      ['pedja', 'predrag'], ['dule', 'dusan'], ['nesa', 'nebojsa'], ['vlado', 'vladimir'], ['stas', 'stanislav'],
      ['gena', 'gennady'], ['lola', 'dolores'], ['chente', 'vicente'],
    ];
    for (const [form, full] of cases) assert.ok(familiarForms(form).includes(full), `${form} → ${familiarForms(form).join(', ')}`);
    // Ukrainian forms reach the Russian full names by their canonical spelling.
    assert.equal(canonicalToken('sashko'), canonicalToken('oleksandr'));
    assert.equal(canonicalToken('kolya'), canonicalToken('mykola'));
    // Branko is a name of its own.
    assert.deepEqual(familiarForms('branko'), []);
  });
});

describe('word order and shape of East Asian names', () => {
  it('puts a lone last syllable first as the surname', () => {
    assert.ok(vias('志偉 陳').includes('pinyin:chen zhi wei'));
    assert.ok(vias('수빈 이').some((v) => v.startsWith('korean-usual:lee')));
  });
  it('does not read a one-letter surname', () => {
    assert.ok(!vias('이수빈', 'person').some((v) => v.split(':')[1]!.split(' ')[0] === 'i'));
  });
  it('does not join separate Han words into one organisation word', () => {
    assert.ok(!vias('莉 谢').includes('pinyin:lixie'));
  });
  it('splits joined initials of persons but not acronyms beside organisation words', () => {
    assert.ok(vias('JC Juncker').includes('initials:j c juncker'));
    assert.ok(!vias('The BSF Foundation').some((v) => v.startsWith('initials:')));
  });
  it('knows particles', () => {
    assert.ok(isParticle('bin') && isParticle('van') && !isParticle('company'));
  });
});

describe('given-name cognates', () => {
  it('lists each form once, lower-case Latin, and reads both ways', () => {
    const all = GIVEN_NAME_COGNATES.flat();
    assert.equal(new Set(all).size, all.length);
    for (const form of all) assert.match(form, /^[a-z]+$/);
    assert.ok(cognateForms('juan').includes('john'));
    assert.ok(cognateForms('john').includes('juan'));
    assert.deepEqual(cognateForms('ortega'), []);
  });

  it('reads the Russian zh of loan names as the Western g (Anzhelika, Angelika; Anzhela, Angela)', () => {
    const cases: [string, string][] = [['angelika', 'anzhelika'], ['anzhelika', 'angelica'], ['angela', 'anzhela'], ['anzhela', 'angela']];
    for (const [form, other] of cases) assert.ok(cognateForms(form).includes(other), `${form}: ${other}`);
  });

  it('reads Yusuf, the Arabic Joseph, in its usual spellings as Joseph and the European forms', () => {
    const cases: [string, string][] = [['youssef', 'joseph'], ['yusuf', 'joseph'], ['yousef', 'jose'], ['joseph', 'yusuf'], ['youcef', 'giuseppe']];
    for (const [form, other] of cases) assert.ok(cognateForms(form).includes(other), `${form}: ${other}`);
  });
});

describe('Russian diminutives of women\'s names', () => {
  it('reads each as the full name (Dasha, Darya)', () => {
    const cases: [string, string][] = [['dasha', 'darya'], ['ksyusha', 'kseniya'], ['anya', 'anna'], ['valya', 'valentina']];
    for (const [short, full] of cases) assert.ok(familiarForms(short).includes(full), `${short}: ${familiarForms(short).join(' ')}`);
  });
});

describe('number signs', () => {
  it('drop a sign for number before a number in digits, and nothing else', () => {
    const cases: Array<[string, string | undefined]> = [
      ['china electronic technology group corporation no 58 institute', 'china electronic technology group corporation 58 institute'],
      ['werk nr 7', 'werk 7'],
      ['fabrica numero 3', 'fabrica 3'],
      // No number after it: a word (No, the Korean surname; No Limits).
      ['no moo hyun', undefined],
      ['no limits 2', undefined],
    ];
    for (const [name, want] of cases) assert.equal(withoutNumberSigns(name.split(' '))?.join(' '), want, name);
    assert.ok(vias('China Electronics Tech Group Corp No. 58 Institute', 'organization').includes('numerals:china electronic technology group corporation 58 institute'));
  });
  it('keep every other token in order, and drop only signs', () => {
    const token = fc.oneof(fc.constantFrom('no', 'nr', 'number', '58', '7', 'bank', 'no7'), fc.stringMatching(/^[a-z0-9]{1,6}$/u));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (tokens) => {
        const out = withoutNumberSigns(tokens);
        if (out === undefined) return;
        assert.ok(out.length < tokens.length);
        let j = 0;
        for (const t of tokens) if (j < out.length && out[j] === t) j++;
        assert.equal(j, out.length);
        const dropped = [...tokens];
        for (const t of out) dropped.splice(dropped.indexOf(t), 1);
        assert.ok(dropped.every((t) => ['no', 'nr', 'number', 'num', 'numero', 'nro'].includes(t)));
      }),
    );
  });
});
