import type { Rendering } from './rendering.js';
import { ARABIC_NAMES } from './arabic-names.js';
import { ARABIC_LEGAL_FORM_INITIALS, ARABIC_LEGAL_FORM_WORDS, ARABIC_ORG_TERMS, PERSIAN_MAKING_SUFFIX, PERSIAN_MAKING_TERM } from './arabic-org-terms.js';
import { PERSIAN_NAMES } from './persian-names.js';
import { spelledInitialismAt } from './arabic-letter-names.js';
import { lookup } from './lookup.js';

/**
 * Consonants of the Arabic alphabet and its Persian and Urdu additions, in the spellings English-
 * language lists use (ظ dh, as Iraqi and Gulf names write it: Kadhim, Dhafir; the sibilant reading
 * gives its z). Short vowels are not written in Arabic, so the output is a readable guess whose
 * consonant skeleton (see phoneticKey) is what matches.
 */
const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'dh', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', ء: '', ؤ: 'u', ئ: 'i',
  پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ڤ: 'v', ٹ: 't', ڈ: 'd', ڑ: 'r', ں: 'n', ھ: 'h', ہ: 'h', ۃ: 'a', ټ: 't', ځ: 'z',
  // Pashto's own letters (Pashto Academy alphabet, as Afghan names are romanised): ګ gaf with a ring,
  // the g Persian writes گ (ګل, Gul); ډ, ړ, ڼ its retroflex d, r, n; ږ and ښ read zh and sh, their
  // Kandahar values, which the Persian spelling of the same names keeps.
  ګ: 'g', ډ: 'd', ړ: 'r', ڼ: 'n', ږ: 'zh', ښ: 'sh',
};
// Letters only Urdu (and Pashto, Sindhi) use: their presence says how he is read.
const URDU = /[ٹڈڑںھہےۓ]/u;
const ALEFS = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ']);
const WAW = 'و';
const YEHS = new Set(['ي', 'ی', 'ى', 'ې', 'ۍ', 'ے']);

// Before these, waw and yeh are consonants (Marwan, Ayman); elsewhere they are long vowels.
const VOWEL_LETTERS = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ', 'ة']);
const YEH_CONSONANT_BEFORE = new Set([...VOWEL_LETTERS, 'و']);

/**
 * Persian, Urdu and Pashto read four Arabic letters as sibilants (Fazl, Zakir, Saqib, Zahir), and
 * English-language lists often spell Arabic names that way too.
 */
const SIBILANT_READINGS: Readonly<Record<string, string>> = { ث: 's', ذ: 'z', ض: 'z', ظ: 'z' };

/**
 * Persian reads ق as gh and a consonant waw as v (Bagheri, Ghasem, Vahid), besides the sibilants, and
 * lists spell its final silent he -eh (Zadeh); names spell ژ j (Bijan, Manijeh), where the Arabic
 * reading keeps the transliteration's zh.
 */
const PERSIAN_READINGS: Readonly<Record<string, string>> = { ...SIBILANT_READINGS, ق: 'gh', ژ: 'j' };
/** Letters only Persian (and Urdu, Pashto) write: a name holding one may be read the Persian way. */
const PERSIAN_LETTERS = /[پچژگیک]/u;

/**
 * How a word's letters are read: the Arabic way; with ث ذ ض ظ as sibilants (SIBILANT_READINGS);
 * every letter the Persian way (PERSIAN_READINGS, consonant waw v, initial ای i, final silent he -eh);
 * or the Persian way with a waw between the first consonant and another read -av- (توکلی, Tavakoli),
 * where the Persian reading says the long u of نوری, Nouri.
 */
export type ArabicReading = 'arabic' | 'sibilant' | 'persian' | 'persian-v' | 'hard-g';

/** Egyptian speech and foreign words read jim as a hard g (Gamal; ميراج, Mirage): the 'hard-g' reading. */
const HARD_G_READINGS: Readonly<Record<string, string>> = { ج: 'g' };

function readsPersian(reading: ArabicReading): boolean {
  return reading === 'persian' || reading === 'persian-v';
}

