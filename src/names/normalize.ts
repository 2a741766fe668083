import { charScript } from './char-script.js';

/** Longest input, in code points, that analysis looks at; longer names are cut so that work stays bounded. */
export const MAX_ANALYZED_CHARS = 512;

export interface NormalizedText {
  /** NFKC, case-folded, diacritics stripped from Latin letters, punctuation as single spaces, trimmed. */
  text: string;
  /** Each Latin letter whose diacritics were removed, as 'é→e' (distinct, in order of first appearance). */
  stripped: string[];
  /** True when the input was longer than MAX_ANALYZED_CHARS and only its start was analysed. */
  truncated: boolean;
}

export interface NormalizeOptions {
  /**
   * Remove hyphens instead of turning them into spaces, so 'Jong-un' gives 'jongun'; so too the
   * Persian non-joiner that parts the words of a name written as one (یزدان‌پرست, Yazdanparast).
   */
  joinHyphens?: boolean;
}

// Letters that case folding or NFD leave alone but that every Latin-script list spells out in ASCII.
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng', ſ: 's', ĸ: 'k',
};

// Apostrophes and similar marks join the parts of one word (O'Brien, Mu'ammar): they are dropped, not spaced.
const APOSTROPHES = /['’‘`´ʼʻʹ′]/u;
const HYPHENS = /[-‐‑‒–—―⁃﹣－]/u;
// Arabic short-vowel marks and the tatweel are optional in writing; names must match with or without them.
const ARABIC_OPTIONAL = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LATIN_MARK = /\p{M}/gu;

function cutToLimit(value: string): { head: string; truncated: boolean } {
  // Slicing UTF-16 first keeps the cost bounded for huge inputs before iterating code points.
  const rough = value.length > MAX_ANALYZED_CHARS * 2 ? value.slice(0, MAX_ANALYZED_CHARS * 2) : value;
  const points = Array.from(rough);
  if (points.length <= MAX_ANALYZED_CHARS && rough.length === value.length) return { head: value, truncated: false };
  return { head: points.slice(0, MAX_ANALYZED_CHARS).join(''), truncated: true };
}

/** A Latin letter without its diacritics, or as every list spells it in ASCII. */
function foldedLatin(ch: string): string {
  const special = LATIN_SPECIALS[ch];
  if (special !== undefined) return special;
  const bare = ch.normalize('NFD').replace(LATIN_MARK, '');
  // Marks can sit on a special letter too (ǣ is æ with a macron).
  return LATIN_SPECIALS[bare] ?? bare;
}

/** What normalisation does with a character other than an ASCII letter or digit (see charKind). */
const enum Kind {
  Drop,
  And,
  Apostrophe,
  Hyphen,
  Space,
  Latin,
  Mark,
  Keep,
}

/**
 * Kinds and folded Latin letters by character: names repeat the same few hundred characters, and
 * each kind takes up to seven Unicode regular expressions to tell. Filled up to a bound, then asked anew.
 */
const KIND_CACHE_LIMIT = 50_000;
const kinds = new Map<string, Kind>();
const folded = new Map<string, string>();

function charKind(ch: string): Kind {
  let kind = kinds.get(ch);
  if (kind === undefined) {
    kind = kindOf(ch);
    if (kinds.size < KIND_CACHE_LIMIT) kinds.set(ch, kind);
  }
  return kind;
}

/** The tests of normalizeText, in its order: the first that holds decides. */
function kindOf(ch: string): Kind {
  if (INVISIBLE.test(ch) || ARABIC_OPTIONAL.test(ch)) return Kind.Drop;
  if (ch === '&' || ch === '＆') return Kind.And;
  if (APOSTROPHES.test(ch)) return Kind.Apostrophe;
  if (HYPHENS.test(ch)) return Kind.Hyphen;
  if (!WORD_CHAR.test(ch)) return Kind.Space;
  if (charScript(ch) === 'latin') return Kind.Latin;
  if (/\p{M}/u.test(ch)) return Kind.Mark;
  return Kind.Keep;
}

function cachedFoldLatin(ch: string, stripped: Set<string>): string {
  let base = folded.get(ch);
  if (base === undefined) {
    base = foldedLatin(ch);
    if (folded.size < KIND_CACHE_LIMIT) folded.set(ch, base);
  }
  if (base !== ch) stripped.add(`${ch}→${base}`);
  return base;
}

// Persian writes the -ei of a word ending in silent he with a zero-width non-joiner (خامنه‌ای,
// Khamenei) where Arabic spelling writes hamza on yeh (خامنئي): one spelling for both, or the
// reader, which never sees the invisible joiner, takes he and alef for consonant and vowel (khamanahay).
const PERSIAN_EI = /\u0647\u200c[\u0627\u0622][\u06cc\u064a]/gu;
// Any other non-joiner between Arabic-script letters parts two words written as one (علی‌اکبر, Ali
// Akbar; یزدان‌پرست, Yazdan-parast): a word boundary, as a hyphen is, and like a hyphen dropped
// when the words are read joined (see NormalizeOptions.joinHyphens).
const PERSIAN_WORD_BREAK = /(?<=[\u0600-\u06ff])\u200c(?=[\u0600-\u06ff])/gu;

function persianJoiners(text: string, join: boolean): string {
  return text.includes('\u200c') ? text.replace(PERSIAN_EI, '\u0626\u06cc').replace(PERSIAN_WORD_BREAK, join ? '' : ' ') : text;
}

/** Normalises free text for name matching. Total: any string gives a result in time linear in MAX_ANALYZED_CHARS. */
export function normalizeText(value: string, options: NormalizeOptions = {}): NormalizedText {
  const text = typeof value === 'string' ? value : String(value);
  const asciiHead = text.length > MAX_ANALYZED_CHARS ? text.slice(0, MAX_ANALYZED_CHARS) : text;
  if (isAscii(asciiHead)) return normalizeAscii(asciiHead, text.length > MAX_ANALYZED_CHARS, Boolean(options.joinHyphens));
  const { head, truncated } = cutToLimit(text);
  const folded = persianJoiners(head.normalize('NFKC').toLowerCase().normalize('NFC'), Boolean(options.joinHyphens));
  const stripped = new Set<string>();
  let out = '';
  let previous = '';
  const chars = Array.from(folded);
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    const code = ch.charCodeAt(0);
    let piece: string;
    // ASCII letters and digits are most of every list: skip the Unicode tests for them.
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) piece = ch;
    else {
      switch (charKind(ch)) {
        case Kind.Drop:
          piece = '';
          break;
        case Kind.And:
          piece = ' and ';
          break;
        case Kind.Apostrophe: {
          const next = chars[i + 1] ?? '';
          piece = WORD_CHAR.test(previous) && WORD_CHAR.test(next) ? '' : ' ';
          break;
        }
        case Kind.Hyphen:
          piece = options.joinHyphens ? '' : ' ';
          break;
        case Kind.Space:
          piece = ' ';
          break;
        case Kind.Latin:
          piece = cachedFoldLatin(ch, stripped);
          break;
        case Kind.Mark:
          piece = charScript(previous) === 'latin' ? '' : ch;
          break;
        default:
          piece = ch;
      }
    }
    if (piece !== '') previous = ch;
    out += piece;
  }
  // Dropping an apostrophe or control can bring a letter and a combining mark together: recompose.
  return { text: out.normalize('NFC').replace(/\s+/gu, ' ').trim(), stripped: [...stripped], truncated };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Lowercase ASCII words of letters and digits, one space between each two, none at either end. */
