import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dprkFromRevised, dprkInitialR, mcCuneFromRevised, mcCuneOpening, revisedFromOlderDprk } from '../../src/names/korean-respelling.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

describe('mcCuneFromRevised', () => {
  it('respells a word in Revised Romanization the McCune-Reischauer way', () => {
    for (const [revised, mcCune] of [
      ['goryeo', 'koryo'],
      ['joseon', 'choson'],
      ['pyeongyang', 'pyongyang'],
      ['gwangmyeong', 'kwangmyong'],
      ['cheongcheongang', 'chongchongang'],
      // The customary oo for ㅜ.
      ['gooryong', 'kuryong'],
    ]) assert.equal(mcCuneFromRevised(revised!), mcCune);
  });

  it('leaves alone a word without the vowels only Revised Romanization writes, or that is no run of Korean syllables', () => {
    for (const word of ['jeil', 'trading', 'george', 'leumi', 'bank', 'joon', 'moon']) assert.equal(mcCuneFromRevised(word), undefined, word);
  });

  it('never lengthens a word, and gives letters only', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,16}$/u), (word) => {
        const respelled = mcCuneFromRevised(word);
        if (respelled === undefined) return;
        assert.ok(respelled.length <= word.length + 1, `${word} → ${respelled}`);
        assert.match(respelled, /^[a-z]+$/u);
      }),
    );
  });

  it('lets a Korean organisation in South Korean spelling meet its listing', () => {
    assert.ok(scoreNamePair('Joseon Bank', 'CHOSON BANK', { kind: 'organization' }) >= DEFAULT_THRESHOLD);
    assert.ok(scoreNamePair('Pyeongyang Trading Company', 'PYONGYANG TRADING COMPANY', { kind: 'organization' }) >= DEFAULT_THRESHOLD);
  });
});

describe('dprkFromRevised', () => {
  const cases: Array<[string, string | undefined]> = [
    ['baengma', 'paekma'],
    ['eunpa', 'unpha'],
    ['gungmin', 'kukmin'],
    // ㄹ after a final ㄱ, which RR writes as said (옥류, 백련).
    ['ongnyu', 'okryu'],
    ['baengnyeon', 'paekryon'],
    ['pyeongtaek', 'pyongthaek'],
    // Nothing RR alone writes, or the same as McCune-Reischauer: left to mcCuneFromRevised.
    ['korea', undefined],
    ['shipping', undefined],
    ['seoul', undefined],
  ];
  for (const [revised, dprk] of cases) it(`respells ${revised}`, () => assert.equal(dprkFromRevised(revised), dprk));
});

describe('revisedFromOlderDprk', () => {
  const cases: Array<[string, string | undefined]> = [
    ['zuzagbong', 'jujakbong'],
    ['zangsong', 'jangsong'],
    // Without z, or no run of Korean syllables with j for it.
    ['jujakbong', undefined],
    ['zinc', undefined],
    ['zagreb', undefined],
  ];
  for (const [older, revised] of cases) it(`respells ${older}`, () => assert.equal(revisedFromOlderDprk(older), revised));
});

describe('dprkInitialR', () => {
  const cases: Array<[string, string | undefined]> = [
    ['neungnado', 'rungrado'],
    ['yongak', 'ryongak'],
    ['nodong', 'rodong'],
    ['imjin', 'rimjin'],
    // No opening n or vowel, and no n after ng or m; or no run of Korean syllables.
    ['taesong', undefined],
    ['korea', undefined],
    ['trading', undefined],
  ];
  for (const [revised, dprk] of cases) it(`respells ${revised}`, () => assert.equal(dprkInitialR(revised), dprk));

  it('lets a North Korean organisation in South Korean spelling meet its listing with r, and only in a name written so', () => {
    const score = (query: string, listed: string) => scoreNamePair(query, listed, { kind: 'organization' });
    for (const [query, listed] of [
      ['Korea Neungnado Yongak Trading Company', 'KOREA RUNGRADO RYONGAK TRADING CO'],
      ['Kuryong Shipping Co Ltd', 'GOORYONG SHIPPING CO LTD'],
    ]) assert.ok(score(query!, listed!) >= DEFAULT_THRESHOLD, `${query} → ${listed}`);
    // Park Joon-hee is not Park Chung-hee, written as an entity or not.
    assert.ok(score('Park Joon-hee', 'Park Chung-hee') < DEFAULT_THRESHOLD);
    // Without a word in South Korean spelling beside it, Yongak stays as written.
    assert.ok(score('Yongak Trading Company', 'RYONGAK TRADING CO') < score('Korea Neungnado Yongak Trading Company', 'KOREA RUNGRADO RYONGAK TRADING CO'));
  });
});

describe('mcCuneOpening', () => {
  const cases: Array<[string, string | undefined]> = [
    ['jeil', 'cheil'],
    ['daedong', 'taedong'],
    ['busan', 'pusan'],
    ['gimpo', 'kimpo'],
    // One syllable, an opening consonant McCune-Reischauer shares, a tense jj, or no run of Korean syllables.
    ['jin', undefined],
    ['dan', undefined],
    ['cheil', undefined],
    ['koryo', undefined],
    ['jjang', undefined],
    ['gia', undefined],
    ['bank', undefined],
    ['global', undefined],
  ];
  for (const [revised, mcCune] of cases) it(`respells ${revised}`, () => assert.equal(mcCuneOpening(revised), mcCune));

  it('lets a Korean organisation in either spelling meet its listing in the other', () => {
    const score = (query: string, listed: string) => scoreNamePair(query, listed, { kind: 'organization' });
    for (const [query, listed] of [
      ['Jeil Credit Bank', 'CHEIL CREDIT BANK'],
      ['Taedong Credit Bank', 'DAEDONG CREDIT BANK'],
    ]) assert.ok(score(query!, listed!) >= 0.95, `${query} → ${listed}: ${score(query!, listed!)}`);
    // A one-syllable word keeps its opening consonant: Dan Trading is not Tan Trading.
    assert.ok(score('Dan Trading Company', 'TAN TRADING COMPANY') < 0.95);
  });
});