/** Rule-based romanisation of one Arabic-script word, read as `reading` says. */
export function romanizeArabicWord(word: string, reading: ArabicReading = 'arabic'): string {
  const persian = readsPersian(reading);
  const letterReadings = persian ? PERSIAN_READINGS : reading === 'sibilant' ? SIBILANT_READINGS : reading === 'hard-g' ? HARD_G_READINGS : undefined;
  const chars = Array.from(word);
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    const next = chars[i + 1];
    const first = i === 0;
    const last = i === chars.length - 1;
    const prev = out.at(-1) ?? '';
    const prevIsVowel = /[aeiou]/u.test(prev);
    if (ALEFS.has(ch)) {
      if (persian && first && ch === 'ا' && YEHS.has(next ?? '') && isConsonantLetter(chars[i + 2])) {
        // Persian writes a word-initial long i as alef and yeh (ایران, Iran; ایرج, Iraj) ...
        out += 'i';
        i += 1;
      } else if (persian && first && ch === 'ا' && next === WAW && isConsonantLetter(chars[i + 2])) {
        // ... and a long o as alef and waw (اوجی, Oji; اوستا, Ousta).
        out += 'o';
        i += 1;
      } else if (persian && !first && i === chars.length - 3 && (next === 'ئ' || YEHS.has(next ?? '')) && YEHS.has(chars[i + 2] ?? '')) {
        // A final -ایی is the -aei of Iranian family names (رضایی, Rezaei; ضیایی, Ziaei).
        out += 'aei';
        i += 2;
      } else out += ch === 'إ' ? 'i' : 'a';
    } else if (ch === 'ع') {
      // Ain has no English letter; it opens a vowel at the start (Ali, Omar) and vanishes elsewhere.
      if (first) out += 'a';
    } else if (ch === WAW) {
      // Waw is a consonant at the start, before a vowel letter (Walid, Marwan) or after alef, a long
      // vowel that no second one follows (کشاورز, Keshavarz; طاوس, Tawus), a long 'u' elsewhere.
      // Before a final yeh after a consonant it is the -awi, -avi of a nisba (بدوي, Badawi; خسروی, Khosravi).
      const nisba = i === chars.length - 2 && YEHS.has(next ?? '') && isConsonantLetter(chars[i - 1]);
      const consonant =
        first || nisba || (!last && VOWEL_LETTERS.has(next ?? '')) || (i > 0 && ALEFS.has(chars[i - 1]!)) || (reading === 'persian-v' && i === 1 && isConsonantLetter(next));
      // Read as Persian v, it is a consonant like any other: a short vowel before it (Javad).
      out += !consonant ? 'u' : nisba && !prevIsVowel ? (persian ? 'av' : 'aw') : !persian ? 'w' : prev !== '' && !prevIsVowel ? 'av' : 'v';
    } else if (YEHS.has(ch)) {
      if (ch === 'ى' && last) out += 'a';
      // After a hamza on waw, itself a consonant, yeh is the -ay- of لؤي Lu'ay, مؤيد Mu'ayyad: not a long i.
      else if (chars[i - 1] === 'ؤ' && i > 1) out += 'ay';
      else out += first || ALEFS.has(chars[i - 1] ?? '') || (!last && YEH_CONSONANT_BEFORE.has(next ?? '')) ? 'y' : 'i';
    } else if ((ch === 'ھ' || ch === 'ه' || ch === 'ہ') && !first && URDU.test(word) && !prevIsVowel) {
      // Urdu do-chashmi he marks aspiration of the consonant before it (Chaudhry, Bhutto): no vowel between.
      out += 'h';
    } else if (ch === 'ت' && next === 'ش' && !persian) {
      // Foreign 'ch' is written ta + shin in Arabic (تشرشل, Churchill); Persian has چ for it, so there
      // the two are t and sh (محتشم, Mohtasham).
      out += prevIsVowel || prev === '' ? 'ch' : 'ach';
      i += 1;
    } else if ((ch === 'غ' && prev === 'n') || (ch === 'ج' && prev === 'n' && last)) {
      // Noon + ghain, and a final noon + jim, are how foreign 'ng' is written (Bruning, Ingmar, Assange).
      out += 'g';
    } else if ((ch === 'س' || ch === 'ز') && chars[i - 1] === 'ت') {
      // Ta + sin or zay is foreign 'ts'/'tz' (Akatsuka, Arntz): no vowel between.
      out += ch === 'س' ? 's' : 'z';
    } else if (persian && ch === 'ئ' && !first && !prevIsVowel && i === chars.length - 2 && YEHS.has(next ?? '')) {
      // The -e‌ای of a word ending in silent he, which normalisation writes ئی (see normalize's
      // PERSIAN_EI): the he's vowel e, then i (خامنه‌ای, Khamenei; اژه‌ای, Ejei).
      out += 'ei';
      i += 1;
    } else if (ch === 'ة' && last && ALEFS.has(chars[i - 1] ?? '')) {
      // After a long a, taa marbuta is spelled -at (حياة Hayat, نجاة Najat, زكاة Zakat, قناة Qanat):
      // -aa is no English spelling.
      out += 't';
    } else if (persian && last && !first && ch === 'ه' && !prevIsVowel) {
      out += 'eh';
    } else {
      const latin = (letterReadings === undefined ? undefined : lookup(letterReadings, ch)) ?? lookup(CONSONANTS, ch);
      if (latin === undefined) continue;
      // Two consonants in a row almost always have a short vowel between them; 'a' is the commonest.
      // Not in Persian ng (زنگنه, Zanganeh; هوشنگ, Houshang), which is one sound before a consonant or at the end.
      const cluster = ch === 'گ' && prev === 'n';
      if (latin !== '' && !prevIsVowel && prev !== '' && !cluster && !/^[aeiou]/u.test(latin)) out += 'a';
      out += latin;
    }
  }
  return out;
}

