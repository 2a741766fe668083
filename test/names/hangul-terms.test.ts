import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { translatedHangulOrganization, withHangulOrdinals } from '../../src/names/hangul-terms.js';
import { segmentsOf } from '../../src/names/segments.js';

describe('translatedHangulOrganization', () => {
  it('translates the organisation words inside a Korean name written as one word', () => {
    assert.deepEqual(translatedHangulOrganization(['정찰총국']), [['reconnaissance', 'general', 'bureau']]);
    // 조선 opening a name is the country; the stretch between words is read in both systems.
    assert.deepEqual(translatedHangulOrganization(['조선대성은행']), [
      ['korea', 'taesong', 'bank'],
      ['korea', 'daeseong', 'bank'],
      ['democratic', 'peoples', 'republic', 'korea', 'taesong', 'bank'],
    ]);
    assert.deepEqual(translatedHangulOrganization(['고려항공']), [['koryo', 'air'], ['goryeo', 'air']]);
  });

  it('reads a one-syllable ending as the kind of body only after an organisation word, and gives the second translation of a word', () => {
    const readings = (word: string) => translatedHangulOrganization([word]).map((tokens) => tokens.join(' '));
    assert.deepEqual(readings('사회안전성'), ['social security ministry']);
    assert.deepEqual(readings('인민무력부'), ['people armed forces department', 'people armed forces ministry']);
    assert.deepEqual(readings('국가계획위원회'), ['state planning committee', 'national planning commission']);
    assert.deepEqual(readings('조선로동당'), ['korea workers party', 'democratic peoples republic korea workers party']);
    assert.deepEqual(readings('군사위원회'), ['military committee', 'military commission']);
    assert.deepEqual(readings('종합설비회사'), ['complex equipment company', 'general equipment company']);
    // 대외 is External or Foreign, 기술 Technology or Technical (조선대외기술무역센터, Korea Foreign Technical Trade Center).
    assert.ok(readings('조선대외기술무역센터').includes('korea foreign technical trading center'), readings('조선대외기술무역센터').join(' | '));
    assert.ok(readings('조선대외기술무역센터').includes('korea external technology trading center'));
    // 의, the possessive particle, after a translated word is dropped (황금의 삼각, Golden Triangle); not before one.
    assert.ok(readings('황금의삼각은행').includes('golden triangle bank'), readings('황금의삼각은행').join(' | '));
    assert.ok(!readings('의주무역회사').some((r) => r.startsWith('trading')), readings('의주무역회사').join(' | '));
    // 원 closes 김정원, a person's name, with no organisation word before it.
    assert.deepEqual(readings('김정원'), []);
  });

  it('translates the words of state, army and DPRK loanwords as listings do', () => {
    const cases: Array<[string, string]> = [
      ['중앙검찰소', 'central public prosecutors office'],
      ['륙해운성', 'land maritime transportation ministry'],
      ['전략로케트군', 'strategic rocket army'],
      ['조선콤퓨터쎈터', 'korea computer center'],
      ['호위사령부', 'guard command'],
      ['통일전선부', 'unification front department'],
      ['원유공업성', 'crude oil industry ministry'],
      ['국경경비총국', 'border guard general bureau'],
      ['교화국', 'prisons bureau'],
      ['동북아시아은행', 'north east asia bank'],
      ['우주공간기술위원회', 'space technology committee'],
      ['묘향해운회사', 'myohyang shipping company'],
      ['감옥국', 'prison bureau'],
      ['조선민주주의인민공화국', 'democratic peoples republic korea'],
      ['해사감독국', 'maritime administration'],
      ['만수대창작사', 'mansutae art studio'],
      ['한국자동화산업', 'korea automation industry'],
      // English words and letter names of ROK company names, as the loanword rules write them.
      ['엠피리언코리아', 'empirion korea'],
      ['에이씨엠리서치코리아', 'acm research korea'],
      ['이오테크', 'eo tech'],
    ];
    for (const [word, english] of cases) assert.equal(translatedHangulOrganization([word])[0]?.join(' '), english, word);
  });

  it('reads 조선 as Korea or as the state, a stretch opening with ㅈ also with ch, and the words listings translate', () => {
    const readingsOfWords = (words: string[]) => translatedHangulOrganization(words).map((tokens) => tokens.join(' '));
    const cases: Array<[string, string[]]> = [
      ['조선중앙은행', ['korea central bank', 'democratic peoples republic korea central bank']],
      // The state's own full name reads whole, as English writes it (filed with DPRK by the country forms).
      ['조선민주주의인민공화국', ['democratic peoples republic korea']],
      ['조선민주주의인민공화국 해사감독국', ['democratic peoples republic korea maritime administration', 'democratic peoples republic korea maritime supervision bureau', 'democratic peoples republic korea maritime administration bureau']],
      // 합영, joint venture, shortened to Joint in DPRK banks' names; 감독국 translated three ways.
      ['진명합영은행', ['jinmyong joint venture bank', 'jinmyeong joint venture bank', 'jinmyong joint bank', 'chinmyong joint venture bank']],
      ['해사감독국', ['maritime administration', 'maritime supervision bureau', 'maritime administration bureau']],
      // 원유개발, crude oil development, is Oil Exploration; 개발 alone Development (국가우주개발국, National
      // Aerospace Development Administration); 해외 overseas; 아연 zinc; 교화국 also Prisons Bureau.
      ['조선원유개발회사', ['korea oil exploration company', 'korea crude oil development company', 'democratic peoples republic korea oil exploration company']],
      ['국가우주개발국', ['state aerospace development bureau', 'national aerospace development administration']],
      ['만수대해외개발회사그룹', ['mansutae overseas development company group', 'mansudae overseas development company group']],
      ['조선아연공업총회사', ['korea zinc industry general company', 'democratic peoples republic korea zinc industry general company']],
      ['교화국', ['prisons bureau', 'correctional bureau']],
      ['제일신용은행', ['jeil credit bank', 'cheil credit bank']],
      ['정주회사', ['jongju company', 'jeongju company', 'chongju company']],
      ['청송련합', ['green pine association']],
      ['금삼각은행', ['golden triangle bank']],
    ];
    for (const [word, english] of cases) assert.deepEqual(readingsOfWords(word.split(' ')), english, word);
  });

  it('leaves a name without organisation words alone', () => {
    assert.deepEqual(translatedHangulOrganization(['김정은']), []);
    assert.deepEqual(translatedHangulOrganization(['정국']), [], 'a given name, not a bureau');
  });

  it('gives tokens that are never empty, for any run of Hangul syllables', () => {
    const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(fc.array(fc.array(syllable, { minLength: 1, maxLength: 8 }).map((s) => s.join('')), { minLength: 1, maxLength: 3 }), (words) => {
        for (const tokens of translatedHangulOrganization(words)) assert.ok(tokens.length > 0 && tokens.every((t) => t !== ''));
      }),
    );
  });
});

