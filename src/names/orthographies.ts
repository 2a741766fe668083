/**
 * Russian, Ukrainian and other Slavic names reach the lists in English transliteration (Vladimir
 * Vladimirovich, Zelenskyy), but customers and the press write them in their own language's
 * orthography: German Wladimir Wladimirowitsch, Polish Władimirowicz, Dutch Poetin, Hungarian
 * Vlagyimir Putyin, French Poutine. Each orthography spells the same sounds with its own letters, so
 * a token rewritten by that orthography's conventions gives back the English spelling.
 *
 * Facts about spelling conventions; rules apply longest pattern first, left to right.
 */

import { isCommonName } from './common-names.js';

interface Rule {
  from: string;
  to: string;
  /** Only at the start of the token, or only at its end. */
  at?: 'start' | 'end';
  /** Only between two vowels, or only after a consonant, or only after a vowel. */
  context?: 'between-vowels' | 'after-consonant' | 'after-vowel';
}

interface Orthography {
  name: string;
  /** A token is rewritten only when it shows one of these (cheap test: most tokens show none). */
  signs: readonly string[];
  rules: readonly Rule[];
  /** Names whose letters show a sign but are not written by this convention. */
  except?: (token: string) => boolean;
  /**
   * Whether a token listed as written is respelled too: a listed Deeb still spells Dib, but a listed
   * Cheng is a name in its own right, not a French spelling of Sheng.
   */
  evenWhenListed?: boolean;
}

/** Polish spelling of Russian names (Władimirowicz, Siergiej, Stawicki). */
const POLISH_RULES: readonly Rule[] = [
  { from: 'szcz', to: 'shch' },
  { from: 'cz', to: 'ch' },
  { from: 'sz', to: 'sh' },
  { from: 'rz', to: 'zh' },
  // Polish marks a soft consonant with i: Russian е after a consonant is ie (Siergiej, Sergey).
  { from: 'ie', to: 'e' },
  { from: 'ch', to: 'kh' },
  // Polish -cki is the Russian -цкий, which English writes -tsky (Stawicki, Stavitsky).
  { from: 'cki', to: 'tsky', at: 'end' },
  // Polish c is the Russian ц, which English writes ts (Cyganow, Tsyganov; -iec, -ets).
  { from: 'c', to: 'ts' },
  { from: 'w', to: 'v' },
  { from: 'ij', to: 'iy', at: 'end' },
  { from: 'j', to: 'y' },
];

/**
 * Polish writes the Russian ё as o after the letters that are soft or hushing on their own (l, cz, sz,
 * szcz, ż: Korolow, Korolev; Gorbaczow, Gorbachev; Chruszczow, Khrushchev; Żurawlow, Zhuravlev),
 * where English lists write e or ye. The family-name ending -ow is the commonest place; the hard ł
 * (Kozłow, Kozlov) loses its stroke in normalising, so this is a second reading beside the Polish
 * row's -ov, not a replacement.
 */
const POLISH_YO_ENDINGS: readonly Rule[] = [
  { from: 'szczowa', to: 'shcheva', at: 'end' },
  { from: 'szczow', to: 'shchev', at: 'end' },
  { from: 'czowa', to: 'cheva', at: 'end' },
  { from: 'czow', to: 'chev', at: 'end' },
  { from: 'szowa', to: 'sheva', at: 'end' },
  { from: 'szow', to: 'shev', at: 'end' },
  { from: 'lowa', to: 'leva', at: 'end' },
  { from: 'low', to: 'lev', at: 'end' },
];
const POLISH_YO_ENDING = /(?:l|[cs]z)owa?$/u;

/** German spelling of Russian names (Wladimirowitsch, Tschemesow, Chinschtein). */
const GERMAN_RULES: readonly Rule[] = [
  { from: 'tsch', to: 'ch' },
  { from: 'sch', to: 'sh' },
  // German ch is the Russian х, which English writes kh (Chodorkowski, Khodorkovsky).
  { from: 'ch', to: 'kh' },
  { from: 'w', to: 'v' },
  { from: 'ss', to: 's' },
  { from: 'yj', to: 'yy', at: 'end' },
  { from: 'ij', to: 'iy', at: 'end' },
  { from: 'j', to: 'y' },
  // A German s before a vowel is voiced, so German writes the Russian з so at the start of a word
  // (Selenskyj, Zelenskyy) and between vowels (Tschemesow, Chemezov); ss is the unvoiced s.
  { from: 'sa', to: 'za', at: 'start' },
  { from: 'se', to: 'ze', at: 'start' },
  { from: 'si', to: 'zi', at: 'start' },
  { from: 'so', to: 'zo', at: 'start' },
  { from: 'su', to: 'zu', at: 'start' },
  { from: 's', to: 'z', context: 'between-vowels' },
  { from: 'z', to: 'ts' },
];