/** Whether a waw stands between the word's first letter, a consonant, and another consonant (see 'persian-v'). */
function wawAfterFirstConsonant(word: string): boolean {
  const chars = Array.from(word);
  return chars[1] === WAW && isConsonantLetter(chars[0]) && isConsonantLetter(chars[2]);
}

/** Whether the letter is one the reader spells as a consonant (not a vowel letter, waw or yeh). */
function isConsonantLetter(ch: string | undefined): boolean {
  return ch !== undefined && !YEH_CONSONANT_BEFORE.has(ch) && !YEHS.has(ch) && ch !== 'ع' && CONSONANTS[ch] !== undefined;
}

const ARTICLE = /^(?:ال|أل)(?=..)/u;
const JOINED_TAILS = ['الدين', 'الله'];

/** Persian and Urdu letter shapes of Arabic letters, folded so that one name table serves all three (ی ک ہ ۃ). */
function arabicLetters(word: string): string {
  return word.replace(/ی/gu, 'ي').replace(/ک/gu, 'ك').replace(/ہ/gu, 'ه').replace(/ۃ/gu, 'ة');
}

/**
 * A word ending in taa marbuta (ة) is read -a alone and -at before the word it governs (عصبة
 * الأنصار, Asbat al-Ansar; جبهة النصرة, Jabhat al-Nusra): every such word but the last read -at.
 */
function withConstructState(words: readonly string[]): string[] | undefined {
  let changed = false;
  const out: string[] = [];
  words.forEach((word, i) => {
    const parts = splitArticle(word);
    const construct = governsNext(words, i);
    parts.forEach((part, k) => {
      if (construct && k === parts.length - 1 && part.endsWith('ة')) {
        changed = true;
        out.push(inConstructState(part));
      } else out.push(renderWordAs(part));
    });
  });
  return changed ? out : undefined;
}

/** Whether word `i` ends in taa marbuta before another word, and is no name the table knows (which keeps its reading). */
function governsNext(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  return i < words.length - 1 && word.endsWith('ة') && lookup(ARABIC_NAMES, word) === undefined;
}

