import type { EntryKind } from '../model/list-entry.js';
import { ABBREVIATIONS, NAME_LIKE_ABBREVIATIONS } from './abbreviations.js';
import { withCountryReadings } from './country-reading.js';
import { splitCompound } from './compounds.js';
import { russianCompoundReading, russianPhraseReading } from './russian-compounds.js';
import { conjoinedItReading, orgAcronymReading } from './org-acronyms.js';
import { hasRussianLegalForm, russianAcronymReading, russianAssociationReading, russianCompanyKindReading, hasRussianCompanyKindAcronym } from './russian-acronyms.js';
import { splitGluedForms } from './glued-forms.js';
import { withoutEzafe } from './ezafe.js';
import { CJK_FORMS, SHORT_FORMS } from './legal-forms.js';
import { removeCjkLegalForms, removeLegalForms } from './legal-form-removal.js';
import { normalizeText } from './normalize.js';
import { withPolishLettersSpelledOut } from './orthographies.js';
import { romanizeSegment, type Reading } from './romanize.js';
import { textScript } from './char-script.js';
import { segmentsOf, type Segment } from './segments.js';
import { spanishAbbreviationsWritten } from './spanish-abbreviations.js';
import type { AnalyzedName, NameVariant } from './types.js';
import { combineRenderings, dedupeVariants } from './variants.js';
import { lookup } from './lookup.js';
import { digitsAsLetters, numberWordsAsDigits, withoutNumberSigns } from './numbers.js';
import { withHangulOrdinals } from './hangul-terms.js';
import { tokenPrior } from './stopwords.js';
import { isGenericOrganisationWord } from './business-words.js';
import { readsUnvoweled } from './rendering.js';
import { aspiratedSyllables, wadeGilesReadings, wadeGilesSurnameBeside } from './wade-giles.js';
import { allPinyinAsWritten, CHINESE_KEY, CHINESE_KEY_BESIDE, CHINESE_KEY_FROM_HAN, chineseKeyAlternatives, chineseKeyReadings, chineseKeysBesideWestern, knownWesternName, tradeNameFromWadeGiles } from './chinese-key.js';
import { PINYIN, TRANSLATED } from './han.js';
import { bestPinyinOrgReadings, pinyinOrgReadings } from './pinyin-readings.js';
import { tradeNameFromCantonese } from './cantonese-trade-name.js';
import { pinyinTradeNameJoined } from './pinyin-trade-name.js';
import { KOREAN_KEY, KOREAN_KEY_MARK, KOREAN_KEY_PINYIN, koreanKeyTokens } from './korean-key.js';
import { dprkFromRevised, dprkInitialR, FROM_REVISED, mcCuneFromRevised, mcCuneOpening, revisedFromOlderDprk } from './korean-respelling.js';

const CJK_SCRIPTS = new Set(['han', 'kana', 'hangul']);
const CJK_FORM_SET: ReadonlySet<string> = new Set(CJK_FORMS);
const HAS_LETTER = /[\p{L}\p{N}]/u;

function readingOf(kind: EntryKind): Reading {
  if (kind === 'person') return 'person';
  if (kind === 'unknown') return 'either';
  return 'organization';
}

/** Organisations (and names of unknown kind, which may be organisations) carry legal forms and abbreviations. */
function mayBeOrganization(kind: EntryKind): boolean {
  return kind === 'organization' || kind === 'unknown';
}

/** Whether a segment is in a script whose legal forms are removed before romanisation (a loop: every name comes here). */
function holdsNativeForms(segments: readonly Segment[]): boolean {
  for (let i = 0; i < segments.length; i++) if (segments[i]!.script === 'cyrillic' || CJK_SCRIPTS.has(segments[i]!.script)) return true;
  return false;
}

