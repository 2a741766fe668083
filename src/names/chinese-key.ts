/**
 * Latin-to-Latin equivalence of Chinese names: a romanised name in pinyin, Wade-Giles, Cantonese,
 * Macau or Hokkien spelling is read back into pinyin syllables, the surname by the table of its
 * customary spellings (Kwok → guo, Tan → chen, Yeoh → yang), the given name syllable by syllable
 * (Wai → wei, Chien-kuo → jian guo, Weimin → wei min). Each syllable's key is then its spelling class
 * (see spellingClass): what Wade-Giles writes once its apostrophes and umlauts are dropped, as lists
 * and passports drop them. Both sides of a comparison are read the same way, so two spellings of one
 * name meet on the same key tokens. See chinese-spellings.ts.
 */
import { CHINESE_SURNAME_SPELLINGS, CHINESE_SYLLABLE_SPELLINGS } from './chinese-spellings.js';
import { lookup } from './lookup.js';
import { isGivenName } from './common-names.js';
import { familiarForms } from './nicknames.js';
import { MAX_SYLLABLE_LETTERS, SyllableTrie } from './syllable-trie.js';
import { toWadeGiles, wadeGilesSyllable } from './wade-giles.js';

/**
 * Key tokens are marked so that they never meet an ordinary token of the same letters; a surname's
 * key is marked at both ends, as Chen the surname is not Chen the given name (Guo Chenming is not
 * Chen Mingguo).
 */
export const CHINESE_KEY_MARK = '^';
/** The `via` of a variant made of Chinese syllable keys. */
export const CHINESE_KEY = 'chinese-key';
/** The `via` of the exact keys of a name written in Chinese characters (see CHINESE_KEY_READINGS). */
export const CHINESE_KEY_FROM_HAN = 'chinese-key-han';
/**
 * The `via` of the exact keys of the pinyin a listed Latin name in another system may stand for
 * (Kwok-ki Chan: chen guo ji, chen guo qi), beside its spelling-class keys. They meet only the exact
 * keys of a name written in characters (陳國基), which say each syllable for certain: a class key
 * (kuo, chi) could not tell 静林, Lin Jing, from LIN Qing.
 */
export const CHINESE_KEY_READINGS = 'chinese-key-readings';

/** A surname spelling → the pinyin surnames it may stand for, commonest first; a pinyin surname stands for itself first. */
let surnames: Map<string, string[]> | undefined;

function surnameReadings(token: string): readonly string[] | undefined {
  if (surnames === undefined) {
    surnames = new Map();
    for (const pinyin of Object.keys(CHINESE_SURNAME_SPELLINGS)) surnames.set(pinyin, [pinyin]);
    for (const [pinyin, spellings] of Object.entries(CHINESE_SURNAME_SPELLINGS)) {
      for (const spelling of spellings) {
        const readings = surnames.get(spelling) ?? [];
        if (!readings.includes(pinyin)) readings.push(pinyin);
        surnames.set(spelling, readings);
      }
    }
  }
  return surnames.get(token);
}

// Which finals each kind of initial takes in pinyin (toneless, ü written u or v).
const FINALS_AFTER_PALATAL = new Set(['i', 'ia', 'ian', 'iang', 'iao', 'ie', 'in', 'ing', 'iong', 'iu', 'u', 'uan', 'ue', 'un', 'v']);
const FINALS_AFTER_Y = new Set(['a', 'an', 'ang', 'ao', 'e', 'i', 'in', 'ing', 'o', 'ong', 'ou', 'u', 'uan', 'ue', 'un']);
const FINALS_AFTER_W = new Set(['a', 'ai', 'an', 'ang', 'ei', 'en', 'eng', 'o', 'u']);
const FINALS_ALONE = new Set(['a', 'ai', 'an', 'ang', 'ao', 'e', 'ei', 'en', 'eng', 'er', 'o', 'ou']);
const FINALS = [
  'iang', 'iong', 'uang', 'ang', 'eng', 'ing', 'ong', 'ian', 'iao', 'uai', 'uan', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'in', 'un',
  'ia', 'ie', 'iu', 'ua', 'uo', 'ui', 'ue', 'er', 'a', 'o', 'e', 'i', 'u', 'v',
];
const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];

/** Every syllable pinyin writes, made on first use from the rules below (every name with a Chinese surname spelling asks). */
let pinyinSet: ReadonlySet<string> | undefined;

/** Whether a toneless syllable is one pinyin writes (xiao, zhi, jun: yes; kin, sing, hoi: no). */
export function isPinyinSyllable(syllable: string): boolean {
  return pinyinSyllableSet().has(syllable);
}

