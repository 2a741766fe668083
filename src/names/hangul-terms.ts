import { HANGUL_ENGLISH_WORDS } from './hangul-english-words.js';
import { HANGUL_LETTERS } from './hangul-letters.js';
import { loanwordReading } from './hangul-loanwords.js';
import { HANGUL_PLACES } from './hangul-places.js';
import { lookup } from './lookup.js';
import { mccuneReischauer, revisedRomanization } from './hangul.js';
import type { Segment } from './segments.js';

/**
 * Korean words that organisation names translate rather than transliterate in their English names
 * (조선광업개발무역회사 → Korea Mining Development Trading Corporation, 정찰총국 → Reconnaissance
 * General Bureau, 고려항공 → Air Koryo). Korean writes an organisation's name as one word, so the
 * words are found inside it, longest first. Values are the tokens the abbreviation table maps
 * English spellings to; a word English names translate two ways gives both, split by '|' (국가:
 * state, national), and one they translate three ways all three (감독국: administration,
 * supervision bureau, administration bureau). North Korean spellings (련합, 련구소, 로동) beside South Korean ones.
 */
const HANGUL_WORDS: Readonly<Record<string, string>> = {
  // Kinds of organisation
  회사: 'company', 총회사: 'general company', 공사: 'corporation', 그룹: 'group', 상사: 'trading', 은행: 'bank',
  총국: 'general bureau', 위원회: 'committee|commission', 연합: 'association', 련합: 'association', 연합회: 'association',
  련합회: 'association', 기업소: 'enterprise', 기업: 'enterprise',
  // 합영, a joint venture, which DPRK banks' English names shorten to Joint (진명합영은행, Jinmyong Joint Bank)
  합영: 'joint venture|joint', 합작: 'joint venture', 협회: 'association',
  대학: 'university', 대학교: 'university', 연구소: 'institute|research center', 련구소: 'institute|research center', 연구원: 'research institute',
  련구원: 'research institute', 사무소: 'office', 호실: 'office', 센터: 'center', 공장: 'factory', 재단: 'foundation',
  과학원: 'science academy', 로동당: 'workers party', 노동당: 'workers party', 인민군: 'people army', 제련소: 'smelter',
  탄광: 'coal mine', 광산: 'mine',
  // Words of names that English listings translate rather than spell (청송련합, Green Pine Associated;
  // 금삼각, the Golden Triangle)
  청송: 'green pine', 금삼각: 'golden triangle', 삼각: 'triangle',
  // 황금, gold as an adjective, Golden (황금의 삼각지대, the Golden Triangle).
  황금: 'golden',
  // Words of trade, industry and state. 대외 (external, foreign) is Foreign in trade bodies' English names
  // (조선대외기술무역센터, Korea Foreign Technical Trade Center) and External in others'; 기술 is
  // Technical as often as Technology: the second reading.
  무역: 'trading', 개발: 'development', 광업: 'mining', 항공: 'air', 민항: 'civil aviation|air', 해운: 'shipping|maritime', 관리: 'management', 원양: 'ocean',
  정찰: 'reconnaissance', 기술: 'technology|technical', 기계: 'machinery', 수출입: 'import export', 전자: 'electronic', 석유: 'petroleum',
  화학: 'chemical', 에너지: 'energy', 금융: 'financial', 투자: 'investment', 보험: 'insurance', 선박: 'shipping', 해양: 'marine',
  산업: 'industry', 공업: 'industry', 중공업: 'heavy industry', 건설: 'construction', 물류: 'logistics', 국제: 'international',
  통신: 'communication', 철강: 'steel', 제철: 'steel', 군수: 'munitions', 수산: 'fisheries', 외국: 'foreign',
  상업: 'commercial', 신용: 'credit', 민족: 'national', 중앙: 'central', 국가: 'state|national', 우주: 'aerospace',
  과학: 'science', 자연: 'natural', 국방: 'national defense', 계획: 'planning', 보위: 'security', 보안: 'security',
  안전: 'security', 사회: 'social', 인민: 'people', 무력: 'armed forces', 원자력: 'atomic energy', 정치: 'political',
  전략: 'strategic', 대외: 'external|foreign', 경제: 'economic', 협력: 'cooperation', 선전: 'propaganda', 선동: 'agitation',
  종합: 'complex|general', 설비: 'equipment', 수입: 'import', 수출: 'export', 국무: 'state affairs', 군사: 'military',
  조직: 'organization', 지도: 'guidance', 정보: 'information', 특수: 'special', 작전: 'operations', 해군: 'navy', 공군: 'air force',
  // Organs of state, party and army as DPRK and ROK listings translate them (cabinet, courts, commands, units)
  내각: 'cabinet', 최고: 'supreme', 회의: 'assembly', 외무: 'foreign affairs', 내무: 'internal affairs', 검찰소: 'public prosecutors office',
  검찰청: 'prosecutors office', 검찰: 'prosecutors', 재판소: 'court', 법원: 'court', 사령부: 'command', 총참모부: 'general staff department',
  참모부: 'staff department', 호위: 'guard', 경비: 'guard', 군단: 'corps', 사단: 'division', 려단: 'brigade', 여단: 'brigade',
  련대: 'regiment', 연대: 'regiment', 부대: 'unit', 륙군: 'ground forces', 육군: 'ground forces', 통일: 'unification|united', 전선: 'front',
  청년: 'youth', 동맹: 'union|league', 련맹: 'federation', 연맹: 'federation', 로동: 'labor', 노동: 'labor', 체신: 'communications',
  철도: 'railways', 교통: 'transportation', 운수: 'transport', 수송: 'transport', 륙해운: 'land maritime transportation',
  육해운: 'land maritime transportation', 로케트: 'rocket', 로켓: 'rocket', 미싸일: 'missile', 미사일: 'missile', 유도탄: 'missile',
  핵무기: 'nuclear weapons', 병기: 'weapons', 무기: 'weapons', 탄약: 'ammunition', 장비: 'equipment', 금속: 'metal', 광물: 'mineral',
  // More state and trade vocabulary of DPRK and ROK names, as their listed English names translate it
  // (원유공업성, Ministry of Crude Oil Industry; 국경경비총국, Border Guard General Bureau; 교화국,
  // Correctional Bureau; 동북아시아은행, North East Asia Bank; 통일발전은행, United Development Bank;
  // 우주공간, outer space, Space).
  원유: 'crude oil', 국경: 'border', 교화: 'correctional', 교화국: 'prisons bureau|correctional bureau', 교화소: 'prison camp', 공간: 'space', 우주공간: 'space', 발전: 'development', 발전소: 'power station',
  아시아: 'asia', 동북: 'north east', 동남: 'south east', 서북: 'north west', 서남: 'south west', 농업: 'agriculture',
  임업: 'forestry', 의약: 'pharmaceutical', 경영: 'management', 자원: 'resource',
  // Words of trade and resources as DPRK listings translate them: 해외 overseas (만수대해외개발회사,
  // Mansudae Overseas Project); 개발 of crude oil is exploration (조선원유개발회사, Korea Oil
  // Exploration Corporation), of a state's space programme development (국가우주개발국, National
  // Aerospace Development Administration), so only the word with its oil; zinc and graphite, the
  // ores DPRK export bodies are named for (조선아연공업총회사, Korea Zinc Industrial Group).
  해외: 'overseas', 아연: 'zinc', 흑연: 'graphite', 원유개발: 'oil exploration|crude oil development',
  // DPRK loanwords spelled as Pyongyang writes them (콤퓨터, not 컴퓨터), beside the ROK spelling
  콤퓨터: 'computer', 컴퓨터: 'computer', 쎈터: 'center', 센타: 'center', 쎈타: 'center',
  // Words of DPRK state bodies as their listed English names translate them (감옥국, Prisons Bureau;
  // 해사감독국, Maritime Administration, Maritime Administration Bureau), and of ROK company names (한국자동화산업, Korea Automation
  // Industry)
  감옥: 'prison', 해사: 'maritime', 민주주의: 'democratic', 공화국: 'republic', 감독국: 'administration|supervision bureau|administration bureau', 감독: 'supervision', 한국: 'korea',
  대한민국: 'korea', 자동화: 'automation', 연구: 'research', 반도체: 'semiconductor', 자동차: 'motor', 제약: 'pharmaceutical',
  조선소: 'shipyard', 해운사: 'shipping company', 중개: 'brokerage',
  // 대양 ocean (조선대양해운, Korea Ocean Shipping), 대리점 agency, 정부 government (조선민주주의인민공화국
  // 정부, Government of the DPRK), as the bodies' English names translate them, from knowledge of Korean
  대양: 'ocean', 대리점: 'agency', 정부: 'government',
  // 화물, freight or cargo, of shipping and forwarding companies
  화물: 'freight|cargo',
  // 창작사, the DPRK's name for a state art studio (만수대창작사, Mansudae Art Studio; 백호창작사, Paekho
  // Art Studio), literally a creative studio; 창작 alone, creative
  창작사: 'art studio|creative studio', 창작: 'creative',
};