/** Removes legal forms written in the name's own script, before romanisation can blur them. */
function stripNativeForms(segments: Segment[], removed: Set<string>, short: boolean): Segment[] {
  // Most names have no Cyrillic or CJK run: nothing to strip, and no copy to make.
  if (!holdsNativeForms(segments)) return segments;
  return segments.map((segment) => {
    if (segment.script === 'cyrillic') {
      const result = removeLegalForms(segment.words, short);
      for (const form of result.removed) removed.add(form);
      return { script: segment.script, words: result.tokens };
    }
    if (!CJK_SCRIPTS.has(segment.script)) return segment;
    const hasName = segment.words.some((word) => !CJK_FORM_SET.has(word) && HAS_LETTER.test(word));
    const words = segment.words.flatMap((word) => {
      // A legal form standing as its own word ('삼성전자 주식회사') goes when other words remain.
      if (hasName && CJK_FORM_SET.has(word)) {
        removed.add(word);
        return [];
      }
      const result = removeCjkLegalForms(word);
      const rest = result.tokens[0] ?? word;
      // A form with only marks around it is the whole name: nothing else would be left to match.
      if (!HAS_LETTER.test(rest)) return [word];
      for (const form of result.removed) removed.add(form);
      return [rest];
    });
    return { script: segment.script, words };
  });
}

/** The shortest token russianCompoundReading reads (minfin, minyust): shorter ones skip the lookup. */
const RUSSIAN_COMPOUND_MIN = 6;
/** The longest acronym russianAcronymReading reads (gosmkb): longer tokens skip the lookup. */
const RUSSIAN_ACRONYM_MAX = 6;

/**
 * `russianForms`: the name as written had a Russian legal form (OOO, AO), removed before this; some
 * acronyms are read only in a Russian organisation's name (see russianCompanyKindReading).
 */
function expandAbbreviations(written: readonly string[], kind: EntryKind, russianForms = false): string[] {
  const tokens = withCountryReadings(written) ?? written;
  // A loop rather than map: every rendering of a name that may be an organisation's comes here.
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A Soviet or Russian institution's acronym (OKB, NII, GosMKB), or a trade's (ICT), as the English words it stands for.
    const acronym = kind === 'organization' && t.length <= RUSSIAN_ACRONYM_MAX ? (russianAcronymReading(t) ?? russianAssociationReading(t, tokens) ?? russianCompanyKindReading(t, i, tokens, russianForms) ?? orgAcronymReading(t) ?? conjoinedItReading(t, tokens[i - 1])) : undefined;
    if (acronym !== undefined) {
      out.push(...acronym);
      continue;
    }
    if (t.length < RUSSIAN_COMPOUND_MIN) {
      out.push(kind !== 'organization' && NAME_LIKE_ABBREVIATIONS.has(t) ? t : (lookup(ABBREVIATIONS, t) ?? t));
      continue;
    }
    // Two Russian words that English names translate by one (zheleznye dorogi, railways) stand as that one.
    const phrase = russianPhraseReading(t, tokens[i + 1]);
    if (phrase !== undefined) {
      out.push(phrase);
      i++;
      continue;
    }
    // A Russian word that English names translate by two (dalnevostochnyy, far eastern) stands as those two.
    const words = russianCompoundReading(t);
    if (words !== undefined) out.push(...words);
    else out.push(kind !== 'organization' && NAME_LIKE_ABBREVIATIONS.has(t) ? t : (lookup(ABBREVIATIONS, t) ?? t));
  }
  return out;
}

/**
 * The variant of a name of unknown kind read as an organisation's, short legal forms removed: it is
 * meant for listed organisations only (screen.ts skips listed persons for it), as 'Thomas Sá' minus
 * 'sa' is not the person Thomas.
 */
export const WITHOUT_SHORT_FORMS = 'without-short-forms';

const SHORT_FORM_WORDS: ReadonlySet<string> = new Set(SHORT_FORMS.flatMap((f) => f.split(' ')));

/** Whether a short legal form can stand at either edge (the cheap test before removing them). */
function mayEndInShortForm(tokens: readonly string[]): boolean {
  return tokens.length > 1 && (SHORT_FORM_WORDS.has(tokens[0]!) || SHORT_FORM_WORDS.has(tokens[tokens.length - 1]!));
}

/**
 * One rendering of a name that may be an organisation's, legal forms removed and abbreviations
 * expanded (a function of its own, not a closure: renderText runs for every name).
 */