/**
 * The other reading of German's ambiguous letters. German jo after a consonant is the Russian ё, and je
 * at the start or after a vowel the Russian е, which English lists write e as often as yo and ye
 * (Fjodor: Fedor, Fyodor; Jegorow: Egorov, Yegorov; Kidjajew: Kidyaev). And an initial s before a vowel
 * is the Russian с as often as з (Sasanow: Sazanov; Sergejew: Sergeev).
 */
const GERMAN_OTHER_RULES: readonly Rule[] = [
  { from: 'jo', to: 'e', context: 'after-consonant' },
  { from: 'je', to: 'e', at: 'start' },
  { from: 'je', to: 'e', context: 'after-vowel' },
  // German sch is the Russian ж as well as ш (Schirinowski, Zhirinovsky), and a z in such a name is
  // often the English spelling's, kept (Scheleznjak, Zheleznyak).
  { from: 'tsch', to: 'ch' },
  { from: 'sch', to: 'zh' },
  ...GERMAN_RULES.filter((rule) => !(rule.at === 'start' && rule.from.startsWith('s')) && rule.from !== 'z'),
];

/** A sign that a token holding a j is a Russian name in Spanish spelling, not a Spanish name. */
const SPANISH_SPELLED_RUSSIAN = /k|j(?![aeiouy])|(?:ov|ova|ev|eva|ich|ovna|evna|ski|sky|skiy|skaya|enko|uk)$/u;

/**
 * The endings of East Slavic family names (-enko, -ov, -ev, -in, -uk, -chuk, -sky and their German,
 * Polish and Ukrainian spellings): a sign that a token is such a name, so that letters other
 * languages' own names use (German ch and z, Ukrainian h) are read as that name's convention.
 */
const EAST_SLAVIC_SURNAME = /(?:enko|[oe](?:v|va|w|wa|ff)|uk|iuk|chuk|(?:s|ts|z)k(?:i|y|yi|ij|iy|yj|a)|ovych|evych|owitsch|ewitsch)$/u;

const ENGLISH_TRANSLITERATION_SIGN = /[ksz]h|ts|y/u;

/**
 * The digraphs whose h is part of another letter (kh, zh, ch, sh), kept as they are ahead of a rule
 * that reads a lone h as g (Ukrainian and Belarusian г).
 */
const H_DIGRAPHS_KEPT: readonly Rule[] = [
  { from: 'kh', to: 'kh' },
  { from: 'zh', to: 'zh' },
  { from: 'ch', to: 'ch' },
  { from: 'sh', to: 'sh' },
];

/**
 * Ukrainian national transliteration (the 2010 Cabinet table Ukrainian passports use) against the
 * Russian-style English spelling lists print: Ukrainian г is h where Russian writes g (Dehtiarenko,
 * Degtyarenko; Hordiienko, Gordienko), я, ю, є after a consonant ia, iu, ie where English writes ya,
 * yu, ye, and the adjective ending -yi where Russian's is -iy. The h of kh, zh, ch, sh stays.
 */
const UKRAINIAN_RULES: readonly Rule[] = [
  { from: 'shch', to: 'shch' },
  ...H_DIGRAPHS_KEPT,
  { from: 'h', to: 'g' },
  { from: 'ia', to: 'ya', context: 'after-consonant' },
  { from: 'iu', to: 'yu', context: 'after-consonant' },
  { from: 'yi', to: 'iy', at: 'end' },
];

