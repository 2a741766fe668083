/**
 * The language tag a name's script suggests, so that the browser picks the right font (Chinese,
 * Japanese and Korean share code points but not glyphs) and, with dir="auto", lays Arabic and Hebrew
 * out right to left inside the left-to-right page.
 */
const SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Greek}/u, 'el'],
];

/** A BCP 47 tag for the first non-Latin script in the text, or undefined for Latin text. */
export function langOf(text: string): string | undefined {
  for (const [re, lang] of SCRIPTS) if (re.test(text)) return lang;
  return undefined;
}

/** How a romanisation or rewrite the scorer used is called, for a reader. */
const VIA: Readonly<Record<string, string>> = {
  latin: 'as written (Latin)',
  mr: 'McCune–Reischauer romanization (Korean)',
  rr: 'Revised Romanization (Korean)',
  'korean-usual': 'usual Korean name spelling',
  pinyin: 'Hanyu Pinyin (Chinese)',
  'wade-giles': 'Wade–Giles (Chinese)',
  'from-wade-giles': 'Wade–Giles read as Pinyin',
  cantonese: 'Cantonese romanization',
  arabic: 'Arabic romanization',
  'arabic-translated': 'Arabic romanization, organisation words translated',
  bgn: 'BGN/PCGN romanization (Cyrillic)',
  icao: 'ICAO passport transliteration',
  ukrainian: 'Ukrainian national transliteration',
  serbian: 'Serbian transliteration',
  hebrew: 'Hebrew romanization',
  elot: 'ELOT 743 (Greek)',
  'greek-spoken': 'spoken Greek romanization',
  'any-ascii': 'generic transliteration (any-ascii)',
  translated: 'translated legal form',
  initials: 'initials',
  joined: 'words joined',
  split: 'word split',
  letters: 'spelled-out letters',
  numerals: 'numerals as words',
};

/** The scorer's prefix for a name in Han characters read as Korean (金正恩 → 김정은 → Kim Jong Un). */
const SINO_KOREAN = 'sino-korean-';

export function viaLabel(via: string): string {
  if (via.startsWith(SINO_KOREAN)) return `Korean reading of the Han characters, then ${viaLabel(via.slice(SINO_KOREAN.length))}`;
  return VIA[via] ?? via;
}