function withoutForms(v: NameVariant, kind: EntryKind, removed: Set<string>): NameVariant[] {
  // Legal-form words written onto a name (Linaresltda) are split off: in an organisation's name in
  // place, in a name of unknown kind as an organisations-only variant beside it (a person's name
  // keeps its words as written).
  const glued = v.via === 'latin' ? splitGluedForms(v.tokens) : undefined;
  const result = removeLegalForms(glued !== undefined && kind === 'organization' ? glued : v.tokens, kind === 'organization');
  for (const form of result.removed) removed.add(form);
  // Looked for only in a name with UK or PKK in it: the acronyms read by it (see russianCompanyKindReading).
  const russianForms = kind === 'organization' && hasRussianCompanyKindAcronym(result.tokens) && hasRussianLegalForm(v.tokens);
  const expanded = expandAbbreviations(result.tokens, kind, russianForms);
  const out = [{ tokens: expanded, via: v.via }];
  // The acronym as written beside its reading: a listed name of unknown kind keeps it so (AO PKK
  // Milandr), as do lists that write it after a form this does not read as Russian (JSC PKK MILANDR).
  if (russianForms) out.push({ tokens: expandAbbreviations(result.tokens, kind), via: v.via });
  // A company name in pinyin read with its company words in English, as a name in characters is (see han.ts).
  if (v.via === 'latin') for (const tokens of pinyinOrgReadings(result.tokens, kind === 'organization' || result.removed.length > 0)) out.push({ tokens: expandAbbreviations(tokens, kind), via: TRANSLATED });
  // A name of unknown kind with a company word (SOE Semiconductor Devices Factory) is an
  // organisation's as likely as not: it gains the reading of its name-like abbreviations too (the
  // company word another than those: Eng and Ind are company words as well as names, Tan Eng a person).
  if (kind === 'unknown' && result.tokens.length > 1 && result.tokens.some((t) => NAME_LIKE_ABBREVIATIONS.has(t)) && result.tokens.some((t) => !NAME_LIKE_ABBREVIATIONS.has(t) && isGenericOrganisationWord(t))) {
    out.push({ tokens: expandAbbreviations(result.tokens, 'organization'), via: v.via });
  }
  // A name of unknown kind may be a person's, whose words are never abbreviations (Dev, Tic, Inv):
  // it keeps them as written beside the expansion, as a listed person's name has them.
  if (kind === 'unknown' && expanded.some((t, i) => t !== result.tokens[i])) out.push({ tokens: result.tokens, via: v.via });
  // A name of unknown kind keeps name-like abbreviations as written (Eng and Ind are also personal
  // names), so an organisation keeps its written form beside the expansion: 'Business Lab' as
  // unknown meets the listed organisation 'BUSINESS LAB'. Done on the organisation's side, it leaves
  // persons and names of unknown kind as they were.
  if (kind === 'organization' && result.tokens.some((t) => NAME_LIKE_ABBREVIATIONS.has(t))) {
    out.push({ tokens: expandAbbreviations(result.tokens, 'unknown'), via: v.via });
  }
  // A name of unknown kind keeps short forms that are also parts of personal names (AG, SA), and
  // gains a variant without them: 'Deutsche Bank AG' must meet the listed 'Deutsche Bank'.
  if (kind === 'unknown' && v.via === 'latin' && mayEndInShortForm(result.tokens)) {
    const short = removeLegalForms(result.tokens, true);
    if (short.removed.length > 0) out.push({ tokens: expandAbbreviations(short.tokens, kind), via: WITHOUT_SHORT_FORMS });
  }
  if (glued !== undefined && kind === 'unknown') {
    const split = removeLegalForms(glued, true);
    for (const form of split.removed) removed.add(form);
    if (split.tokens.length > 0) out.push({ tokens: expandAbbreviations(split.tokens, kind), via: WITHOUT_SHORT_FORMS });
  }
  return out;
}

