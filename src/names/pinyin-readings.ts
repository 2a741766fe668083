import { pinyinSyllables } from './chinese-key.js';
import { lookup } from './lookup.js';
import { ORG_TERMS } from './org-terms.js';
import { PINYIN_BODY_SUFFIXES, PINYIN_CONNECTORS, PINYIN_ORG_READINGS, PINYIN_TRADE_BRANDS } from './pinyin-org-readings.js';
import { pinyinBrand } from './pinyin-brands.js';

/** Syllables written apart are joined into a company word of at most this many (Jin Chu Kou, jinchukou). */
const MAX_JOINED = 3;

function isCompanyWord(word: string): boolean {
  return lookup(PINYIN_ORG_READINGS, word) !== undefined || lookup(ORG_TERMS, word) !== undefined;
}

/** The longest run of pinyin tokens from `at`, `below` of them at most, that joins into a company word (Wei Dianzi, weidianzi); 1 when none does. */
function longestJoin(tokens: readonly string[], at: number, below = MAX_JOINED + 1): number {
  // Every word of a name comes here: the syllable test (kept per word) goes before the joined word is made.
  for (let n = Math.min(below - 1, tokens.length - at); n > 1; n--) {
    let syllables = true;
    for (let i = at; i < at + n && syllables; i++) syllables = pinyinSyllables(tokens[i]!) !== undefined;
    if (syllables && isCompanyWord(tokens.slice(at, at + n).join(''))) return n;
  }
  return 1;
}

/**
 * The run of tokens from `at` to join: the longest, unless a shorter one lets the next run reach
 * further (Ji Suan Ji Shu: jisuan jishu, computing technology, not jisuanji and a stray shu).
 */
function joinedLength(tokens: readonly string[], at: number): number {
  const longest = longestJoin(tokens, at);
  if (longest < 3) return longest;
  for (let n = longestJoin(tokens, at, longest); n > 1; n = longestJoin(tokens, at, n)) {
    if (n + longestJoin(tokens, at + n) > longest) return n;
  }
  return longest;
}

function joinedWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const n = joinedLength(tokens, i);
    out.push(tokens.slice(i, i + n).join(''));
    i += n;
  }
  return out;
}

/**
 * What the company words among `words` (joinedWords of the tokens) make of the tokens, in one walk:
 * `words`, how many company words they count as: a joined word whose syllables are each a company
 * word counts as each of them (Ligong Daxue, science and technology university, is two), one whose
 * syllables are not as one (Yunzai Huojian, launch vehicle); a body's closing syllable counts so too
 * (Gong'an Ting, public security department, is two). `tokens`, how many of the tokens they are made of.
 */
function companyCoverage(tokens: readonly string[], words: readonly string[]): { words: number; tokens: number } {
  let count = 0;
  let covered = 0;
  let at = 0;
  for (const word of words) {
    let length = 0;
    let parts = 0;
    let n = 0;
    for (; at < tokens.length && length < word.length; at++, n++) {
      length += tokens[at]!.length;
      if (isCompanyWord(tokens[at]!) || (tokens[at]!.length < word.length && PINYIN_BODY_SUFFIXES.has(tokens[at]!))) parts++;
    }
    if (isCompanyWord(word)) {
      count += Math.max(1, parts);
      covered += n;
    }
  }
  return { words: count, tokens: covered };
}

/** The English of the connector at `i` (Yanjiu yu Fazhan: and) when company words stand either side of it; undefined otherwise. */
function connectorBetween(words: readonly string[], i: number): string | undefined {
  const connector = lookup(PINYIN_CONNECTORS, words[i]!);
  if (connector === undefined || i === 0 || i === words.length - 1) return undefined;
  return isCompanyWord(words[i - 1]!) && isCompanyWord(words[i + 1]!) ? connector : undefined;
}

/** A word's readings in PINYIN_ORG_READINGS, or as a brand of the trade another of the words names (see PINYIN_TRADE_BRANDS). */
function readingsOf(words: readonly string[], i: number): string[] | undefined {
  const word = words[i]!;
  const own = lookup(PINYIN_ORG_READINGS, word);
  if (own !== undefined) return own.split('|');
  const brand = lookup(PINYIN_TRADE_BRANDS, word);
  return brand !== undefined && words.some((other) => brand.trade.includes(other)) ? brand.readings.split('|') : undefined;
}

/**
 * The words read by reading `which` of each (its first when it has fewer), or, with `only`, the word
 * at `only` so and the others by their first; and whether that says more than org-terms.ts.
 */
function readWords(words: readonly string[], which: number, only = -1): { tokens: string[]; news: boolean } {
  const tokens: string[] = [];
  let news = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const readings = readingsOf(words, i);
    const reading = readings === undefined ? connectorBetween(words, i) : only < 0 || only === i ? (readings[which] ?? readings[0]!) : readings[0]!;
    if (reading === undefined) {
      tokens.push(word);
      continue;
    }
    if (reading !== lookup(ORG_TERMS, word)) news = true;
    for (const token of reading.split(' ')) tokens.push(token);
  }
  return { tokens, news };
}

/** How many readings the word at `i` has (see readingsOf); 0 for a word with none. */
function readingCount(words: readonly string[], i: number): number {
  return readingsOf(words, i)?.length ?? 0;
}

/** Words written apart that join into a brand's pinyin (Haikang Weishi, Hikvision): at most this many. */
const MAX_BRAND_WORDS = 2;