function pinyinSyllableSet(): ReadonlySet<string> {
  if (pinyinSet === undefined) {
    // A syllable the rules accept is an initial and a final: asking them of every such pair finds all.
    const set = new Set<string>();
    for (const initial of INITIALS) for (const final of FINALS) if (byPinyinRules(initial + final)) set.add(initial + final);
    pinyinSet = set;
  }
  return pinyinSet;
}

/** The rules themselves, syllable by syllable (isPinyinSyllable asks them once for every syllable they can accept). */
export function byPinyinRules(syllable: string): boolean {
  for (const initial of INITIALS) {
    if (!syllable.startsWith(initial)) continue;
    const final = syllable.slice(initial.length);
    if (!FINALS.includes(final)) continue;
    if (initial === '') return FINALS_ALONE.has(final);
    if (initial === 'j' || initial === 'q' || initial === 'x') return FINALS_AFTER_PALATAL.has(final);
    if (initial === 'y') return FINALS_AFTER_Y.has(final);
    if (initial === 'w') return FINALS_AFTER_W.has(final);
    // Only j, q, x, l, n and the labials take finals in i- (besides zhi, chi, shi, ri, zi, ci, si).
    if (final.startsWith('i') && final !== 'i') return 'bpmdtnl'.includes(initial);
    if (final === 'i') return !'gkhf'.includes(initial);
    if (final === 'v' || final === 'ue') return initial === 'n' || initial === 'l';
    if (final === 'er') return false;
    // The labials take no u- final but u (bu, pu, mu, fu) and no ong; o stands alone only after them (bo, po, mo, fo).
    if ('bpmf'.includes(initial)) return !(final.startsWith('u') && final !== 'u') && final !== 'ong';
    return final !== 'o';
  }
  return false;
}

const MAX_SYLLABLES_PER_TOKEN = 3;

/** Whether every token is written in pinyin syllables (Li Ning, Wang Xiaoming): a Chinese name, not a Korean one that reads alike. */
export function allPinyin(tokens: readonly string[]): boolean {
  return tokens.every((t) => pinyinSyllables(t) !== undefined);
}

/**
 * Whether every token is pinyin as pinyin writes it: a syllable that opens with a vowel inside a
 * word is marked off by an apostrophe (Xi'an), so Lee (le-e) and Moo (mo-o) are spellings of
 * another system, not pinyin.
 */
export function allPinyinAsWritten(tokens: readonly string[]): boolean {
  return tokens.every((t) => pinyinSyllables(t)?.every((syllable, i) => i === 0 || !VOWEL_START.test(syllable)) === true);
}
const VOWEL_START = /^[aeo]/u;

/**
 * A pinyin word cut into syllables, longest first with backtracking (xiaoming → xiao ming); undefined
 * when it is none. Never changed once cut, and kept per word: one word of a name is asked by several
 * readers in turn (trade names, company words, syllable keys, respellings). A bounded module-level
 * memo of a pure function: cleared when full, as the words in use refill it.
 */
export function pinyinSyllables(token: string): readonly string[] | undefined {
  const cached = pinyinCache.get(token);
  if (cached !== undefined) return cached === NO_SYLLABLES ? undefined : cached;
  const out: string[] = [];
  const syllables = token.length > 0 && cutSyllables(token, 0, out) ? out : undefined;
  if (pinyinCache.size >= PINYIN_CACHE_LIMIT) pinyinCache.clear();
  pinyinCache.set(token, syllables ?? NO_SYLLABLES);
  return syllables;
}

const PINYIN_CACHE_LIMIT = 20_000;
/**
 * Kept in the memos below for a word that is none: most words are none, and a memo holding
 * undefined would need a second search of its table (has) to tell a word cut as none from a new one.
 */
const NO_SYLLABLES: readonly string[] = Object.freeze([]);
const pinyinCache = new Map<string, readonly string[]>();

/** Cuts the token from `at` into syllables of `syllables` (pinyin's by default) pushed onto `out`, longest first; whether it could be cut to its end. */
function cutSyllables(token: string, at: number, out: string[], syllables: SyllableTrie = pinyinTrie()): boolean {
  if (at === token.length) return true;
  if (out.length >= MAX_SYLLABLES_PER_TOKEN) return false;
  const found = syllables.syllablesFrom(token, at);
  for (let k = MAX_SYLLABLE_LETTERS - 1; k >= 0; k--) {
    if ((found & (1 << k)) === 0) continue;
    const end = at + k + 1;
    out.push(token.slice(at, end));
    if (cutSyllables(token, end, out, syllables)) return true;
    out.pop();
  }
  return false;
}

let pinyinSyllableTrie: SyllableTrie | undefined;

function pinyinTrie(): SyllableTrie {
  pinyinSyllableTrie ??= new SyllableTrie(pinyinSyllableSet());
  return pinyinSyllableTrie;
}