/** Variants of one normalised text, legal forms removed and abbreviations expanded when it may name an organisation. */
function renderText(text: string, kind: EntryKind, removed: Set<string>): NameVariant[] {
  const organization = mayBeOrganization(kind);
  let segments = segmentsOf(text);
  if (organization) segments = withHangulOrdinals(stripNativeForms(segments, removed, kind === 'organization'));
  const reading = readingOf(kind);
  const variants = combineRenderings(segments.map((s) => romanizeSegment(s.script, s.words, reading)));
  if (!organization) return variants;
  // Loops rather than flatMap here and below: flatMap costs a call and an array per item, and this runs for every name.
  const rendered: NameVariant[] = [];
  for (const v of variants) for (const variant of withoutForms(v, kind, removed)) rendered.push(variant);
  return rendered;
}

/** Variants with one-word Arabic compounds split (Abdulrahman → abd rahman), for the first few variants that have one. */
function splitVariants(variants: readonly NameVariant[]): NameVariant[] {
  const out: NameVariant[] = [];
  for (let k = 0; k < variants.length && k < 4; k++) {
    const v = variants[k]!;
    // Most variants have no compound: their tokens are copied only from the first one that splits.
    let first = 0;
    let parts: string[] | undefined;
    for (; first < v.tokens.length && parts === undefined; first++) parts = splitCompound(v.tokens[first]!);
    if (parts === undefined) continue;
    const tokens = v.tokens.slice(0, first - 1);
    for (const part of parts) tokens.push(part);
    for (let i = first; i < v.tokens.length; i++) {
      const t = v.tokens[i]!;
      const more = splitCompound(t);
      if (more) for (const part of more) tokens.push(part);
      else tokens.push(t);
    }
    out.push({ tokens, via: 'split' });
  }
  return out;
}

const SHORT_WORD = /^[a-z]{1,5}$/u;

/** Three words of five letters or fewer, as given-name syllables are. */
function threeShortWords(tokens: readonly string[]): boolean {
  return tokens.length === 3 && SHORT_WORD.test(tokens[0]!) && SHORT_WORD.test(tokens[1]!) && SHORT_WORD.test(tokens[2]!);
}

/**
 * 'Kim Jong Un' is also written 'Kim Jong-un' and 'Kim Jongun', 'Xi Jin Ping' as 'Xi Jinping': for
 * three short Latin tokens, the two given-name syllables joined (after the surname, or before it
 * when the name was reordered).
 */
function joinedGivenNames(first: NameVariant | undefined, reordered: NameVariant | undefined): NameVariant[] {
  const out: NameVariant[] = [];
  if (first !== undefined && first.via === 'latin' && threeShortWords(first.tokens)) out.push({ tokens: [first.tokens[0] as string, first.tokens[1] + (first.tokens[2] as string)], via: 'joined' });
  if (reordered !== undefined && threeShortWords(reordered.tokens)) {
    out.push({ tokens: [reordered.tokens[0] + (reordered.tokens[1] as string), reordered.tokens[2] as string], via: 'joined' });
  }
  return out;
}

/** Pushes `from[start..end)` (to its end when `end` is past it) onto `out`, as a spread of from.slice(start, end) would. */
function pushRange(out: NameVariant[], from: readonly NameVariant[], start: number, end = from.length): void {
  const stop = Math.min(end, from.length);
  for (let i = start; i < stop; i++) out.push(from[i]!);
}

function relabel(variants: readonly NameVariant[], via: string): NameVariant[] {
  return variants.map((v) => ({ tokens: v.tokens, via }));
}

/** As relabel, but a reading from an abjad keeps its own label, which says its short vowels are guesses (see readsUnvoweled). */
function relabelLetters(variants: readonly NameVariant[], via: string): NameVariant[] {
  return variants.map((v) => (readsUnvoweled(v.via) ? v : { tokens: v.tokens, via }));
}