/**
 * The company name with a brand written in pinyin read as its English name (Langchao Jituan: inspur
 * group; see pinyin-brands.ts), its other words by their first reading; undefined when it names none.
 * Only beside a company word: a brand's pinyin alone may be a person's or a place's name.
 */
function brandReading(words: readonly string[]): string[] | undefined {
  if (!words.some(isCompanyWord)) return undefined;
  let found = false;
  const tokens: string[] = [];
  for (let i = 0; i < words.length; ) {
    let brand: string | undefined;
    let n = Math.min(MAX_BRAND_WORDS, words.length - i);
    for (; n >= 1; n--) {
      brand = pinyinBrand(n === 1 ? words[i]! : words.slice(i, i + n).join(''));
      if (brand !== undefined) break;
    }
    if (brand === undefined) {
      const reading = lookup(PINYIN_ORG_READINGS, words[i]!)?.split('|')[0] ?? words[i]!;
      for (const token of reading.split(' ')) tokens.push(token);
      i++;
      continue;
    }
    found = true;
    for (const token of brand.split(' ')) tokens.push(token);
    i += n;
  }
  return found ? tokens : undefined;
}

/** Whether the token may be read by the tables here: pinyin, or a word PINYIN_ORG_READINGS, PINYIN_TRADE_BRANDS or PINYIN_CONNECTORS knows. */
function mayBePinyinWord(token: string): boolean {
  return (
    pinyinSyllables(token) !== undefined ||
    lookup(PINYIN_ORG_READINGS, token) !== undefined ||
    lookup(PINYIN_TRADE_BRANDS, token) !== undefined ||
    lookup(PINYIN_CONNECTORS, token) !== undefined
  );
}

/**
 * Company words a name of unknown kind needs for its words to be read so: Li Haiyang is a person
 * (haiyang, ocean, is also a given name), Huawei Jishu Fuwu a company.
 */
const MIN_COMPANY_WORDS = 2;

/** How many of the tokens are company words or pinyin, up to MIN_COMPANY_WORDS: the most company words joinedWords can make of them. */
function mayHoldCompanyWords(tokens: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < tokens.length && count < MIN_COMPANY_WORDS; i++) if (isCompanyWord(tokens[i]!) || pinyinSyllables(tokens[i]!) !== undefined) count++;
  return count;
}

/**
 * A company name in pinyin with its company words read in English the ways PINYIN_ORG_READINGS
 * gives (Jinchukou Maoyi: import export trading, import export trade), syllables written apart
 * joined into such a word first: each reading that says more than the tokens do as they are
 * canonicalised (see org-terms.ts); none for most names. `company`: the name is known to be a
 * company's (its kind, or a legal form written in it).
 */
export function pinyinOrgReadings(tokens: readonly string[], company: boolean): string[][] {
  // Most company names hold no word in pinyin (Acme Trading): each reading below needs one.
  if (!tokens.some(mayBePinyinWord)) return [];
  // Each company word is a token that is one, or joins tokens in pinyin: a name of unknown kind with
  // fewer such tokens than it needs is turned down before its words are joined.
  if (!company && mayHoldCompanyWords(tokens) < MIN_COMPANY_WORDS) return [];
  const words = joinedWords(tokens);
  if (!company && companyCoverage(tokens, words).words < MIN_COMPANY_WORDS) return [];
  const joined = words.length < tokens.length;
  const first = readWords(words, 0);
  const out = first.news || joined ? [first.tokens] : [];
  // Every word read its second way, its third..., and, when two words or more have other readings,
  // each read so alone, the others their first way (China Academy of Launch Vehicle Technology:
  // zhongguo and jishu their first, yanjiuyuan its second), as han.ts reads a name in characters.
  const counts = words.map((_, i) => readingCount(words, i));
  const most = Math.max(...counts);
  const several = counts.filter((c) => c > 1).length > 1;
  for (let which = 1; which < most; which++) {
    const all = readWords(words, which);
    if (all.news) out.push(all.tokens);
    if (several) for (let i = 0; i < words.length; i++) if (counts[i]! > which) out.push(readWords(words, which, i).tokens);
  }
  if (company) {
    const branded = brandReading(words);
    if (branded !== undefined) out.push(branded);
  }
  return [...new Map(out.map((reading) => [reading.join(' '), reading])).values()];
}

/**
 * pinyinOrgReadings of the one of several pinyin readings of a name (those of a name in Wade-Giles:
 * K'o-hsueh-yuan, ke xue yuan or ge xue yuan) whose tokens company words cover most, the first
 * such; none when no reading holds MIN_COMPANY_WORDS company words, whatever the name's kind: a
 * reading of another system's spelling is a guess (IKEA is no yi ke a, yike, medical).
 */
export function bestPinyinOrgReadings(readings: readonly (readonly string[])[]): string[][] {
  let best: readonly string[] | undefined;
  let most = 0;
  for (const tokens of readings) {
    if (mayHoldCompanyWords(tokens) < MIN_COMPANY_WORDS) continue;
    const words = joinedWords(tokens);
    const coverage = companyCoverage(tokens, words);
    if (coverage.words < MIN_COMPANY_WORDS) continue;
    const covered = coverage.tokens;
    if (covered > most) {
      best = tokens;
      most = covered;
    }
  }
  return best === undefined ? [] : pinyinOrgReadings(best, false);
}
