import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { canonicalToken } from '../../src/names/canonical.js';
import { analyzeName } from '../../src/names/index.js';
import { russianCompoundReading, russianPhraseReading } from '../../src/names/russian-compounds.js';
import { russianAcronymReading, russianAssociationReading } from '../../src/names/russian-acronyms.js';
import { RUSSIAN_ORG_TERMS } from '../../src/names/russian-org-terms.js';

describe('Russian organisation words in Latin letters', () => {
  it('an adjective is read in every transliteration of its endings', () => {
    const cases: [string, string][] = [
      ['novyj', 'new'],
      ['novy', 'new'],
      ['gornaya', 'mining'],
      ['gornyi', 'mining'],
      ['gornykh', 'mining'],
      ['trubnyj', 'pipe'],
      ['trubnoye', 'pipe'],
      ['rechevykh', 'speech'],
      ['rechevoi', 'speech'],
      ['sudostroitelnyy', 'shipbuilding'],
      ['tekhnologiy', 'technology'],
      ['informatsionnyj', 'information'],
      ['morskikh', 'sea'],
      ['direktsiya', 'directorate'],
      ['direktsii', 'directorate'],
      ['obyedinenie', 'association'],
      ['obiedinenie', 'association'],
      ['proizvodstvenno', 'production'],
      ['proizvodstvennyy', 'production'],
      ['kommercheskaya', 'commercial'],
      ['kommercheskoye', 'commercial'],
    ];
    for (const [word, english] of cases) assert.equal(canonicalToken(word), english, word);
  });

  it('every ending of an adjective the table writes with its feminine reads as the feminine does', () => {
    const feminines = Object.keys(RUSSIAN_ORG_TERMS).filter((w) => /(?:aya|aia)$/u.test(w) && w.length >= 6);
    const endings = ['yy', 'yi', 'yj', 'y', 'iy', 'ii', 'oy', 'oi', 'oye', 'oe', 'ye', 'yye', 'ie', 'iye', 'ogo', 'ykh', 'ikh'];
    fc.assert(
      fc.property(fc.constantFrom(...feminines), fc.constantFrom(...endings), (feminine, ending) => {
        const stem = feminine.slice(0, -3);
        assert.ok(RUSSIAN_ORG_TERMS[stem + ending] !== undefined, stem + ending);
      }),
      { numRuns: 500 },
    );
  });

  it('a word English translates by two is read as the two, and novo- with a company word as new and the word', () => {
    const cases: [string, readonly string[] | undefined][] = [
      ['dalnevostochny', ['far', 'eastern']],
      ['dalnevostochnyj', ['far', 'eastern']],
      ['dalnevostochnaya', ['far', 'eastern']],
      ['neftegazovaya', ['oil', 'gas']],
      ['mashinostroitelnyy', ['machine', 'building']],
      ['khladokombinat', ['cold', 'storage', 'plant']],
      ['minfin', ['ministry', 'finance']],
      ['minoborony', ['ministry', 'defense']],
      ['minpromtorg', ['ministry', 'industry', 'trade']],
      ['minyust', ['ministry', 'justice']],
      ['radiotekhnicheskiy', ['radio', 'engineering']],
      ['radiotekhnicheskogo', ['radio', 'engineering']],
      ['radiotechnical', ['radio', 'engineering']],
      ['novotrubny', ['new', 'trubny']],
      ['novotrubnaya', ['new', 'trubnaya']],
      // Towns named Novo- are no new anything.
      ['novosibirsk', undefined],
      ['novorossiysk', undefined],
      ['novomoskovskiy', undefined],
      ['novokramatorskiy', undefined],
      ['novatek', undefined],
    ];
    for (const [token, words] of cases) assert.deepEqual(russianCompoundReading(token), words, token);
  });

  it('reads kiberbezopasnost, cybersecurity, as English writes it, one word', () => {
    for (const word of ['kiberbezopasnost', 'kiberbezopasnosti', 'kiberbezpeka']) assert.equal(canonicalToken(word), 'cybersecurity', word);
    assert.equal(canonicalToken('bezpeky'), 'security');
  });

  it('reads Soviet and Russian institutional acronyms as the English words, in organisations only', () => {
    const cases: [string, readonly string[] | undefined][] = [
      ['gosmkb', ['state', 'machine', 'building', 'design', 'bureau']],
      ['mkb', ['machine', 'building', 'design', 'bureau']],
      ['okb', ['experimental', 'design', 'bureau']],
      ['tsnii', ['central', 'research', 'institute']],
      ['nii', ['research', 'institute']],
      // Lists keep NPO and NPP as written; NPP is also a nuclear power plant.
      ['npo', undefined],
      ['npp', undefined],
      // Two letters meet too many initials.
      ['kb', undefined],
      ['gk', undefined],
    ];
    for (const [token, words] of cases) assert.deepEqual(russianAcronymReading(token), words, token);
  });

  it('NPO is read only in a name of Russian words, not before a brand', () => {
    const cases: [string[], string[] | undefined][] = [
      [['npo', 'izmeritelnoy', 'tekhniki'], ['scientific', 'production', 'association']],
      [['npo', 'androidnaya', 'tekhnika'], ['scientific', 'production', 'association']],
      [['npo', 'almaz'], undefined],
      [['npo', 'altair'], undefined],
      [['npo', 'mashinostroyeniya'], undefined],
    ];
    for (const [tokens, words] of cases) assert.deepEqual(russianAssociationReading('npo', tokens), words, tokens.join(' '));
  });

  it('any name: NPO is read only as NPO, and only beside a word of seven letters or more', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,10}$/u), fc.array(fc.stringMatching(/^[a-z]{1,12}$/u), { maxLength: 4 }), (token, tokens) => {
        const words = russianAssociationReading(token, tokens);
        if (token !== 'npo' || !tokens.some((t) => t.length >= 7)) return words === undefined;
        return words === undefined || words.length === 3;
      }),
    );
    assert.deepEqual(analyzeName('GosMKB Raduga', 'organization').variants[0]?.tokens, ['state', 'machine', 'building', 'design', 'bureau', 'raduga']);
    assert.deepEqual(analyzeName('OKB Sukhoi', 'organization').variants[0]?.tokens, ['experimental', 'design', 'bureau', 'sukhoi']);
    // A person's name keeps the letters as written.
    assert.ok(analyzeName('Nii Okb', 'person').variants.every((v) => !v.tokens.includes('research')));
  });

  it('reads blagosostoyaniya, wealth, in its spellings', () => {
    for (const word of ['blagosostoyaniya', 'blagosostoyanie', 'blagosostoianiia']) assert.equal(canonicalToken(word), 'wealth', word);
  });

  it('reads zheleznaya doroga, the iron road, as one railway in every spelling and case', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['zheleznye', 'dorogi', 'railway'],
      ['zheleznaya', 'doroga', 'railway'],
      ['zheleznoy', 'dorogi', 'railway'],
      ['zheleznykh', 'dorog', 'railway'],
      ['zheleznaia', 'doroga', 'railway'],
      ['zheleznye', 'dorogoy', 'railway'],
      // Another noun after it, or none, is no railway.
      ['zheleznye', 'vorota', undefined],
      ['zheleznye', 'dorogov', undefined],
      ['zheleznye', undefined, undefined],
      ['avtomobilnye', 'dorogi', undefined],
    ];
    for (const [adjective, noun, reading] of cases) assert.equal(russianPhraseReading(adjective, noun), reading, `${adjective} ${noun}`);
    const tokens = analyzeName('Rossiyskiye Zheleznye Dorogi', 'organization').variants[0]?.tokens;
    assert.deepEqual(tokens, ['rossiyskiye', 'railway']);
  });

  it('a phrase reading needs the table adjective and its noun', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/u), fc.stringMatching(/^[a-z]{0,10}$/u), (adjective, noun) => {
        const reading = russianPhraseReading(adjective, noun);
        if (reading !== undefined) assert.ok(adjective.startsWith('zhelezn') && noun.startsWith('dorog'), `${adjective} ${noun}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('novo- before anything but a company word of the table reads nothing', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,12}$/u), (rest) => {
        const reading = russianCompoundReading(`novo${rest}`);
        if (reading !== undefined && reading[0] === 'new') assert.ok(RUSSIAN_ORG_TERMS[rest] !== undefined, rest);
      }),
      { numRuns: 2000 },
    );
  });
});