/** A word ending in taa marbuta read in the construct state: -at. */
function inConstructState(word: string): string {
  return `${romanizeArabicWord(word.slice(0, -1))}at`;
}

/**
 * The article and the one-letter conjunctions and prepositions written onto the next word (و and,
 * ب in/by, ل for, ف so, ك as), alone or before the article (وللتنمية, and for development;
 * بالعراق, in Iraq), longest first.
 */
const CLINGING_PREFIXES = ['ولل', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ك'];
const FUNCTION_TERMS: ReadonlySet<string> = new Set(['in', 'of', 'and', 'lands']);
const ORGANISATION_KINDS: ReadonlySet<string> = new Set([
  'company', 'group', 'society', 'movement', 'front', 'organization', 'party', 'union', 'council', 'office', 'network', 'foundation',
  'bank', 'ministry', 'university', 'institute', 'center', 'army', 'brigade', 'brigades', 'corps', 'forces', 'factory', 'exchange',
  'hawala', 'research institute', 'companies', 'fund', 'brotherhood', 'news agency', 'headquarters', 'airlines', 'insurance', 'committee',
]);

/** A word as ARABIC_ORG_TERMS keys it: alefs with hamza plain, a final taa marbuta dropped. */
function orgStem(word: string): string {
  return word.replace(/[أإآ]/gu, 'ا').replace(/[ةه]$/u, '');
}

/** The English word for an organisation word, with or without the article and prepositions written onto it. */
function orgTerm(word: string): string | undefined {
  const stem = orgStem(word);
  const direct = lookup(ARABIC_ORG_TERMS, stem) ?? lookup(ARABIC_ORG_TERMS, word);
  if (direct !== undefined) return direct;
  // An adjective (الإسلامية, الليبي) carries the article; its masculine stem ends in ي. A word
  // without it that ends so is as likely a name (صنایعی, Sanaei).
  for (const prefix of CLINGING_PREFIXES) {
    if (!stem.startsWith(prefix) || Array.from(stem).length - prefix.length < 3) continue;
    const rest = stem.slice(prefix.length);
    const term = lookup(ARABIC_ORG_TERMS, rest) ?? lookup(ARABIC_ORG_TERMS, rest.replace(/ي$/u, ''));
    if (term !== undefined) return term;
  }
  return makingTerm(stem);
}

/** A Persian industry written joined (تراکتورسازی): its product's term and 'manufacturing'; undefined for other words. */
function makingTerm(stem: string): string | undefined {
  if (!stem.endsWith(PERSIAN_MAKING_SUFFIX) || stem.length < PERSIAN_MAKING_SUFFIX.length + 3) return undefined;
  const product = lookup(ARABIC_ORG_TERMS, stem.slice(0, -PERSIAN_MAKING_SUFFIX.length));
  return product === undefined || product.includes('|') ? undefined : `${product} ${PERSIAN_MAKING_TERM}`;
}

/**
 * The name with its organisation words translated (الجماعة الإسلامية المقاتلة الليبية → group
 * islamic fighting libyan) and the rest transliterated without articles; undefined when no word is
 * known. English listings translate these words rather than spell them.
 */
function translatedOrganization(words: readonly string[], organization: boolean, second = false, reading: ArabicReading = 'arabic'): string[] | undefined {
  let known = 0;
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const initialism = spelledInitialismAt(words, i);
    if (initialism !== undefined) {
      tokens.push(initialism[0]);
      i += initialism[1] - 1;
      continue;
    }
    const terms = orgTerm(word)?.split('|');
    const term = terms === undefined ? undefined : second ? (terms[1] ?? terms[0]!) : terms[0]!;
    if (term !== undefined) {
      // In a name not known to be an organisation's, only a word for a kind of organisation
      // (company, movement, front) makes it one; descriptions and places are translated beside it.
      if (organization ? !FUNCTION_TERMS.has(term) : ORGANISATION_KINDS.has(term)) known++;
      tokens.push(...term.split(' '));
    } else {
      const parts = splitArticle(word);
      // A word the translation keeps is read in the construct state before the word it governs (سلسلة
      // الذهب: Silsilat al-Dhahab); a word with the article governs none (جبهة النصرة لأهل الشام: al-Nusra).
      const construct = parts[0] !== 'ال' && governsNext(words, i);
      parts.forEach((part, k) => {
        if (part === 'ال') return;
        tokens.push(construct && k === parts.length - 1 && part.endsWith('ة') ? inConstructState(part) : renderWordAs(part, reading));
      });
    }
  }
  return known > 0 && tokens.length > 0 ? tokens : undefined;
}