describe('withHangulOrdinals', () => {
  const words = (text: string) => withHangulOrdinals(segmentsOf(text)).map((s) => `${s.script}:${s.words.join(' ')}`);
  const cases: Array<[string, string[]]> = [
    ['제2경제위원회', ['latin:second', 'hangul:경제위원회']],
    ['조선 제10호실', ['hangul:조선', 'latin:tenth', 'hangul:호실']],
    // Not an ordinal: no 제 before the number, a number past ten, or nothing after it.
    ['경2위원회', ['hangul:경', 'unknown:2', 'hangul:위원회']],
    ['제11위원회', ['hangul:제', 'unknown:11', 'hangul:위원회']],
    ['제2', ['hangul:제', 'unknown:2']],
    // N호, number N, is Nth in English names; 호실 is an office.
    ['110호 연구소', ['latin:110th', 'hangul:연구소']],
    ['2호공장', ['latin:2nd', 'hangul:공장']],
    ['39호실', ['unknown:39', 'hangul:호실']],
    // N부 as a word of its own is Department N; 부대 (a unit) or 부서 after a number is not.
    ['인민무력부 53부', ['hangul:인민무력부', 'latin:department 53']],
    ['53부 연구소', ['latin:department 53', 'hangul:연구소']],
    ['53부대', ['unknown:53', 'hangul:부대']],
  ];
  for (const [text, expected] of cases) it(`reads ${text}`, () => assert.deepEqual(words(text), expected));
  it('reads any number before a 부 of its own as Department N, keeping the Hangul before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('', '인민무력부 ', '총참모부 '), (n, before) => {
        const out = words(`${before}${n}부`);
        assert.equal(out.at(-1), `latin:department ${n}`);
        assert.equal(out.length, before === '' ? 1 : 2);
      }),
    );
  });
});