const ORTHOGRAPHIES: readonly Orthography[] = [
  {
    name: 'german',
    signs: ['w', 'tsch', 'sch', 'j', 'ss'],
    rules: GERMAN_RULES,
  },
  {
    // German spelling without its commoner signs (Chodorkowski has w, Chozenko none): ch for the
    // Russian х and z for ц, read only in a token with an East Slavic family name's ending, as German
    // and other names have ch and z of their own (Schulz, Zech, Fuchs).
    name: 'german-slavic-surname',
    signs: ['ch', 'z'],
    // kh, sh, zh, ts and y are English transliteration's letters, which a German spelling lacks.
    except: (token) => !EAST_SLAVIC_SURNAME.test(token) || ENGLISH_TRANSLITERATION_SIGN.test(token),
    rules: GERMAN_RULES,
  },
  {
    name: 'ukrainian',
    signs: ['h', 'ia', 'iu', 'yi'],
    except: (token) => !EAST_SLAVIC_SURNAME.test(token),
    rules: UKRAINIAN_RULES,
  },
  {
    // Belarusian official transliteration (the 2007 national system Belarusian passports use), against
    // the Russian spelling English lists print: the family-name endings -ov and -ev are -au and -eu
    // (Chemadanau, Chemodanov; Kavaleu, Kovalev), the soft д is dz before i and e and before ia, the
    // akanne of е (Dzianis, Denis; Dzenis), and г is h (Siarhei, Sergei). Told by an -au or -eu
    // ending after a consonant or by dz before a soft vowel, which English, German and French names
    // seldom show; -eau is French (Rousseau, Moreau) and left out. The soft т is ts before i in the
    // same way (цекание: Tatsiana, Tatiana; Tsikhanouskaya, Tikhanovskaya), where Russian's ц is
    // written ts before y, not i (Tsypkin).
    name: 'belarusian',
    signs: ['au', 'eu', 'dz', 'tsi'],
    except: (token) => !/dz[ie]|tsi|[^aeiouy](?:au|eu)$/u.test(token) || token.endsWith('eau') || isCommonName(token),
    // A Belarusian spelling listed as one entry's alias (FILIPAU beside FILIPPOV) is still that
    // spelling: its Russian reading finds the entries listed the Russian way.
    evenWhenListed: true,
    rules: [
      { from: 'dzia', to: 'de' },
      { from: 'dzi', to: 'di' },
      { from: 'dze', to: 'de' },
      { from: 'tsi', to: 'ti' },
      ...H_DIGRAPHS_KEPT,
      { from: 'h', to: 'g' },
      { from: 'au', to: 'ov', at: 'end' },
      { from: 'eu', to: 'ev', at: 'end' },
    ],
  },
  {
    name: 'german-other',
    signs: ['w', 'tsch', 'sch', 'j', 'ss'],
    rules: GERMAN_OTHER_RULES,
  },
  {
    // German sch is the Russian ш as well where the s before it is not voiced: a German s before a
    // vowel is the Russian с as often as з, and the other reading takes sch for ж (Sascha, Sasha;
    // Saweljew, Savelyev).
    name: 'german-unvoiced',
    signs: ['w', 'tsch', 'sch', 'j', 'ss'],
    rules: GERMAN_RULES.filter((rule) => !(rule.at === 'start' && rule.from.startsWith('s')) && rule.context !== 'between-vowels'),
  },
  {
    // German family names in -ich as Russian names write them (Dietrich, Ditrikh; Friedrich,
    // Fridrikh): German ie is a long i, ch the Russian х.
    name: 'german-family-names',
    signs: ['ich'],
    except: (token) => !token.endsWith('ich'),
    rules: [
      { from: 'sch', to: 'sh' },
      { from: 'ie', to: 'i' },
      { from: 'ch', to: 'kh' },
      { from: 'tz', to: 'ts' },
      { from: 'w', to: 'v' },
    ],
  },
  {
    // Romanian spelling of Slavic names, as Moldovan and Romanian records write them (Plakhotnyuk,
    // Plahotniuc): h for kh, i for the y of yu and ya, c for k but before e and i.
    name: 'romanian',
    signs: ['kh', 'yu', 'ya'],
    // Shorter words are other names in the Romanian spelling (Khan is not Han).
    except: (token) => token.length < 6,
    rules: [
      { from: 'kh', to: 'h' },
      { from: 'yu', to: 'iu' },
      { from: 'ya', to: 'ia' },
      { from: 'ke', to: 'che' },
      { from: 'ki', to: 'chi' },
      { from: 'k', to: 'c' },
    ],
  },
  {
    // Serbian and Croatian names reach the lists without their diacritics (Galić, GALIC; Šešelj,
    // SESELJ), while the press spells the sounds out: English and German ch, tch, tsch for ć and č,
    // sh and sch for š, zh for ž. Told by the -ić ending of South Slavic surnames, so that other
    // names with ch or sh are left alone.
    name: 'south-slavic-undotted',
    signs: ['ich', 'itch', 'itsch'],
    except: (token) => !/(?:ich|itch|itsch)$/u.test(token),
    rules: [
      { from: 'tsch', to: 'c' },
      { from: 'tch', to: 'c' },
      { from: 'sch', to: 's' },
      { from: 'ch', to: 'c' },
      { from: 'sh', to: 's' },
      { from: 'zh', to: 'z' },
      { from: 'w', to: 'v' },
    ],
  },
  {
    name: 'polish',
    // Besides the letters English lacks, the Polish endings of the Russian -ец and -цкий (Gołodiec,
    // Golodets; Stawicki, Stavitsky), whose c is the only Polish sign such a name may show.
    signs: ['w', 'cz', 'sz', 'j', 'iec', 'cki'],
    except: (token) => !/[wj]|[cs]z|(?:iec|cki)$/u.test(token),
    rules: POLISH_RULES,
  },
  {
    name: 'polish-yo',
    signs: ['low', 'zow'],
    except: (token) => !POLISH_YO_ENDING.test(token),
    rules: [...POLISH_YO_ENDINGS, ...POLISH_RULES],
  },
  {
    name: 'dutch',
    signs: ['oe', 'tsj', 'sj', 'j', 'w'],
    rules: [
      { from: 'tsj', to: 'ch' },
      { from: 'sj', to: 'sh' },
      { from: 'oe', to: 'u' },
      { from: 'w', to: 'v' },
      { from: 'j', to: 'y' },
    ],
  },
  {
    name: 'hungarian',
    signs: ['gy', 'cs', 'ty', 'ny', 'zs'],
    rules: [
      { from: 'gy', to: 'd' },
      { from: 'cs', to: 'ch' },
      { from: 'zs', to: 'zh' },
      { from: 'ty', to: 't' },
      { from: 'ny', to: 'n' },
      { from: 'sz', to: 's' },
    ],
  },
  {
    name: 'french',
    signs: ['ou', 'tch', 'ch', 'ine', 'gue', 'gui'],
    rules: [
      { from: 'ine', to: 'in', at: 'end' },
      // French writes the English yu as iou (Iouri), a hard g before e and i as gu (Evgueni), zh as j.
      { from: 'iou', to: 'yu', at: 'start' },
      { from: 'ou', to: 'u' },
      { from: 'tch', to: 'ch' },
      { from: 'ch', to: 'sh' },
      { from: 'gue', to: 'ge' },
      { from: 'gui', to: 'gi' },
      { from: 'j', to: 'zh' },
    ],
  },
  {
    // Spanish spelling of Russian names (Mijaíl Gorbachov, Jodorkovski, Zajárov): Spanish writes the
    // Russian х, English kh, as j, and й as y as English does; the soft g before e and i as gu
    // (Serguéi, Yevgueni) is read by the French row. Spanish's own names have j too (Jiménez, Mejía,
    // Ojeda), so the reading is kept to tokens that show a Russian sign Spanish words lack: a Slavic
    // family-name ending, a k, or a j before a consonant or at the end (Ajmétov, Jrushchov).
    name: 'spanish',
    signs: ['j'],
    except: (token) => !SPANISH_SPELLED_RUSSIAN.test(token) || isCommonName(token),
    rules: [{ from: 'j', to: 'kh' }],
  },
  {
    // Russian spelling of the Greek and Latin stems of loanwords, which Soviet and Belarusian trade
    // names run together (Beltekheksport, Beltechexport; Tekhmashimport, Techmashimport): техн- is tekh-,
    // the English tech-, and экс- (экспорт) eks-, the English ex-. Russian has no x: кс is how it
    // writes the x of every foreign word and name (Deksias, Dexias; Leksus, Lexus; Eksport, Export).
    // Only an unlisted token is respelled, so a listed Maksim or Aksenov stays as written.
    name: 'russian-loan-stems',
    signs: ['tekh', 'ks'],
    rules: [
      { from: 'tekh', to: 'tech' },
      { from: 'ks', to: 'x' },
    ],
  },
  {
    // Not a language's orthography: the English way of writing the long vowels of Arabic, Persian and
    // South Asian names (Deeb, Wakeel, Noor for Dib, Wakil, Nur). English names with these letters
    // (Green, Moore, Wood) are English words, not such spellings.
    name: 'long-vowels',
    signs: ['ee', 'oo'],
    except: isCommonName,
    evenWhenListed: true,
    rules: [
      { from: 'ee', to: 'i' },
      { from: 'oo', to: 'u' },
    ],
  },
];

