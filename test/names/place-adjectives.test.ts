import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { placeAdjectiveForms, placesNamedBy, placesOfAdjective, shortIRespelled } from '../../src/names/place-adjectives.js';

describe('Russian place adjectives', () => {
  const pairs: [string, string][] = [
    ['kirov', 'kirovskiy'],
    ['izhora', 'izhorskiye'],
    ['rybinsk', 'rybinskaya'],
    ['balashikha', 'balashikhinskiy'],
    ['bolkhov', 'bolkhovskii'],
    // -ov- or -ev- between a place ending in two consonants and -sk-.
    ['zlatoust', 'zlatoustovsky'],
    ['zlatoust', 'zlatoustovskiy'],
    ['dnepr', 'dneprovskaya'],
    // -en- after a hushing consonant or a cluster (Kerch, Kerchenskiy Morskoy Torgovyy Port).
    ['kerch', 'kerchenskiy'],
    ['kerch', 'kerchenskaya'],
    // й after a vowel written y on one side and i on the other.
    ['taimyr', 'taymyrskaya'],
    ['taymyr', 'taimyrskaya'],
    ['baikal', 'baykalskiy'],
  ];
  for (const [place, adjective] of pairs) {
    it(`${place} and ${adjective} name each other`, () => {
      assert.ok(placeAdjectiveForms(place).includes(adjective));
      assert.ok(placeAdjectiveForms(adjective).includes(place));
      assert.ok(placesNamedBy(adjective).includes(place));
    });
  }

  it('an adjective with -ov- names no given name or company word (Petrovsky, Aleksandrovsky, Bankovskiy), nor a place ending in a vowel and consonant (Ivanovsky)', () => {
    for (const [adjective, word] of [['petrovsky', 'petr'], ['aleksandrovsky', 'aleksandr'], ['bankovskiy', 'bank'], ['ivanovsky', 'ivan']]) {
      assert.equal(placesNamedBy(adjective!).includes(word!), false, adjective);
      assert.equal(placesOfAdjective(adjective!)?.includes(word!), false, adjective);
    }
  });

  it('й after a vowel and before a consonant is respelled y for i and i for y, and nothing else is', () => {
    const cases: [string, string | undefined][] = [
      ['taymyr', 'taimyr'],
      ['taimyr', 'taymyr'],
      ['baykal', 'baikal'],
      ['aykhal', 'aikhal'],
      ['yakutsk', undefined],
      ['kirov', undefined],
      ['lipetsk', undefined],
      ['mayak', undefined],
    ];
    for (const [place, respelled] of cases) assert.equal(shortIRespelled(place), respelled, place);
  });

  it('respelling й twice gives the place back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/u), (p) => {
        const once = shortIRespelled(p);
        if (once !== undefined) assert.equal(shortIRespelled(once), p);
      }),
      { numRuns: 2000 },
    );
  });

  it('a short stem names no place (Polski, Tomsk)', () => {
    assert.deepEqual(placesNamedBy('polski').filter((p) => p.length < 4), []);
    assert.equal(placesNamedBy('tomski').includes('tom'), false);
  });

  it('placesNamedBy is the exact inverse of the adjectives spelled for a place', () => {
    const place = fc.stringMatching(/^[a-z]{2,9}(sk|a|o|e|in)?$/u);
    fc.assert(
      fc.property(place, (p) => {
        if (placesOfAdjective(p) !== undefined) return;
        for (const adjective of placeAdjectiveForms(p)) assert.ok(placesNamedBy(adjective).includes(p), `${p} -> ${adjective}`);
      }),
      { numRuns: 2000 },
    );
    const adjective = fc.tuple(fc.stringMatching(/^[a-z]{2,9}(in)?$/u), fc.constantFrom('skiy', 'skaya', 'skoe', 'skiye', 'ski', 'skii', 'sky')).map(([s, e]) => s + e);
    fc.assert(
      fc.property(adjective, (a) => {
        // A place that is itself an adjective's spelling is read as the adjective, never looked up as a place.
        for (const p of placesNamedBy(a)) if (placesOfAdjective(p) === undefined) assert.ok(placeAdjectiveForms(p).includes(a), `${a} <- ${p}`);
      }),
      { numRuns: 2000 },
    );
  });
});