describe('Korean words of shipping agencies and of the state (round 19)', () => {
  it('translates ocean, agency and government', () => {
    const readings = (word: string) => translatedHangulOrganization([word]).map((tokens) => tokens.join(' '));
    const cases: Array<[string, string]> = [
      ['조선대양해운대리점', 'korea ocean shipping agency'],
      ['조선민주주의인민공화국정부', 'democratic peoples republic korea government'],
    ];
    for (const [name, english] of cases) assert.ok(readings(name).includes(english), `${name}: ${readings(name).join(' / ')}`);
  });
});

describe('Chinese cities, countries and English loanwords in Korean organisation names', () => {
  const readings = (words: string[]) => translatedHangulOrganization(words).map((tokens) => tokens.join(' '));
  it('reads a Chinese city by its Hanja reading, a country as noun or adjective, and loanwords of company names', () => {
    const cases: Array<[string[], string]> = [
      [['대련', '글로벌', '유니티', '해운'], 'dalian global unity shipping'],
      [['북경', '무역회사'], 'beijing trading company'],
      [['위해', '월드쉬핑', '화물'], 'weihai world shipping freight'],
      [['위해', '월드쉬핑', '화물'], 'weihai world shipping cargo'],
      [['상해오션쉽핑'], 'shanghai ocean shipping'],
      [['홍콩퍼시픽그룹'], 'hong kong pacific group'],
      [['러시아금융공사'], 'russian financial corporation'],
      [['러시아금융공사'], 'russia financial corporation'],
      [['중국석유'], 'chinese petroleum'],
      // 광주 and 청도 are Korean places too: both readings.
      [['광주무역'], 'gwangju trading'],
      [['광주무역'], 'guangzhou trading'],
      [['청도무역'], 'qingdao trading'],
    ];
    for (const [words, english] of cases) assert.ok(readings(words).includes(english), `${words.join(' ')}: ${readings(words).join(' / ')}`);
  });
});

describe('English words of company names in Hangul', () => {
  const readings = (words: string[]) => translatedHangulOrganization(words).map((tokens) => tokens.join(' '));
  it('translates them, and reads the other words of a name that holds one by the loanword rules', () => {
    const cases: Array<[string[], string]> = [
      [['벨무르', '매니지먼트'], 'belmur management'],
      [['트랜스애틀랜틱', '파트너스'], 'traensaetlaentik partners'],
      [['굿', '시블링스'], 'good siblings'],
      [['투르코자', '수출입', '트랜짓'], 'turkoja import export transit'],
      [['에이씨엠리서치코리아'], 'acm research korea'],
    ];
    for (const [words, english] of cases) assert.ok(readings(words).includes(english), `${words.join(' ')}: ${readings(words).join(' | ')}`);
  });

  it('reads Korean words without an English word in Korean systems only', () => {
    assert.deepEqual(readings(['고려항공']), ['koryo air', 'goryeo air']);
    assert.ok(!readings(['투르코자', '수출입']).includes('turkoja import export'), readings(['투르코자', '수출입']).join(' | '));
  });
});