/** The organisation words, and the places organisation names open with. */
const HANGUL_TERMS: Readonly<Record<string, string>> = { ...HANGUL_WORDS, ...HANGUL_ENGLISH_WORDS, ...HANGUL_PLACES };

/**
 * One-syllable words that close a name with the kind of body it is (군수공업부, Munitions Industry
 * Department; 국가보위성, Ministry of State Security): read so only after an organisation word, as
 * the same syllables end many names (부 is also 富, 성 a given name's Seong).
 */
const HANGUL_ENDINGS: Readonly<Record<string, string>> = {
  부: 'department|ministry', 성: 'ministry', 원: 'academy|institute', 국: 'bureau|administration', 군: 'army|force', 당: 'party',
};

/**
 * The name of the country as North Korean organisation names open with it (조선, Chosŏn); elsewhere it is
 * shipbuilding. English listings give it as Korea (조선콤퓨터쎈터, Korea Computer Center) or as the
 * state's full name (조선중앙은행, Central Bank of the Democratic People's Republic of Korea).
 */
const KOREA_AT_START = '조선';
const STATE_TRANSLATED = ['democratic', 'peoples', 'republic', 'korea'];
/**
 * The state's own full name (조선민주주의인민공화국) is read whole as English writes it, Democratic
 * People's Republic of Korea, which the country forms file with DPRK (해사감독국 of the state, listed as
 * MARITIME ADMINISTRATION OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA).
 */