let wadeGilesSyllableTrie: SyllableTrie | undefined;

/** The syllables wadeGilesReading reads. */
function wadeGilesTrie(): SyllableTrie {
  wadeGilesSyllableTrie ??= new SyllableTrie(wadeGilesReadingTable().keys());
  return wadeGilesSyllableTrie;
}

/** The pinyin readings of a Wade-Giles syllable, plain initial first (Chung: zhong, chong); empty when it is none. */
function wadeGilesPinyin(token: string): string[] {
  const first = wadeGilesReading(token);
  return first === undefined ? [] : [first, ...wadeGilesSyllable(token).filter((s) => s !== first && isPinyinSyllable(s))];
}

/** Readings of an organisation's name with its Wade-Giles trade name in pinyin, at most. */
const MAX_TRADE_NAME_READINGS = 4;

/**
 * An organisation's name whose trade name is written in Wade-Giles (Jui Cheng Shipping, Hsun Wei
 * Technologies, Chung Kuo): the name with the trade name's syllables in pinyin (rui cheng shipping,
 * xun wei technologies), plain initials first, as a Mainland listing writes it; a syllable pinyin
 * writes alike is read both ways (Jui Cheng: rui zheng, rui cheng).
 * A trade name is a run of two syllables or more, written apart or joined (Hsunwei), that holds one
 * pinyin does not write (jui, hsun, chung): a lone word of Wade-Giles letters (To, Hung, So) is as
 * often English. Empty for any other name.
 */
export function tradeNameFromWadeGiles(tokens: readonly string[]): string[][] {
  const items = tokens.map(tradeNameSyllables);
  // Most names hold no such run: told before any reading is spelled out.
  if (!holdsWadeGilesRun(items)) return [];
  const options: string[][] = [];
  let found = false;
  for (let from = 0; from < tokens.length; ) {
    let to = from;
    while (to < tokens.length && items[to] !== undefined) to++;
    const run = items.slice(from, to).flat() as string[];
    const readAsWadeGiles = run.length >= 2 && run.some((syllable) => !isPinyinWord(syllable));
    found ||= readAsWadeGiles;
    for (let i = from; i < to; i++) options.push(...(readAsWadeGiles ? items[i]!.map(syllableReadings) : [[tokens[i]!]]));
    if (to < tokens.length) options.push([tokens[to]!]);
    from = to + 1;
  }
  return found ? combinations(options, MAX_TRADE_NAME_READINGS) : [];
}

/** Whether consecutive words' syllables make a run of two or more with one pinyin does not write (the test of tradeNameFromWadeGiles). */
function holdsWadeGilesRun(items: readonly (readonly string[] | undefined)[]): boolean {
  let syllables = 0;
  let wadeGiles = false;
  for (const item of items) {
    if (item === undefined) {
      syllables = 0;
      wadeGiles = false;
      continue;
    }
    syllables += item.length;
    wadeGiles ||= item.some((syllable) => !isPinyinWord(syllable));
    if (syllables >= 2 && wadeGiles) return true;
  }
  return false;
}

// A series number (Fund II, Holdings III) is no syllable, though Wade-Giles writes yi as I.
const ROMAN_NUMERAL = /^[ivxlcdm]+$/u;

/** A word of a trade name as its syllables: pinyin written joined (Ruicheng) kept whole; undefined for a word of neither system. */
function tradeNameSyllables(token: string): string[] | undefined {
  // Organisation names repeat their words (Trading, Company, Shipping): each is cut once.
  const cached = tradeNameCache.get(token);
  if (cached !== undefined) return cached === NO_SYLLABLES ? undefined : (cached as string[]);
  const syllables = ROMAN_NUMERAL.test(token) ? undefined : isPinyinWord(token) || wadeGilesReading(token) !== undefined ? [token] : joinedWadeGilesPieces(token);
  if (tradeNameCache.size >= TRADE_NAME_CACHE_LIMIT) tradeNameCache.clear();
  tradeNameCache.set(token, syllables ?? NO_SYLLABLES);
  return syllables;
}

const TRADE_NAME_CACHE_LIMIT = 20_000;
const tradeNameCache = new Map<string, readonly string[]>();

function isPinyinWord(token: string): boolean {
  return pinyinSyllables(token) !== undefined;
}

/** A trade name's syllable in pinyin: its Wade-Giles readings, then pinyin as written (Cheng: zheng, cheng). */
function syllableReadings(syllable: string): string[] {
  const wadeGiles = wadeGilesPinyin(syllable);
  return isPinyinWord(syllable) && !wadeGiles.includes(syllable) ? [...wadeGiles, syllable] : wadeGiles.length > 0 ? wadeGiles : [syllable];
}