function isPlainWords(text: string): boolean {
  if (text.length === 0) return false;
  let afterSpace = true;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isAsciiWordChar(code)) afterSpace = false;
    else if (code === 0x20 && !afterSpace) afterSpace = true;
    else return false;
  }
  return !afterSpace;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * normalizeText for ASCII text, most names on the lists and most queries: the same rules without
 * Unicode normalisation (ASCII is its own NFKC and NFC), per-character regular expressions or a
 * code point array. After lowercasing, a letter or digit is a word character and stays; a control
 * character goes; '&' is 'and'; an apostrophe between word characters goes, elsewhere it spaces; a
 * hyphen spaces (or goes when hyphens join); anything else spaces.
 */
function normalizeAscii(head: string, truncated: boolean, joinHyphens: boolean): NormalizedText {
  const folded = head.toLowerCase();
  // Most names are words of letters and digits with a space between each two: already normalised,
  // and kept as the one flat string they are (a text built a character at a time is a chain of
  // pieces that its first reader must copy out).
  if (isPlainWords(folded)) return { text: folded, stripped: [], truncated };
  let out = '';
  // Spaces are written only between words, one for any run: the general path's trim and collapse.
  let spaceDue = false;
  // Whether the last character that was kept or spaced (not dropped) is a word character.
  let afterWordChar = false;
  for (let i = 0; i < folded.length; i += 1) {
    const code = folded.charCodeAt(i);
    if (isAsciiWordChar(code)) {
      if (spaceDue && out !== '') out += ' ';
      spaceDue = false;
      // The whole run of word characters at once.
      let end = i + 1;
      while (end < folded.length && isAsciiWordChar(folded.charCodeAt(end))) end += 1;
      out += folded.slice(i, end);
      i = end - 1;
      afterWordChar = true;
    } else if (code < 0x20 || code === 0x7f) {
      continue;
    } else if (code === 0x26) {
      if (out !== '') out += ' ';
      out += 'and';
      spaceDue = true;
      afterWordChar = false;
    } else if (code === 0x27 || code === 0x60) {
      if (afterWordChar && i + 1 < folded.length && isAsciiWordChar(folded.charCodeAt(i + 1))) continue;
      spaceDue = true;
      afterWordChar = false;
    } else if (code === 0x2d && joinHyphens) {
      continue;
    } else {
      spaceDue = true;
      afterWordChar = false;
    }
  }
  return { text: out, stripped: [], truncated };
}