function applyRules(token: string, rules: readonly Rule[]): string {
  let out = '';
  let i = 0;
  outer: while (i < token.length) {
    for (const rule of rules) {
      if (rule.at === 'start' && i !== 0) continue;
      if (rule.at === 'end' && i + rule.from.length !== token.length) continue;
      if (rule.context !== undefined && !inContext(token, i, rule.from.length, rule.context)) continue;
      if (token.startsWith(rule.from, i)) {
        out += rule.to;
        i += rule.from.length;
        continue outer;
      }
    }
    out += token[i];
    i++;
  }
  return out;
}

const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function inContext(token: string, at: number, length: number, context: NonNullable<Rule['context']>): boolean {
  const before = token[at - 1];
  if (before === undefined) return false;
  if (context === 'after-consonant') return !VOWELS.has(before);
  if (context === 'after-vowel') return VOWELS.has(before);
  const after = token[at + length];
  return VOWELS.has(before) && after !== undefined && VOWELS.has(after);
}

/** Shorter tokens are syllables and particles, which these conventions would only garble. */
const MIN_LENGTH = 4;

/**
 * The English-style spellings of a normalised Latin token read in each orthography that shows its
 * signs, without the token itself and without repeats. Most tokens get none. `listed`: the token is
 * a listed spelling as it stands, and is respelled only by the conventions that say so.
 */