const STATE_FULL_NAME = '조선민주주의인민공화국';
const STATE_FULL_NAME_TRANSLATED = 'democratic peoples republic korea';

/** Korean numbers a body with a number (제2경제위원회, Second Economic Committee) with the prefix 제 and a digit. */
const ORDINAL_PREFIX = '제';
const ORDINALS: readonly string[] = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * The segments with an ordinal 제N before a Hangul word read as the English ordinal: splitting by
 * script leaves 제, the digit and the rest as three runs, which no reading would join again.
 */
export function withHangulOrdinals(segments: Segment[]): Segment[] {
  // Every organisation's name comes here and almost none has an ordinal: those are returned as they are.
  let start = 0;
  while (start < segments.length && ordinalAt(segments, start) === undefined && numberedAt(segments, start) === undefined && numberedDepartmentAt(segments, start) === undefined) start++;
  if (start === segments.length) return segments;
  const out: Segment[] = segments.slice(0, start);
  for (let i = start; i < segments.length; i++) {
    const segment = segments[i]!;
    const numbered = numberedAt(segments, i);
    if (numbered !== undefined) {
      out.push({ script: 'latin', words: [numbered] }, ...afterNumberSign(segments[i + 1]!));
      i += 1;
      continue;
    }
    const department = numberedDepartmentAt(segments, i);
    if (department !== undefined) {
      const rest = segments[i + 1]!.words.slice(1);
      out.push({ script: 'latin', words: department }, ...(rest.length > 0 ? [{ script: 'hangul' as const, words: rest }] : []));
      i += 1;
      continue;
    }
    const ordinal = ordinalAt(segments, i);
    if (ordinal === undefined) {
      out.push(segment);
      continue;
    }
    const last = segment.words.at(-1)!.slice(0, -ORDINAL_PREFIX.length);
    const words = [...segment.words.slice(0, -1), ...(last === '' ? [] : [last])];
    if (words.length > 0) out.push({ script: 'hangul', words });
    out.push({ script: 'latin', words: [ordinal] });
    i += 1;
  }
  return out;
}