/** 'PUTIN, Vladimir Vladimirovich' → 'Vladimir Vladimirovich PUTIN'; undefined when there is no such comma. */
function reorderAtComma(value: string): string | undefined {
  const comma = value.indexOf(',');
  if (comma <= 0) return undefined;
  const surname = value.slice(0, comma).trim();
  const given = value.slice(comma + 1).trim();
  if (surname === '' || given === '') return undefined;
  // 'Acme Trading, Ltd.' has a comma too: what follows it there is a legal form, not a given name.
  if (removeLegalForms(['x', ...normalizeText(given).text.split(' ')], true).removed.length > 0) return undefined;
  return `${given} ${surname}`;
}

const CONSONANTS_ONLY = /^[bcdfghjklmnpqrstvwxz]+$/u;

/** Whether a token is two or three consonants (the test before joinedInitialsSplit makes anything). */
function holdsConsonantCluster(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.length >= 2 && t.length <= 3 && CONSONANTS_ONLY.test(t)) return true;
  }
  return false;
}

/** Two or three consonants written together in a person's name are initials (JC Juncker, JFK). */
function joinedInitialsSplit(tokens: readonly string[]): string[] | undefined {
  let changed = false;
  if (!holdsConsonantCluster(tokens)) return undefined;
  const out = tokens.flatMap((t) => {
    if (t.length < 2 || t.length > 3 || !CONSONANTS_ONLY.test(t) || tokenPrior(t) < 1) return [t];
    changed = true;
    return Array.from(t);
  });
  // Beside an organisation word (Foundation, Aviation) they are an acronym, not initials.
  return changed && out.some((t) => t.length > 1) && tokens.every((t) => tokenPrior(t) >= 1) ? out : undefined;
}

/**
 * mcCuneOpening of each word of a name that is an organisation's, or says it is one with a company
 * word (Jeil Credit Bank): in a person's name the opening consonants tell names apart (Dina, Tina).
 * Company words (Golden, General) are English, and words that read as pinyin (Dandong, Beijing)
 * Chinese, whose b and p, d and t are two sounds: those keep their spelling. Undefined when no word
 * is respelled; the respelling is asked first, as it turns most words down by their first letter.
 */
function openingRespellings(tokens: readonly string[], kind: EntryKind): (string | undefined)[] | undefined {
  let respelled: (string | undefined)[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const opening = mcCuneOpening(token);
    if (opening === undefined || isGenericOrganisationWord(token) || allPinyinAsWritten([token])) continue;
    (respelled ??= new Array<string | undefined>(tokens.length))[i] = opening;
  }
  if (respelled === undefined || (kind !== 'organization' && !tokens.some(isGenericOrganisationWord))) return undefined;
  return respelled;
}

/**
 * `tokens` with each word `respell` gives (undefined: kept) put in its place: a new array when one
 * differs, `tokens` itself when none does.
 */
function respelled(tokens: readonly string[], respell: (token: string, i: number) => string | undefined): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const word = respell(tokens[i]!, i) ?? tokens[i]!;
    if (word !== tokens[i]) (out ??= tokens.slice())[i] = word;
  }
  return out ?? tokens;
}

/**
 * Rewrites of the first Latin renderings: numbers in digits, look-alike digits as letters, joined
 * initials split, and a Chinese name written in Wade-Giles read in pinyin.
 */