/** One option from each, the first options first, at most `limit` (each later option alone, then none). */
function combinations(options: readonly string[][], limit: number): string[][] {
  const first = options.map((o) => o[0]!);
  const out = [first];
  for (let i = 0; i < options.length && out.length < limit; i++) {
    for (const other of options[i]!.slice(1)) if (out.length < limit) out.push(first.map((s, j) => (j === i ? other : s)));
  }
  return out;
}

/** Finals Wade-Giles writes (after its initial), as lists print them: without umlauts or apostrophes. */
const WADE_GILES_FINALS = new Set([
  'a', 'ai', 'an', 'ang', 'ao', 'e', 'ei', 'en', 'eng', 'erh', 'i', 'ia', 'iang', 'iao', 'ieh', 'ien', 'ih', 'in', 'ing', 'iu',
  'iung', 'o', 'ou', 'u', 'ua', 'uai', 'uan', 'uang', 'ui', 'uei', 'un', 'ung', 'uo', 'ueh',
]);
const WADE_GILES_INITIAL = /^(?:hs|ts|tz|ch|sh|ss|[ptkjmfnlhsyw])?/u;

/** Wade-Giles writes these syllables without pinyin's y (I-jen is Yiren). */
const WADE_GILES_WITHOUT_Y: Readonly<Record<string, string>> = { i: 'yi', in: 'yin', ing: 'ying' };

/**
 * The pinyin reading of a Wade-Giles syllable (Chien → jian, Hsiao → xiao, I → yi), when it is one:
 * read from the table of every syllable that has one, as trade names and joined given names ask it
 * of every piece of every word they try to cut.
 */
function wadeGilesReading(token: string): string | undefined {
  return wadeGilesReadingTable().get(token);
}

let wadeGilesReadings: ReadonlyMap<string, string> | undefined;

/**
 * The syllables wadeGilesReadingByRules reads, and their readings: it reads a token only when it is
 * an initial WADE_GILES_INITIAL takes and a final of WADE_GILES_FINALS, or one of the few syllables
 * it names, so asking it of each such pair finds them all.
 */
function wadeGilesReadingTable(): ReadonlyMap<string, string> {
  if (wadeGilesReadings !== undefined) return wadeGilesReadings;
  const table = new Map<string, string>();
  const candidates = [...Object.keys(WADE_GILES_WITHOUT_Y), ...WADE_GILES_WHOLE];
  for (const initial of WADE_GILES_INITIALS) for (const final of WADE_GILES_FINALS) candidates.push(initial + final);
  for (const candidate of candidates) {
    const reading = wadeGilesReadingByRules(candidate);
    if (reading !== undefined) table.set(candidate, reading);
  }
  for (const [misspelled, written] of WADE_GILES_TRANSPOSED) {
    const reading = wadeGilesReadingByRules(written);
    if (reading !== undefined) table.set(misspelled, reading);
  }
  wadeGilesReadings = table;
  return table;
}

/**
 * Wade-Giles -ien written -ein after the initials only Wade-Giles writes (Hsein, Chein for Hsien,
 * Chien: xian, jian), as lists and passports often misspell it: no system writes a final -ein, so
 * the transposed spelling can be no other syllable.
 */
const WADE_GILES_TRANSPOSED: readonly (readonly [string, string])[] = [
  ['hsein', 'hsien'],
  ['chein', 'chien'],
];

/** The initials WADE_GILES_INITIAL matches, and none. */
const WADE_GILES_INITIALS = ['hs', 'ts', 'tz', 'ch', 'sh', 'ss', 'p', 't', 'k', 'j', 'm', 'f', 'n', 'l', 'h', 's', 'y', 'w', ''];
/** Syllables read whole, whatever their initial and final. */
const WADE_GILES_WHOLE = ['tzu', 'ssu', 'szu', 'erh'];

/** wadeGilesReading by the rules themselves (wadeGilesReadingTable asks them once of every syllable they can read). */
function wadeGilesReadingByRules(token: string): string | undefined {
  const withoutY = lookup(WADE_GILES_WITHOUT_Y, token);
  if (withoutY !== undefined) return withoutY;
  const initial = WADE_GILES_INITIAL.exec(token)?.[0] ?? '';
  if (!WADE_GILES_FINALS.has(token.slice(initial.length)) && !WADE_GILES_WHOLE.includes(token)) return undefined;
  return wadeGilesSyllable(token).find(isPinyinSyllable);
}

/**
 * A pinyin syllable's spelling class: the syllable as Wade-Giles writes it without apostrophes or
 * umlauts (quan, juan, zhuan, chuan → chuan; guo, kuo → kuo; yi → i; lü, lu → lu). Lists and
 * passports print Wade-Giles so, and then one spelling stands for all of these, so two spellings of
 * a name can only be told apart down to this class: a Wade-Giles Ch'üan-kuo is printed Chuan-kuo
 * and must meet the pinyin Quanguo. Pinyin names that differ only within a class (Zhang Jun, Zhang
 * Chun) meet on these keys too, with the key's penalty (weights.romanizationKey), as their
 * Wade-Giles spellings are the same.
 */