/** 호, number, after a number (110호 연구소, 110th Research Center; 2호 공장, No. 2 Factory); 호실 is an office. */
const NUMBER_SIGN = '호';

/**
 * The number as an English ordinal (110th) when segment i is a number and the next segment opens with
 * 호 as a word of its own or before another word: English listings write N호 as Nth or No. N.
 */
function numberedAt(segments: readonly Segment[], i: number): string | undefined {
  const [digits, rest] = [segments[i], segments[i + 1]];
  if (rest?.script !== 'hangul' || digits?.words.length !== 1 || !/^\d{1,4}$/u.test(digits.words[0]!)) return undefined;
  const first = rest.words[0]!;
  if (!first.startsWith(NUMBER_SIGN) || first.startsWith('호실') || (first !== NUMBER_SIGN && rest.words.length > 1)) return undefined;
  return englishOrdinal(Number(digits.words[0]));
}

/** 부, department, as a word of its own after a number (인민무력부 53부, Department 53 of the Ministry of the People's Armed Forces). */
const DEPARTMENT_SIGN = '부';

/** Department N when segment i is a number and the next segment opens with 부 as a word of its own: English listings name the unit by its number. */
function numberedDepartmentAt(segments: readonly Segment[], i: number): string[] | undefined {
  const [digits, rest] = [segments[i], segments[i + 1]];
  if (rest?.script !== 'hangul' || digits?.words.length !== 1 || rest.words[0] !== DEPARTMENT_SIGN || !/^\d{1,4}$/u.test(digits.words[0]!)) return undefined;
  return ['department', digits.words[0]!];
}

/** 1st, 2nd, 3rd, 4th; 11th to 13th. */
function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The segment that opens with 호, without it. */
function afterNumberSign(segment: Segment): Segment[] {
  const words = [segment.words[0]!.slice(NUMBER_SIGN.length), ...segment.words.slice(1)].filter((w) => w !== '');
  return words.length > 0 ? [{ script: 'hangul', words }] : [];
}

/** The ordinal word when segment i ends with 제, the next is a number from one to ten and a Hangul word follows. */
function ordinalAt(segments: readonly Segment[], i: number): string | undefined {
  const [prefix, digits, rest] = [segments[i], segments[i + 1], segments[i + 2]];
  if (prefix?.script !== 'hangul' || digits?.words.length !== 1 || rest?.script !== 'hangul') return undefined;
  if (!prefix.words.at(-1)!.endsWith(ORDINAL_PREFIX) || !/^\d{1,2}$/u.test(digits.words[0]!)) return undefined;
  const word = ORDINALS[Number(digits.words[0])];
  return word === '' ? undefined : word;
}

const LETTER_LENGTHS = [...new Set(Object.keys(HANGUL_LETTERS).map((t) => t.length))].sort((a, b) => b - a);

/**
 * The initialism a stretch spells out letter by letter (에이씨엠 → acm); undefined unless the whole
 * stretch is two letter names or more, as one-syllable letters (이, 오, 지) are also Korean syllables.
 */