/** Splits the article off a word (الرحمن → al + رحمن), as lists write 'al-Rahman' or 'al Rahman'. */
function splitArticle(word: string): string[] {
  if (word === 'الله') return [word];
  // Nur al-Din, Nasr Allah: the second half is often written joined to the first (نورالدين, نصرالله).
  for (const tail of JOINED_TAILS) {
    if (word.endsWith(tail) && word.length > tail.length + 1 && !word.startsWith('عبد')) return [word.slice(0, -tail.length), ...splitArticle(tail)];
  }
  if (ARTICLE.test(word)) return ['ال', word.replace(ARTICLE, '')];
  // 'Abd' + 'Allah' and 'Abd' + 'al-' + name are written as one word or two.
  if (word.startsWith('عبد') && Array.from(word).length > 4 && word !== 'عبدالله') return ['عبد', ...splitArticle(word.slice(3))];
  // So is 'Abu' + 'al-' + name (أبواليزيد, Abou El Yazid).
  const abu = /^[اأ]بو(?=ال..)/u.exec(word);
  if (abu) return [abu[0], ...splitArticle(word.slice(abu[0].length))];
  return [word];
}

/** A known name, or 'Abd' with what follows it (عبدالبصير), which splitArticle parts. */
function knownName(word: string): boolean {
  return tableName(word) || (word.startsWith('عبد') && Array.from(word).length > 4);
}

/** Whether the Persian name table knows the word and the Arabic one does not, as written or with alif maqsura (مصطفی). */
function persianOnlyName(word: string): boolean {
  return lookup(PERSIAN_NAMES, word) !== undefined && tableReading(word) === undefined;
}

/** Whether either name table knows the word. */
function tableName(word: string): boolean {
  return lookup(ARABIC_NAMES, word) !== undefined || lookup(PERSIAN_NAMES, word) !== undefined;
}

/**
 * Two names written without the space between them (محمدعبد, بنحسين): after a letter that does not
 * join the next (د, ر, ا, و...) the missing space cannot be seen, so writers often leave it out. A word
 * that is not a known name is split where both halves are known names (the first of three letters or
 * more, or بن). Only then: Persian compound given names (محمدپارسا) are one name, not two.
 */
function splitFused(word: string): string[] {
  if (knownName(word)) return [word];
  const chars = Array.from(word);
  for (let cut = chars.length - 3; cut >= 2; cut -= 1) {
    const left = chars.slice(0, cut).join('');
    if (!tableName(left) || (cut < 3 && left !== 'بن')) continue;
    const rest = splitFused(chars.slice(cut).join(''));
    if (rest.length > 1 || knownName(rest[0] ?? '')) return [left, ...rest];
  }
  return [word];
}

/** A name the table knows: as written, or, ending in yeh, as Arabic spells it with alif maqsura. */
function tableReading(word: string, reading: ArabicReading = 'arabic'): string | undefined {
  const persian = readsPersian(reading) ? lookup(PERSIAN_NAMES, word) : undefined;
  if (persian !== undefined) return persian;
  const known = lookup(ARABIC_NAMES, word);
  if (known !== undefined || !word.endsWith('ي')) return known;
  // Persian writes the final alif maqsura of Arabic names as ی, which arabicLetters folds into ي
  // (مصطفی, موسی, هدی: Mustafa, Musa, Huda).
  return lookup(ARABIC_NAMES, `${word.slice(0, -1)}ى`);
}