export function spellingClass(pinyin: string): string {
  if (pinyin === 'yi') return 'i';
  return toWadeGiles(pinyin.replace('v', 'u'));
}

/**
 * A given name's syllables in pinyin, each as its readings, commonest first: a Cantonese or Hokkien
 * spelling by the table, which may give several (Wai: wei or hui); one syllable as pinyin, else as
 * Wade-Giles (Chien, Hsiao); a longer token cut into pinyin syllables (Weimin). In a name written in
 * Wade-Giles (one of its tokens spelled as only Wade-Giles spells) Wade-Giles is read first: its Kuo
 * is pinyin's guo, not kuo. `exact`: the token is pinyin read from characters, and only that.
 * `bothWays`: a syllable that pinyin and Wade-Giles both spell is read both ways, pinyin first (Ping:
 * ping, bing), for exact keys of a name in another system than pinyin (see CHINESE_KEY_READINGS).
 */
function givenSyllables(token: string, wadeGilesFirst: boolean, exact: boolean, bothWays: boolean, pinyinName: boolean): SyllableReadings[] | undefined {
  if (exact) return pinyinSyllables(token)?.map((syllable) => [syllable]);
  const table = pinyinName ? undefined : lookup(CHINESE_SYLLABLE_SPELLINGS, token);
  if (table !== undefined) return [asWrittenSecond(table.split('|'), token)];
  const wadeGiles = wadeGilesReading(token);
  if (wadeGiles !== undefined && (wadeGilesFirst || !isPinyinSyllable(token))) return [[wadeGiles]];
  if (bothWays && wadeGiles !== undefined && wadeGiles !== token) return [[token, wadeGiles]];
  // A word pinyin writes as it stands (Sihai: si-hai, no syllable after the first opening with a
  // vowel) is pinyin in a name with no Wade-Giles word: cut as Wade-Giles it would be sih-ai.
  const pinyin = pinyinSyllables(token);
  if (!wadeGilesFirst && pinyin !== undefined && pinyin.every((syllable, i) => i === 0 || !VOWEL_START.test(syllable))) return pinyin.map((syllable) => [syllable]);
  return joinedWadeGiles(token) ?? pinyin?.map((syllable) => [syllable]);
}

/**
 * A dialect spelling's readings with the syllable as written, when it is one of them, moved up to
 * second: Singapore and Malaysia register a Hokkien or Teochew surname beside a given name in Hanyu
 * Pinyin (Teo Yan Bing, Zhang Yanbing), so a spelling that is also a pinyin syllable is that syllable
 * often enough to stay within the readings kept (see MAX_GIVEN_READINGS), after the commonest.
 */
function asWrittenSecond(readings: string[], token: string): string[] {
  const at = readings.indexOf(token);
  if (at <= 1) return readings;
  return [readings[0]!, token, ...readings.slice(1).filter((r) => r !== token)];
}

/**
 * A given name Wade-Giles writes as one word (Chienwei, Chien-wei joined), its syllables' pinyin;
 * undefined unless one of them is spelled as only Wade-Giles spells: cut as pinyin, chienwei would
 * be chi-en-wei.
 */
function joinedWadeGiles(token: string): SyllableReadings[] | undefined {
  return joinedWadeGilesPieces(token)?.map((piece) => [wadeGilesReading(piece)!]);
}

/** A word cut into Wade-Giles syllables, one spelled as only Wade-Giles spells; undefined when it is not so. */
function joinedWadeGilesPieces(token: string): string[] | undefined {
  const pieces: string[] = [];
  if (!cutSyllables(token, 0, pieces, wadeGilesTrie()) || pieces.length < 2) return undefined;
  return pieces.some((piece) => WADE_GILES_ONLY.test(piece)) ? pieces : undefined;
}

/** One syllable's pinyin readings, commonest first. */
type SyllableReadings = readonly string[];

// A syllable I alone is Wade-Giles's (pinyin writes yi): I-ju is Yiru.
const WADE_GILES_ONLY = /^(?:hs|ts|tz)|(?:ih|ieh|ien|ueh|erh)$|^i$/u;

/** Readings of a surname written several ways (Chan: chen, zeng, zhan), at most. */
const MAX_SURNAME_READINGS = 4;
/** Readings of a given name whose syllables read several ways (Wai Ning: wei ning, hui ning), at most. */
const MAX_GIVEN_READINGS = 4;
/** Key-token readings of one name read in one order, at most (see readingPairs). */
const MAX_NAME_READINGS = 4;
/** The same for the exact keys of a name in another system, whose syllables read more ways (see CHINESE_KEY_READINGS). */
const MAX_EXACT_NAME_READINGS = 8;