function spelledLetters(syllables: readonly string[]): string | undefined {
  let out = '';
  let i = 0;
  while (i < syllables.length) {
    let letter: string | undefined;
    let length = 0;
    for (const len of LETTER_LENGTHS) {
      letter = lookup(HANGUL_LETTERS, syllables.slice(i, i + len).join(''));
      if (letter !== undefined) {
        length = len;
        break;
      }
    }
    if (letter === undefined) return undefined;
    out += letter;
    i += length;
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * An opening ㅈ, which the North's practice writes j and McCune-Reischauer itself, as South Korean
 * companies long spelled their names, ch (제일 Jeil, Cheil Credit Bank; 중앙 Jungang, Chung-ang).
 */
const CLASSIC_J = /^j(?!j)/u;

const POSSESSIVE_PARTICLE = '의';

const TERM_LENGTHS = [...new Set(Object.keys(HANGUL_TERMS).map((t) => t.length))].sort((a, b) => b - a);

/**
 * The name's words with the organisation words inside them translated and the stretches between
 * read in McCune-Reischauer (North Korean practice) and in Revised Romanization (South Korean),
 * each stretch one token; with a word's second translation too, when one has it, and a stretch
 * opening with ㅈ as McCune-Reischauer's own ch (see CLASSIC_J); empty when no word is known.
 */
export function translatedHangulOrganization(words: readonly string[]): string[][] {
  const mr: string[] = [];
  const rr: string[] = [];
  const second: string[] = [];
  const third: string[] = [];
  const classic: string[] = [];
  const english: string[] = [];
  let found = false;
  let anEnglishWord = false;
  let twoWays = false;
  let threeWays = false;
  let asState = false;
  const pushTerm = (translation: string) => {
    const [first, other, another] = translation.split('|') as [string, string | undefined, string | undefined];
    mr.push(...first.split(' '));
    rr.push(...first.split(' '));
    second.push(...(other ?? first).split(' '));
    third.push(...(another ?? other ?? first).split(' '));
    if (another !== undefined) threeWays = true;
    classic.push(...first.split(' '));
    english.push(...first.split(' '));
    if (other !== undefined) twoWays = true;
    found = true;
  };
  words.forEach((word, w) => {
    const syllables = Array.from(word);
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      // Beside a translated word, a stretch of letter names is the English name's initialism.
      mr.push(spelledLetters(pending) ?? pending.map(mccuneReischauer).join(''));
      rr.push(pending.map(revisedRomanization).join(''));
      second.push(pending.map(mccuneReischauer).join(''));
      third.push(pending.map(mccuneReischauer).join(''));
      classic.push(pending.map(mccuneReischauer).join('').replace(CLASSIC_J, 'ch'));
      english.push(spelledLetters(pending) ?? loanwordReading(pending.join('')) ?? '');
      pending = [];
    };
    let i = 0;
    if (word.startsWith(STATE_FULL_NAME)) {
      pushTerm(STATE_FULL_NAME_TRANSLATED);
      i = STATE_FULL_NAME.length;
    } else if (w === 0 && word.startsWith(KOREA_AT_START) && syllables.length > 2) {
      pushTerm('korea');
      asState = true;
      i = 2;
    }
    let afterTerm = false;
    while (i < syllables.length) {
      const ending = afterTerm && i === syllables.length - 1 ? lookup(HANGUL_ENDINGS, syllables[i]!) : undefined;
      if (ending !== undefined) {
        pushTerm(ending);
        break;
      }
      // 의, the possessive particle, after a translated word is English's "of" or its word order (황금의 삼각, Golden Triangle).
      if (afterTerm && syllables[i] === POSSESSIVE_PARTICLE && i + 1 < syllables.length) {
        i += 1;
        continue;
      }
      const length = TERM_LENGTHS.find((len) => lookup(HANGUL_TERMS, syllables.slice(i, i + len).join('')) !== undefined);
      if (length === undefined) {
        pending.push(syllables[i]!);
        afterTerm = false;
        i += 1;
        continue;
      }
      flush();
      const term = syllables.slice(i, i + length).join('');
      if (lookup(HANGUL_ENGLISH_WORDS, term) !== undefined) anEnglishWord = true;
      pushTerm(lookup(HANGUL_TERMS, term)!);
      afterTerm = true;
      i += length;
    }
    flush();
  });
  if (!found) return [];
  const state = asState ? [[...STATE_TRANSLATED, ...mr.slice(1)]] : [];
  // A name with an English word in Hangul is an English name: its other words are read by the loanword rules too.
  const readings = [mr, rr, ...(twoWays ? [second] : []), ...(threeWays ? [third] : []), classic, ...state, ...(anEnglishWord ? [english] : [])].map((tokens) => tokens.filter((t) => t !== ''));
  const distinct = new Map(readings.map((tokens) => [tokens.join(' '), tokens]));
  return [...distinct.values()];
}