function renderWordAs(word: string, reading: ArabicReading = 'arabic'): string {
  if (word === 'ال') return 'al';
  const known = tableReading(word, reading);
  if (known !== undefined) return known;
  // Maghrebi surnames open with bel-, 'son of', written onto a name (بلمختار, Belmokhtar; بلقاسم, Belkacem).
  if (word.startsWith('بل') && Array.from(word).length > 4) {
    const name = lookup(ARABIC_NAMES, word.slice(2));
    if (name !== undefined) return `bel${name}`;
  }
  // The Pashto tribal ending -زی is written -zai (Noorzai, Barakzai, Ishakzai), after the name it is
  // made of; read the Persian way, it is the Persian -zi of a word (کشاورزی, Keshavarzi).
  if (!readsPersian(reading) && word.endsWith('زي') && Array.from(word).length > 3) {
    const name = word.slice(0, -2);
    return `${tableReading(name) ?? romanizeArabicWord(name, reading)}zai`;
  }
  return romanizeArabicWord(word, reading);
}

/**
 * Persian family names end in a word of their own (-zadeh, son of; -pour, son; -nejad, lineage;
 * -far, -nia; -abadi, of a town named -abad), written onto the name, after a zero-width non-joiner, or
 * after a space (حاجی زاده, Hajizadeh; صادق آبادی, Sadeqabadi): lists write them as one word.
 */
const PERSIAN_NAME_SUFFIXES: ReadonlySet<string> = new Set(['زاده', 'پور', 'نژاد', 'فر', 'نيا', 'آبادي']);

/** The words with each such suffix written apart joined to the word before it; undefined when there is none. */
function withPersianSuffixesJoined(words: readonly string[]): string[] | undefined {
  if (!words.some((w, i) => i > 0 && PERSIAN_NAME_SUFFIXES.has(w))) return undefined;
  const out: string[] = [];
  for (const [i, word] of words.entries()) {
    if (i > 0 && PERSIAN_NAME_SUFFIXES.has(word)) out[out.length - 1] += word;
    else out.push(word);
  }
  return out;
}

/** Shorter halves are the clinging prepositions and conjunctions (و, في), which orgTerm reads with the next word. */
const MIN_JOINED_HALF = 3;

/**
 * The words with a term the table keys as one word rejoined where the name splits it in two: Persian
 * writes قرض‌الحسنه (qard al-hasanah, an interest-free loan) with a zero-width non-joiner, which the
 * name's readings take as a space. The words themselves (most names) when no pair is a term.
 */
export function withJoinedTerms(words: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && word.length >= MIN_JOINED_HALF && next.length >= MIN_JOINED_HALF && lookup(ARABIC_ORG_TERMS, orgStem(word + next)) !== undefined) {
      out ??= words.slice(0, i);
      out.push(word + next);
      i++;
    } else out?.push(word);
  }
  return out ?? words;
}

/** The longest run of initials a legal form is written with (ش.ذ.م.م). */
const MAX_LEGAL_FORM_INITIALS = 4;

/**
 * The words without the one-letter words that end them when these spell a legal form's initials
 * (ش.م.ل, S.A.L.: see ARABIC_LEGAL_FORM_INITIALS); the words themselves (most names, which end in a
 * longer word) otherwise, and when nothing else would be left.
 */
export function withoutLegalFormInitials(words: string[]): string[] {
  if (words.length < 3 || words.at(-1)!.length !== 1) return words;
  let start = words.length;
  while (start > 0 && words.length - start < MAX_LEGAL_FORM_INITIALS && words[start - 1]!.length === 1) start--;
  for (let from = start; from <= words.length - 2; from++) {
    if (from > 0 && ARABIC_LEGAL_FORM_INITIALS.has(words.slice(from).join(''))) return words.slice(0, from);
  }
  return words;
}

/** The words without the legal form that ends them, written as initials (ش.م.ل) or in words (المحدودة). */
function withoutLegalForms(words: string[]): string[] {
  const withoutInitials = withoutLegalFormInitials(words);
  return withoutInitials !== words ? withoutInitials : withoutLegalFormWords(words);
}