/** The given name's syllables in pinyin, the surname at `surnameAt` left out; undefined when a token is no name syllable. */
function givenName(tokens: readonly string[], surnameAt: number, exact: boolean, bothWays = false): SyllableReadings[] | undefined {
  const rest = tokens.filter((_, i) => i !== surnameAt);
  const wadeGilesFirst = rest.some((t) => WADE_GILES_ONLY.test(t));
  // A name in pinyin as written, its surname too, is read as pinyin: Li Man is not LI Wen.
  const pinyinName = surnameReadings(tokens[surnameAt]!)?.[0] === tokens[surnameAt] && allPinyinAsWritten(tokens);
  const given: SyllableReadings[] = [];
  for (const token of rest) {
    const syllables = givenSyllables(token, wadeGilesFirst, exact, bothWays, pinyinName);
    if (syllables === undefined) return undefined;
    given.push(...syllables);
  }
  return given.length >= 1 && given.length <= 3 ? given : undefined;
}

/**
 * Which given-name and surname readings to pair, at most `limit` pairs: the commonest
 * first, by the sum of their ranks, so that a surname's third reading does not crowd out a given
 * name's second (Wong Kwan Ching: wang jun jing, huang jun jing, wang jun zheng, ...).
 */
function readingPairs(givens: number, surnames: number, limit: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let g = 0; g < givens; g++) for (let n = 0; n < surnames; n++) pairs.push([g, n]);
  pairs.sort((a, b) => a[0] + a[1] - (b[0] + b[1]) || a[0] - b[0]);
  return pairs.slice(0, limit);
}

/** The given name read one alternative per syllable, commonest first, at most MAX_GIVEN_READINGS of them. */
function givenReadings(given: readonly SyllableReadings[]): string[][] {
  let readings: string[][] = [[]];
  for (const alternatives of given) {
    const next: string[][] = [];
    for (const reading of readings) {
      for (const syllable of alternatives) if (next.length < MAX_GIVEN_READINGS) next.push([...reading, syllable]);
    }
    readings = next;
  }
  return readings;
}

/**
 * Key-token readings of a name as a Chinese personal name (marked with CHINESE_KEY_MARK), one per
 * reading of its given name and its surname, commonest first; empty when the name does not read as
 * one: two to four syllables, a known surname spelling first or last, every other token a name
 * syllable.
 * `exact`: the tokens are the pinyin of a name written in Chinese characters, which says each
 * syllable for certain: its keys are the syllables themselves, not their spelling classes (静林 is
 * Lin Jing, and does not meet LIN Qing). `exactKeys`: the syllables the spellings are read as, not
 * their classes, for a Latin name (see CHINESE_KEY_READINGS).
 */
export function chineseKeyReadings(tokens: readonly string[], exact = false, exactKeys = exact, hyphened = false): string[][] {
  if (tokens.length < 2 || tokens.length > 4) return [];
  // The surname stands first (Chinese order), else last (Western order). A name of two words is read
  // one way only: both ways would let Wang Lei (Lei, the Macau Li) meet Wang Li. A longer one whose
  // first and last words are both surnames is read both ways (Kwok-ki Chan is Chan's name, Chan
  // Kwok-ki too): its given name of two syllables keeps the readings apart.
  const out: string[][] = [];
  for (const surnameAt of [0, tokens.length - 1]) {
    out.push(...orderReadings(tokens, surnameAt, exact, exactKeys, hyphened));
    if (tokens.length === 2 && out.length > 0 && !bothSurnamesOfAnotherSystem(tokens)) break;
  }
  return out;
}

/** The surname's readings and the given name's syllables of the name read with its surname at `surnameAt`; undefined when it does not read so. */
function readOrder(tokens: readonly string[], surnameAt: number, exact: boolean, bothWays: boolean): [readonly string[], SyllableReadings[]] | undefined {
  const readings = surnameReadings(tokens[surnameAt]!);
  const given = readings === undefined ? undefined : givenName(tokens, surnameAt, exact, bothWays);
  return readings === undefined || given === undefined ? undefined : [readings, given];
}