export function englishRespellings(token: string, listed = false): string[] {
  if (token.length < MIN_LENGTH) return [];
  const out: string[] = [];
  for (const orthography of ORTHOGRAPHIES) {
    if (listed && orthography.evenWhenListed !== true) continue;
    if (!orthography.signs.some((sign) => token.includes(sign)) || orthography.except?.(token)) continue;
    const respelled = applyRules(token, orthography.rules);
    if (respelled !== token && !out.includes(respelled)) out.push(respelled);
  }
  return out;
}

/**
 * French writes the Russian у as ou, and some listed names keep that spelling (BOUT, Viktor), where
 * Polish, Czech, German and the English systems write u (But, Wiktor But). A listed token's reading
 * with u for ou, so that a query written with u meets it; undefined for a token without ou, and for a
 * common name in its own right (Louis, Youssef are names of their own languages).
 */
export function listedFrenchUReading(listed: string): string | undefined {
  if (!listed.includes('ou') || isCommonName(listed)) return undefined;
  return listed.replace(/ou/gu, 'u');
}

/**
 * A listed token with the English long vowels of Arabic, Persian and South Asian names (AL-ZEER,
 * ALKHALEEJ, NOOR: see the 'long-vowels' row) read with the plain vowels a transliteration writes (zir,
 * alkhalij, nur), so that a query written so meets it: the row respells a query's ee, and this the
 * listed one's. Undefined for a token without ee or oo, a short one, or a common name (Green, Moore).
 */
export function listedLongVowelReading(listed: string): string | undefined {
  if (listed.length < MIN_LENGTH || !(listed.includes('ee') || listed.includes('oo')) || isCommonName(listed)) return undefined;
  return listed.replace(/ee/gu, 'i').replace(/oo/gu, 'u');
}

/**
 * Latvian gives every part of a man's name a nominative ending, -s after a consonant (Sergejs
 * Lavrovs, Vladimirs Putins), and writes the English y as j. The ending is grammar, so it is told
 * apart by the whole name: all of its parts end so, which English names (Robert Williams) do not.
 * The name without the endings, or undefined when it is not written that way.
 */
export function withoutLatvianEndings(tokens: readonly string[]): string[] | undefined {
  if (tokens.length < 2) return undefined;
  for (const t of tokens) if (!hasLatvianEnding(t)) return undefined;
  return tokens.map((t) => t.slice(0, -1).replace(/j/gu, 'y'));
}

const LATVIAN_VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u']);

/** -s after a consonant, on a word of four letters or more. */
function hasLatvianEnding(t: string): boolean {
  return t.length >= 4 && t.endsWith('s') && !t.endsWith('ss') && !LATVIAN_VOWELS.has(t[t.length - 2]!);
}

/**
 * Polish letters that normalising strips to another sound's letter: ż is the Russian ж, which English
 * writes zh (Żurawlow, Zhuravlev; Żukow, Zhukov), and which the bare z of a Polish name's ASCII
 * spelling would read as з. Source: the Polish transliteration of Russian (PN-ISO 9 practice).
 */
const POLISH_LETTERS_SPELLED_OUT: Readonly<Record<string, string>> = { ż: 'zh', Ż: 'Zh' };
const POLISH_LETTER = /[żŻ]/gu;

/** `text` with its Polish ż spelled zh, or undefined when it has none (most names). */
export function withPolishLettersSpelledOut(text: string): string | undefined {
  if (!text.includes('ż') && !text.includes('Ż')) return undefined;
  return text.replace(POLISH_LETTER, (ch) => POLISH_LETTERS_SPELLED_OUT[ch] ?? ch);
}