/** The legal form words may end a name with (المحدودة) and the cheap sign of one: its last letters, ة dropped. */
const LEGAL_FORM_ENDINGS: ReadonlySet<string> = new Set(ARABIC_LEGAL_FORM_WORDS.map((form) => form.at(-1)!));

/**
 * The words without a legal form written in words that ends them (نغم الحياة المحدودة, Nagham al
 * Hayat Ltd.: see ARABIC_LEGAL_FORM_WORDS); the words themselves otherwise, and when nothing else would be left.
 */
export function withoutLegalFormWords(words: string[]): string[] {
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !LEGAL_FORM_ENDINGS.has(orgStem(last).replace(/^ال/u, ''))) return words;
  for (const form of ARABIC_LEGAL_FORM_WORDS) {
    const from = words.length - form.length;
    if (from < 1) continue;
    if (form.every((stem, k) => orgStem(words[from + k]!).replace(/^ال/u, '') === stem)) return words.slice(0, from);
  }
  return words;
}

/**
 * The `via` of a rendering with an organisation's words translated: its other words are read from the
 * Arabic script like any 'arabic' rendering's, their short vowels guessed (see readsUnvoweled in rendering.ts).
 */
export const ARABIC_TRANSLATED = 'arabic-translated';

/**
 * Latin renderings of a run of Arabic-script words: name-table spelling where known, with and
 * without separated articles; `organization` when the name is known to be an organisation's.
 */