/** chineseKeyReadings of the name read with its surname at `surnameAt`. */
function orderReadings(tokens: readonly string[], surnameAt: number, exact: boolean, exactKeys: boolean, hyphened = false): string[][] {
  const order = readOrder(tokens, surnameAt, exact, (exactKeys || hyphened) && !exact);
  if (order === undefined) return [];
  const [readings, given] = order;
  const key = exactKeys ? (syllable: string) => syllable : spellingClass;
  const surnames = [...new Set(readings.slice(0, MAX_SURNAME_READINGS).map(key))];
  // Readings that make one key are one: the cap then keeps readings that differ (Ho Cheng: hao,
  // he; cheng and zheng are one key, so he-cheng is not crowded out by hao-zheng).
  const givens = givenReadings(given.map((syllable) => [...new Set(syllable.map(key))])).map((reading) => reading.map((s) => CHINESE_KEY_MARK + s));
  const limit = exactKeys && !exact ? MAX_EXACT_NAME_READINGS : MAX_NAME_READINGS;
  return readingPairs(givens.length, surnames.length, limit).map(([g, n]) => [CHINESE_KEY_MARK + surnames[n]! + CHINESE_KEY_MARK, ...givens[g]!]);
}

/** The `via` of a name's Chinese part read as keys beside its Western given names (see chineseKeysBesideWestern). */
export const CHINESE_KEY_BESIDE = 'chinese-key-beside';

/** Words a name may have beside its Chinese part, at most (Peter John Kwok, Eric Wong Siu-wah). */
const MAX_WESTERN_WORDS = 2;

/**
 * A name whose Chinese part, a surname alone or a surname with its given name, stands beside
 * Western given names (Peter Kwok, Kwok Peter, Eric Wong Siu-wah): its Chinese part read as keys,
 * the Western words kept as written, so that Kwok meets Guo, Ng Wu and Tan Chen beside the same
 * given name, as Hong Kong, Singapore and Taiwan write a name that a Mainland listing writes in
 * pinyin. Western words are those that are neither a surname spelling nor name syllables; the
 * Chinese part is the other words in their order, read as chineseKeyReadings reads a whole name
 * (chineseKeyAlternatives for a query, `query`). Empty for a name all Chinese (read whole) or with
 * no surname spelling. `knownWestern`: only beside Western given names known as such (see nicknames.ts).
 */
export function chineseKeysBesideWestern(tokens: readonly string[], query: boolean, knownWestern = false): string[][] {
  // A Chinese part is read from its surname (see readOrder): a name without one is turned down before
  // its words are cut into syllables. Each word is then asked once, and no further once the Western
  // words are too many.
  if (!tokens.some((token) => surnameReadings(token) !== undefined)) return [];
  const western: string[] = [];
  const part: string[] = [];
  for (const token of tokens) {
    if (isChineseNameWord(token) && !(knownWestern && westernCutIntoSyllables(token))) part.push(token);
    else if (western.push(token) > MAX_WESTERN_WORDS) return [];
  }
  if (western.length === 0 || part.length === 0) return [];
  if (knownWestern && !western.every(knownWesternName)) return [];
  const keys = part.length === 1 ? surnameKeys(part[0]!, query) : query ? chineseKeyAlternatives(part) : chineseKeyReadings(part);
  return keys.map((chineseKeys) => [...western, ...chineseKeys]);
}

/** A Western given name is at least this long before it is taken for a Chinese word it also spells (Ken, Sam, Ben are Cantonese syllables too). */
const WESTERN_OVER_SYLLABLES_MIN = 4;

/**
 * A known Western given name that pinyin could cut into syllables (Mike: mi ke, Jane: jia ne is not,
 * Sandy: san dy is not), yet no surname: beside a Chinese name it is the adopted English name.
 */
function westernCutIntoSyllables(token: string): boolean {
  return token.length >= WESTERN_OVER_SYLLABLES_MIN && knownWesternName(token) && surnameReadings(token) === undefined;
}

/** A given name known as a Western one: a common given name or one with familiar forms (Eric, Mike, Aleksandr). */
export function knownWesternName(token: string): boolean {
  return familiarForms(token).length > 0 || isGivenName(token);
}

/** Whether a word may be part of a Chinese name: a surname spelling or given-name syllables. */
function isChineseNameWord(token: string): boolean {
  return surnameReadings(token) !== undefined || givenSyllables(token, false, false, false, false) !== undefined;
}

/** A lone surname's keys: one token holding every reading for a query, else one reading each. */
function surnameKeys(token: string, query: boolean): string[][] {
  const readings = surnameReadings(token);
  if (readings === undefined) return [];
  const keys = [...new Set(readings.slice(0, MAX_SURNAME_READINGS).map((s) => CHINESE_KEY_MARK + spellingClass(s) + CHINESE_KEY_MARK))];
  return query ? [[alternatives(keys)]] : keys.map((key) => [key]);
}

/** Splits the keys a query token may be (see chineseKeyAlternatives). */
export const KEY_ALTERNATIVES = '|';