function rewrittenVariants(sources: readonly (NameVariant | undefined)[], kind: EntryKind, aspirated: ReadonlySet<string>, query: boolean): NameVariant[] {
  const out: NameVariant[] = [];
  for (const source of sources) {
    // Only text written in Latin letters: a romanisation's consonant clusters are not initials.
    if (source === undefined || (source.via !== 'latin' && source.via !== 'reordered')) continue;
    if (kind !== 'person') {
      const digits = numberWordsAsDigits(source.tokens);
      if (digits) out.push({ tokens: digits, via: 'numerals' });
      const unsigned = withoutNumberSigns(digits ?? source.tokens);
      if (unsigned) out.push({ tokens: unsigned, via: 'numerals' });
      // A Korean organisation's name in South Korean spelling, as lists spell North Korean names (Goryeo Bank, KORYO BANK).
      const opening = openingRespellings(source.tokens, kind);
      // Each respelling is copied from the one before only once a word of it differs: most names have none.
      const mcCune = respelled(source.tokens, (t, i) => mcCuneFromRevised(t) ?? opening?.[i]);
      if (mcCune !== source.tokens) out.push({ tokens: mcCune as string[], via: FROM_REVISED });
      const dprk = respelled(mcCune, (_, i) => dprkFromRevised(source.tokens[i]!) ?? revisedFromOlderDprk(source.tokens[i]!));
      if (dprk !== mcCune) out.push({ tokens: dprk as string[], via: FROM_REVISED });
      // The North's r for the South's n or nothing, only in a name another word shows is Korean in
      // South Korean spelling (eo, eu: Neungnado, not Petroleum): alone, an opening n or y is as
      // often English (Nano, Yoga, National).
      if (source.tokens.some((t, i) => (t.includes('eo') || t.includes('eu')) && mcCune[i] !== t)) {
        const withR = respelled(dprk, (_, i) => dprkInitialR(source.tokens[i]!));
        if (withR !== dprk) out.push({ tokens: withR as string[], via: FROM_REVISED });
      }
      // A Chinese trade name in Wade-Giles, as Taiwan writes it, for a listing in pinyin (Jui Cheng, Ruicheng).
      for (const tokens of tradeNameFromWadeGiles(source.tokens)) out.push({ tokens, via: 'from-wade-giles' });
      // One in Cantonese or Hokkien, as Hong Kong and Southeast Asia write it (Wah Sun, Huaxin): for a
      // screened name only, as listed Korean names spell many of the same syllables (Chung Sun
      // Computer Center, the North's Chosun).
      if (query) for (const tokens of tradeNameFromCantonese(source.tokens)) out.push({ tokens, via: 'cantonese' });
      // One in pinyin a syllable to a word, for a listing that joins it (Bo Zhi Tong Da, Bozhitongda).
      const pinyinJoined = query ? pinyinTradeNameJoined(source.tokens) : undefined;
      if (pinyinJoined) out.push({ tokens: pinyinJoined, via: 'pinyin-joined' });
    }
    const letters = digitsAsLetters(source.tokens);
    if (letters) out.push({ tokens: letters, via: 'letters' });
    if (kind === 'person' || kind === 'unknown') {
      const initials = joinedInitialsSplit(source.tokens);
      if (initials) out.push({ tokens: initials, via: 'initials' });
      for (const tokens of wadeGilesReadings(source.tokens, 4, aspirated)) out.push({ tokens, via: 'from-wade-giles' });
      const surnameInPinyin = wadeGilesSurnameBeside(source.tokens);
      if (surnameInPinyin) out.push({ tokens: surnameInPinyin, via: 'from-wade-giles' });
    }
  }
  // An institution's name in Wade-Giles (Chung-kuo K'o-hsueh-yuan, Zhongguo Kexueyuan) read with its
  // company words in English, as one in pinyin is (few names have a reading in Wade-Giles).
  // Of its readings (K'o-hsueh-yuan: ge xue yuan, ke xue yuan), the one its company words cover most.
  if (kind !== 'person') {
    const readings: string[][] = [];
    for (const v of out) if (v.via === 'from-wade-giles') readings.push(v.tokens);
    // Put first: they are few, and a query keeps only its first few variants.
    const translated = readings.length === 0 ? [] : bestPinyinOrgReadings(readings);
    if (translated.length > 0) out.unshift(...translated.map((tokens) => ({ tokens: expandAbbreviations(tokens, kind), via: TRANSLATED })));
  }
  return out;
}

/**
 * A personal name read as Korean or Chinese syllable keys (see korean-key.ts, chinese-key.ts): the
 * spelling of one system meets the spelling of another (Gim Yeong-cheol, Kim Yong Chol; Kwok Wai,
 * Guo Wei) where letters alone do not. Read from the first rendering, whatever its script: a Hangul
 * name's McCune-Reischauer reading, a Han name's pinyin, a Latin name as written.
 */