export function romanizeArabic(text: string, organization = false): Rendering[] {
  const words = withoutLegalForms(text.split(' ').filter((w) => w !== '').map(arabicLetters));
  // In a name written with Persian letters, a name only the Persian table knows (رضایی, Rezaei) is read
  // as its bearers spell it in every reading: read letter by letter (razayi) it meets other names (Riazi).
  const persianText = PERSIAN_LETTERS.test(text);
  const renderWord = (word: string, reading: ArabicReading = 'arabic'): string =>
    renderWordAs(word, persianText && persianOnlyName(word) ? 'persian' : reading);
  const split = words.flatMap(splitArticle).map((w) => renderWord(w)).filter((t) => t !== '');
  // Each word as one token, as lists write names joined (ALKHATIB, ABDALRAHMAN): its parts read as the split reading reads them.
  const whole = words.map((w) => splitArticle(w).map((part) => renderWord(part)).join('')).filter((t) => t !== '');
  const out: Rendering[] = [{ tokens: split, via: 'arabic' }];
  // The words a translation keeps are read the Persian way in a name with Persian letters (شرکت فولاد کاوه: Kaveh Steel).
  const keptReading: ArabicReading = PERSIAN_LETTERS.test(text) ? 'persian' : 'arabic';
  const termWords = withJoinedTerms(words);
  const translated = translatedOrganization(termWords, organization, false, keptReading);
  if (translated) out.push({ tokens: translated.filter((t) => t !== ''), via: ARABIC_TRANSLATED });
  // A word English listings translate two ways (fighting, combatant) gives a second translation.
  const otherWay = translated && termWords.some((w) => orgTerm(w)?.includes('|')) ? translatedOrganization(termWords, organization, true, keptReading) : undefined;
  if (otherWay) out.push({ tokens: otherWay.filter((t) => t !== ''), via: ARABIC_TRANSLATED });
  // Lists write the Persian ق q as often as gh (Qods, Ghods; Qasem, Ghasem): the kept words read with q too.
  // The words a translation keeps read with a hard g too, as the transliteration is (ميراج للهندسة: Mirage for Engineering).
  if (translated && keptReading === 'arabic' && text.includes('ج')) {
    const withG = translatedOrganization(termWords, organization, false, 'hard-g')?.filter((t) => t !== '');
    if (withG && withG.join(' ') !== translated.filter((t) => t !== '').join(' ')) out.push({ tokens: withG, via: ARABIC_TRANSLATED });
  }
  if (translated && keptReading === 'persian' && text.includes('ق')) {
    const withQ = translatedOrganization(termWords, organization, false, 'arabic')?.filter((t) => t !== '');
    if (withQ && withQ.join(' ') !== translated.filter((t) => t !== '').join(' ')) out.push({ tokens: withQ, via: ARABIC_TRANSLATED });
  }
  if (whole.join(' ') !== split.join(' ')) out.push({ tokens: whole, via: 'arabic' });
  // Lists often drop the article (al-Qaim → Qaim) ...
  const bare = split.filter((t) => t !== 'al');
  if (bare.length > 0 && bare.length < split.length) out.push({ tokens: bare, via: 'arabic' });
  if (/[ثذضظ]/u.test(text)) {
    out.push({ tokens: words.flatMap(splitArticle).map((w) => renderWord(w, 'sibilant')).filter((t) => t !== ''), via: 'arabic' });
  }
  // ... and Egyptian and foreign names read jim as a hard 'g' (Gamal, Geraldine).
  if (text.includes('ج')) out.push({ tokens: split.map((t) => t.replace(/j/gu, 'g')), via: 'arabic' });
  const compounded = withPersianSuffixesJoined(words);
  const construct = withConstructState(words);
  if (construct) out.push({ tokens: construct.filter((t) => t !== ''), via: 'arabic' });
  if (compounded) out.push({ tokens: compounded.flatMap(splitArticle).map((w) => renderWord(w)).filter((t) => t !== ''), via: 'arabic' });
  // A name written with Persian letters, read the Persian way (هدی باقری: Hoda Bagheri).
  if (PERSIAN_LETTERS.test(text)) {
    out.push({ tokens: (compounded ?? words).flatMap(splitArticle).map((w) => renderWord(w, 'persian')).filter((t) => t !== ''), via: 'arabic' });
    if (words.some(wawAfterFirstConsonant)) {
      out.push({ tokens: (compounded ?? words).flatMap(splitArticle).map((w) => renderWord(w, 'persian-v')).filter((t) => t !== ''), via: 'arabic' });
    }
    // Written on an Arabic keyboard, which has no gaf, Persian and Pashto names take kaf for it
    // (كل آغا for گل آغا, Gul Agha): an Arabic kaf beside Persian letters may be either.
    if (text.includes('ك')) {
      const withGaf = text.split(' ').filter((w) => w !== '').map((w) => arabicLetters(w.replace(/ك/gu, 'گ')));
      out.push({ tokens: withGaf.flatMap(splitArticle).map((w) => renderWord(w)).filter((t) => t !== ''), via: 'arabic' });
    }
  }
  const unfused = words.flatMap(splitFused);
  if (unfused.length > words.length) {
    out.push({ tokens: unfused.flatMap(splitArticle).map((w) => renderWord(w)).filter((t) => t !== ''), via: 'arabic' });
    // Persian compound given names written as one word (غلامرضا, Gholamreza; محمدجواد, Mohammad-Javad)
    // are one name: each part read the Persian way, kept together as written.
    if (PERSIAN_LETTERS.test(text)) {
      const compounds = words.map((w) => splitFused(w)).map((parts) => (parts.length > 1 ? [parts.map((p) => renderWord(p, 'persian')).join('')] : parts.flatMap(splitArticle).map((p) => renderWord(p, 'persian'))));
      out.push({ tokens: compounds.flat().filter((t) => t !== ''), via: 'arabic' });
    }
  }
  return out.filter((r) => r.tokens.length > 0);
}

let tableReadings: ReadonlySet<string> | undefined;

/**
 * Whether a token of an Arabic-script rendering is a name the name tables spell (عمرو, amr; حسين, hossein):
 * its vowels are known, not guessed, so it meets another name by its spelling only (Amr is not Omar,
 * however alike their consonants).
 */
export function readFromNameTable(token: string): boolean {
  tableReadings ??= new Set([...Object.values(ARABIC_NAMES), ...Object.values(PERSIAN_NAMES)]);
  return tableReadings.has(token);
}
