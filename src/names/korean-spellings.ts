/**
 * How the parts of a Korean syllable are spelled in Latin letters by the systems that listed and
 * queried Korean names are written in:
 *  - Revised Romanization of Korean (South Korea, 2000; RR): g/k, d/t, b/p, j, ch; eo, eu, yeo, ui;
 *  - McCune-Reischauer (1939; MR) as lists print it, without breves or apostrophes: k, t, p, ch
 *    for plain and aspirated alike; o for ㅓ and ㅗ, u for ㅡ and ㅜ;
 *  - the DPRK's own system (1992), used for North Korean names in UN and US listings: kh, th, ph
 *    for the aspirates, j for ㅈ, r for an initial ㄹ (Ri, Ryong, Rim);
 *  - the customary spellings of South Korean passports and the press, which follow no system:
 *    Lee, Park, Choi, Young, Sung, Chul, Hyun, Soo, Joo, Woo, Hee, Eel.
 * Each jamo's spellings are listed under a class; two spellings of one syllable agree when their
 * classes agree (see korean-key.ts). Classes merge what the systems themselves merge: MR without
 * breves cannot tell ㅓ from ㅗ or ㅡ from ㅜ, and the customary spellings write ㅓ as u (Sung, Chul),
 * so the four share one class; plain, tense and aspirated consonants of one place share one too.
 */

/** Initial consonants: class letter → spellings. The null initial ㅇ is the empty spelling. */
export const KOREAN_INITIALS: Readonly<Record<string, readonly string[]>> = {
  // ㄱ ㄲ ㅋ: RR g, kk, k; MR k, kk, k; DPRK k, kk, kh.
  k: ['g', 'k', 'kk', 'gg', 'kh'],
  // ㄴ
  n: ['n'],
  // ㄷ ㄸ ㅌ: RR d, tt, t; MR t; DPRK t, tt, th.
  t: ['d', 't', 'tt', 'dd', 'th'],
  // ㄹ: r in every system; l in customary spellings (Lee, Lim, Lyu).
  r: ['r', 'l'],
  // ㅁ
  m: ['m'],
  // ㅂ ㅃ ㅍ: RR b, pp, p; MR p; DPRK p, pp, ph.
  p: ['b', 'p', 'pp', 'bb', 'ph'],
  // ㅅ ㅆ: s, ss; MR and customary sh before i (Shin, Shim).
  s: ['s', 'ss', 'sh'],
  // ㅈ ㅉ ㅊ: RR j, jj, ch; MR ch, tch, ch; DPRK j, jj, ch.
  c: ['j', 'ch', 'jj', 'tch', 'cch'],
  // ㅎ
  h: ['h'],
};

/** Vowels: class → spellings. */
export const KOREAN_VOWELS: Readonly<Record<string, readonly string[]>> = {
  // ㅏ
  a: ['a'],
  // ㅐ: ae; customary ai (Paik).
  ae: ['ae', 'ai'],
  // ㅔ
  e: ['e'],
  // ㅑ ㅒ ㅖ
  ya: ['ya'],
  yae: ['yae'],
  ye: ['ye'],
  // ㅓ (RR eo, MR o, customary u/eo), ㅗ (o), ㅜ (u; customary oo, ou, and woo for 우 alone), ㅡ (RR eu, MR u).
  o: ['eo', 'o', 'u', 'oo', 'ou', 'eu', 'woo'],
  // ㅕ (RR yeo, MR yo, customary you/yu: Young, Hyun), ㅛ (yo), ㅠ (yu; customary yoo, you, and ue
  // as English spells the sound after a consonant, cue and hue: Kue for 규).
  yo: ['yeo', 'yo', 'you', 'yu', 'yoo', 'yeou', 'ue'],
  // ㅘ ㅙ
  wa: ['wa'],
  wae: ['wae'],
  // ㅚ (oe; customary oi, we: Choi, Chwe) and ㅞ (we).
  oe: ['oe', 'oi', 'we', 'oy'],
  // ㅝ: RR wo, MR wo; customary weo.
  wo: ['wo', 'weo'],
  // ㅟ
  wi: ['wi', 'wee'],
  // ㅣ (i; customary ee, yi: Lee, Eel, Yi) and ㅢ (RR ui, MR ui; customary eui, ee: Hee).
  i: ['i', 'ee', 'yi', 'ui', 'eui'],
};

/** Final consonants: class → spellings; a final ㅎ or a silent h after the vowel (Oh, Koh, Suh) is the empty class. */
export const KOREAN_FINALS: Readonly<Record<string, readonly string[]>> = {
  // c only ends a word, in customary spellings (Shic, Sic for 식).
  k: ['k', 'g', 'kk', 'ck', 'c'],
  n: ['n'],
  l: ['l', 'll'],
  m: ['m'],
  p: ['p', 'b'],
  ng: ['ng'],
  t: ['t', 'd'],
  '': ['', 'h'],
};

/**
 * Customary spellings that write a syllable's letters in another order than any system: wh for
 * hw (Whan for 환, as English spells wh), with the order the parser reads.
 */
export const KOREAN_REORDERED_SPELLINGS: ReadonlyArray<readonly [string, string]> = [['wh', 'hw']];

/**
 * Customary spellings of surnames that no class rule reads (an English 'r' after the vowel, a
 * doubled vowel spelling another vowel), with the key of the surname they spell: 박 Park, 허 Hur,
 * 이 Rhee and Rhie, 안 Ahn.
 */
export const KOREAN_IRREGULAR_SURNAMES: Readonly<Record<string, string>> = {
  park: 'pak', bark: 'pak', pahk: 'pak', hur: 'ho', rhee: 'i', rhie: 'i', ahn: 'an', youn: 'yon', choy: 'coe', kimm: 'kim',
};

/**
 * Keys of the surnames that open (or, written Western style, close) most Korean names, commonest
 * first: a Latin name counts as Korean only when it has one (see korean-key.ts). From the commonest surnames of both
 * Koreas: 김 이/리 박 최 정 강 조 윤 장 임/림 한 오 서 신 권 황 안 송 류/유 전 홍 고 문 양 손 배 백 허 남 심 노/로 하
 * 곽 성 차 주 우 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 석 선 설 마 길 연 표 명 기 반 왕 금 옥 육 인 맹 제
 * 모 탁 국 태 량 룡 은.
 */
export const KOREAN_SURNAME_KEYS: ReadonlySet<string> = new Set([
  'kim', 'i', 'pak', 'coe', 'cong', 'kang', 'co', 'yon', 'cang', 'im', 'han', 'o', 'so', 'sin', 'kwon', 'hwang', 'an', 'song',
  'yo', 'con', 'hong', 'ko', 'mon', 'yang', 'son', 'pae', 'paek', 'ho', 'nam', 'sim', 'no', 'ha', 'kwak', 'ca', 'min', 'na',
  'cin', 'ci', 'om', 'cae', 'won', 'pang', 'kong', 'hyon', 'ham', 'pyon', 'yom', 'to', 'sok', 'sol', 'ma', 'kil', 'pyo',
  'myong', 'ki', 'pan', 'wang', 'kom', 'ok', 'yok', 'in', 'maeng', 'ce', 'mo', 'tak', 'kok', 'tae', 'yong', 'on',
]);