function romanizationKeyVariants(first: NameVariant | undefined, kind: EntryKind, query: boolean, hyphened: boolean): NameVariant[] {
  if (first === undefined || (kind !== 'person' && kind !== 'unknown')) return [];
  const out: NameVariant[] = [];
  const fromHan = first.via === PINYIN;
  const korean = koreanKeyTokens(first.tokens);
  // A query's syllables are met by every reading at once, unless the name reads as Korean too with the
  // same surname: Korean names share their spellings with Cantonese ones (Kim Man Chun), and every
  // reading of each would let two Korean names meet (Kim Min Jun). It then keeps the commonest.
  const koreanSurnameAt = korean === undefined ? -1 : korean[0]!.endsWith(KOREAN_KEY_MARK) ? 0 : first.tokens.length - 1;
  // Pinyin writes a given name's syllables joined (Jicheng), Wade-Giles and the Hong Kong and Taiwan
  // spellings hyphened (Chi-cheng): a hyphened name's syllables that both systems spell are read
  // both ways (Chi: pinyin chi, Wade-Giles ji or qi).
  const hyphenedName = hyphened && !fromHan;
  const chinese = query && !fromHan ? chineseKeyAlternatives(first.tokens, koreanSurnameAt, hyphenedName) : chineseKeyReadings(first.tokens, fromHan, fromHan, hyphenedName);
  if (korean) out.push({ tokens: korean, via: chinese.length > 0 && allPinyinAsWritten(first.tokens) ? KOREAN_KEY_PINYIN : KOREAN_KEY });
  for (const tokens of chinese) out.push({ tokens, via: fromHan ? CHINESE_KEY_FROM_HAN : CHINESE_KEY });
  // A name read as Korean too (Daniel Ho Yi: Daniel cut into Korean syllables, Yi the surname) is read
  // so only beside a Western given name known as one: Kim Yong Chol has no Western word. So is a name
  // read whole as Chinese, since a Western name may be cut into pinyin (Mike Xin Tang: mi ke xin).
  const knownWestern = korean !== undefined || chinese.length > 0;
  if (!fromHan && (chinese.length === 0 || first.tokens.some(knownWesternName))) {
    for (const tokens of chineseKeysBesideWestern(first.tokens, query, knownWestern)) out.push({ tokens, via: CHINESE_KEY_BESIDE });
  }
  return out;
}

// Length and iteration marks are Common script but occur only in Japanese (and Chinese) words.
const JAPANESE_MARKS = /[\u3005\u309d\u309e\u30fc-\u30fe]/gu;
// A capitalised word of four letters or more directly followed by another (not Mc/Mac/De/Le prefixes).
const JOINED_CAPITALISED = /\p{Lu}\p{Ll}{3,}(?=\p{Lu}\p{Ll}{2,})/u;
const JOINED_CAPITALISED_ALL = /(\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll}{2,})/gu;
const HYPHEN_INSIDE_WORD = /[\p{L}\p{N}][-‐‑\u200c][\p{L}\p{N}]/u;

/**
 * JOINED_CAPITALISED.test without the regular expression for ASCII text (most names), where the
 * only capitals are A-Z and the only lowercase letters a-z: a capital and three lowercase letters
 * or more, directly followed by a capital and two lowercase letters.
 */
export function hasJoinedCapitalised(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return JOINED_CAPITALISED.test(text);
  for (let i = 0; i < text.length; i++) {
    if (!isAsciiUpper(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && isAsciiLower(text.charCodeAt(j))) j++;
    if (j - i - 1 >= 3 && isAsciiUpper(text.charCodeAt(j)) && isAsciiLower(text.charCodeAt(j + 1)) && isAsciiLower(text.charCodeAt(j + 2))) return true;
    i = j - 1;
  }
  return false;
}

function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** NaN (past the end of the text) is no letter. */
function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** The text without JAPANESE_MARKS; the text itself, unsearched by the expression, when it has no character that far into Unicode (most names). */
function withoutJapaneseMarks(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x3005) return text.replace(JAPANESE_MARKS, '');
  return text;
}

/** How a name is analysed: `query` for a name screened, whose Chinese key tokens may hold alternatives (see chineseKeyAlternatives). */
export interface AnalyzeOptions {
  query?: boolean;
}