/**
 * A Latin query name read as a Chinese personal name: one key sequence per reading order, each of
 * its tokens holding every key its syllable may have, split by KEY_ALTERNATIVES (Kwok Chun Yin:
 * ^kuo^, ^chun|^chen|^chin|^chuan, ^yen|^hsien|^jan|^yin), which the matcher meets by any of them. A
 * listed name's readings are spelled out one by one, the commonest first (chineseKeyReadings); a
 * query's are met at the cost of one variant, where spelling them out would take twenty. Read with its
 * surname at `commonestAt`, the name keeps the commonest readings one by one instead (see analyze.ts:
 * a name that reads as Korean with the same surname).
 */
export function chineseKeyAlternatives(tokens: readonly string[], commonestAt = -1, hyphened = false): string[][] {
  if (tokens.length < 2 || tokens.length > 4) return [];
  const out: string[][] = [];
  for (const surnameAt of [0, tokens.length - 1]) {
    if (surnameAt === commonestAt) {
      out.push(...orderReadings(tokens, surnameAt, false, false, hyphened));
    } else {
      const order = readOrder(tokens, surnameAt, false, hyphened);
      if (order === undefined) continue;
      const [readings, given] = order;
      const surname = alternatives(readings.slice(0, MAX_SURNAME_READINGS).map((s) => CHINESE_KEY_MARK + spellingClass(s) + CHINESE_KEY_MARK));
      out.push([surname, ...given.map((syllable) => alternatives(syllable.map((s) => CHINESE_KEY_MARK + spellingClass(s))))]);
    }
    if (tokens.length === 2 && out.length > 0 && !bothSurnamesOfAnotherSystem(tokens)) break;
  }
  return out;
}

/**
 * Whether both words of a two-word name are surnames spelled in another system than pinyin (Kao
 * Chan: Gao, Chen or Zhan): nothing tells which is the surname, so the name is read both ways. A
 * pinyin surname as written (Wang Lei) fixes the order, which keeps Lei, the Macau Li, from
 * making Wang Lei meet Li Wang.
 */
function bothSurnamesOfAnotherSystem(tokens: readonly string[]): boolean {
  return tokens.every((token) => {
    const readings = surnameReadings(token);
    return readings !== undefined && !readings.includes(token);
  });
}

function alternatives(keys: readonly string[]): string {
  return [...new Set(keys)].join(KEY_ALTERNATIVES);
}

/**
 * The exact keys of the pinyin a Latin name in another system than pinyin may stand for (see
 * CHINESE_KEY_READINGS); none for a name written in pinyin, whose own keys are exact already.
 */
export function chineseReadingKeys(tokens: readonly string[]): string[][] {
  return allPinyin(tokens) ? [] : chineseKeyReadings(tokens, false, true);
}

/**
 * Whether two given names written as one word each are two names of as many pinyin syllables that
 * differ in a syllable (Xiaoling, Xiaohong; Xiaoming, Xiaoping): another name, however many letters
 * they share. Syllables with one initial and finals a letter apart may be one syllable misspelt or
 * said the southern way (Xiaolin, Xiaoling; Jinpeng, Jinping), and one spelling class is one
 * syllable in Wade-Giles (Liuchun, Liujun).
 */
export function syllablesDiffer(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return false;
  const left = pinyinSyllables(a);
  const right = left === undefined ? undefined : pinyinSyllables(b);
  if (left === undefined || right === undefined || left.length < 2 || left.length !== right.length) return false;
  for (let i = 0; i < left.length; i++) if (!maySpellOneSyllable(left[i]!, right[i]!)) return true;
  return false;
}

/**
 * Whether two words are two different pinyin surnames of the surname table (Huang and Zhang, Liu and
 * Lu), neither a customary spelling of the other (Chang, 常, is also Zhang's Wade-Giles spelling): a
 * surname is one character, and a near spelling of one pinyin surname is another character, not the
 * same surname misspelled.
 */
export function anotherPinyinSurname(a: string, b: string): boolean {
  if (a === b) return false;
  const left = lookup(CHINESE_SURNAME_SPELLINGS, a);
  const right = left === undefined ? undefined : lookup(CHINESE_SURNAME_SPELLINGS, b);
  return left !== undefined && right !== undefined && !left.includes(b) && !right.includes(a);
}

const PINYIN_INITIAL = /^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?/u;

function maySpellOneSyllable(a: string, b: string): boolean {
  if (a === b || spellingClass(a) === spellingClass(b)) return true;
  // Southern Mandarin says zh, ch, sh as z, c, s.
  const initialA = PINYIN_INITIAL.exec(a)![0];
  const initialB = PINYIN_INITIAL.exec(b)![0];
  if (initialA.charAt(0) !== initialB.charAt(0) || Math.abs(initialA.length - initialB.length) > 1) return false;
  return withinOneEdit(a.slice(initialA.length), b.slice(initialB.length));
}

/** Whether two short strings are one insertion, deletion or substitution apart, or equal. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