/**
 * Analyses one name: normalised text, script, and alternative Latin renderings for matching.
 * Total and bounded: any string returns, long inputs are cut at MAX_ANALYZED_CHARS (see `truncated`).
 */
export function analyzeName(value: string, kind: EntryKind = 'unknown', options: AnalyzeOptions = {}): AnalyzedName {
  const original = typeof value === 'string' ? value : String(value ?? '');
  const personal = kind === 'person' || kind === 'unknown';
  // Ma. de Jesús, Fco. Javier: a person's name is read with its Spanish abbreviations written out.
  const text = personal ? (spanishAbbreviationsWritten(original) ?? original) : original;
  const normalized = normalizeText(text);
  const removed = new Set<string>();
  const head = text.slice(0, 2048);
  const base = renderText(normalized.text, kind, removed);
  const reorderedText = personal ? reorderAtComma(head) : undefined;
  const reordered = reorderedText === undefined ? [] : relabel(renderText(normalizeText(reorderedText).text, kind, new Set()), 'reordered');
  // A Polish ż is zh, not the z normalising leaves (Żurawlow, Zhuravlev): a person's name read so too.
  const polishText = personal && normalized.stripped.length > 0 ? withPolishLettersSpelledOut(reorderedText ?? head) : undefined;
  const polish = polishText === undefined ? [] : renderText(normalizeText(polishText).text, kind, new Set()).slice(0, 1);
  const split = personal ? splitVariants(base.length >= 4 || reordered.length === 0 ? base : [...base, ...reordered]) : [];
  const hyphened = HYPHEN_INSIDE_WORD.test(head);
  const joined = hyphened
    ? relabelLetters(renderText(normalizeText(head, { joinHyphens: true }).text, kind, new Set()), 'joined')
    : [];
  if (kind === 'person') joined.push(...joinedGivenNames(base[0], reordered[0]));
  // A Persian organisation's name with its ezafe hyphened on (Sherkat-e Petroshimi-ye Tabriz), read without it.
  const ezafeText = hyphened && kind !== 'person' ? withoutEzafe(head) : undefined;
  const ezafe = ezafeText === undefined ? [] : relabel(renderText(normalizeText(ezafeText).text, kind, new Set()), 'ezafe');
  const rewritten = rewrittenVariants([base[0], reordered[0]], kind, personal ? aspiratedSyllables(head) : new Set(), options.query === true);
  // Words run together with their capitals kept ('FridrichBuchenberg') are two words.
  if (hasJoinedCapitalised(head)) {
    rewritten.unshift(...relabel(renderText(normalizeText(head.replace(JOINED_CAPITALISED_ALL, '$1 ')).text, kind, new Set()), 'split').slice(0, 1));
  }
  // The cap keeps the most likely renderings of each kind before the long tail of any one kind.
  // Pushed range by range rather than spread from slices: a dozen arrays less for every name.
  const variants: NameVariant[] = [];
  pushRange(variants, base, 0, 1);
  pushRange(variants, romanizationKeyVariants(base[0], kind, options.query === true, hyphened), 0);
  pushRange(variants, base, 1, 6);
  pushRange(variants, reordered, 0, 3);
  pushRange(variants, split, 0, 2);
  pushRange(variants, polish, 0, 1);
  pushRange(variants, ezafe, 0, 1);
  pushRange(variants, joined, 0, 2);
  pushRange(variants, rewritten, 0, 6);
  pushRange(variants, base, 6);
  pushRange(variants, reordered, 3);
  pushRange(variants, split, 2);
  pushRange(variants, ezafe, 1);
  pushRange(variants, joined, 2);
  pushRange(variants, rewritten, 6);
  const result: AnalyzedName = {
    original,
    normalized: normalized.text,
    script: textScript(withoutJapaneseMarks(normalized.text)),
    variants: dedupeVariants(variants),
    legalForms: [...removed],
    stripped: normalized.stripped,
  };
  if (normalized.truncated) result.truncated = true;
  return result;
}
