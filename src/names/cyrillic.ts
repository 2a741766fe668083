import type * as Iuliia from 'iuliia';
import { lazyPackage } from './lazy-package.js';
import { lookup } from './lookup.js';
import type { Rendering } from './rendering.js';

// The transliteration schemes load with the first Cyrillic name, not with every command (a cold check of
// Latin names never uses them).
const iuliia = lazyPackage('iuliia', (exports) => exports as typeof Iuliia);

// Letters that exist in Ukrainian or Belarusian but not Russian: such texts get a Ukrainian reading first.
const UKRAINIAN = /[іїєґў]/u;
// Serbian and Macedonian letters: such texts get the Serbian Latin alphabet, which is how those names are written.
const SERBIAN = /[ђјљњћџѓќѕ]/u;

/** The Ukrainian national system (2010), used in Ukrainian passports: Volodymyr, Oleksandr, Zelenskyi. */
const UKRAINIAN_MAP: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ь: '', ю: 'iu', я: 'ia', ў: 'u', ы: 'y', э: 'e', ё: 'io', ъ: '',
};
// At the start of a word the iotated letters keep their 'y' (Yevhen, Yulia, Yaroslav).
const UKRAINIAN_INITIAL: Readonly<Record<string, string>> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const SERBIAN_MAP: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'dj', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm',
  н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

/**
 * Letters of other Cyrillic alphabets (Kazakh, Kyrgyz, Mongolian, Tajik, Serbian, Ukrainian) that
 * iuliia's Russian schemes pass through untouched: their usual Latin letters, so nothing is lost.
 */
const NON_RUSSIAN: Readonly<Record<string, string>> = {
  і: 'и', ї: 'йи', є: 'е', ґ: 'г', ў: 'у', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', ҳ: 'h', ҷ: 'j',
  ӣ: 'и', ӯ: 'у', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz', ӏ: '',
};

function tokensOf(latin: string): string[] {
  // BGN/PCGN writes the soft and hard signs as apostrophes and some breaks as a middle dot (Zelens'kyy, Rosoboron·eksport): they join, not split.
  return latin
    .toLowerCase()
    .normalize('NFD')
    .replace(/['’ʹʺ"·\u0300-\u036f]/gu, '')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((t) => t !== '');
}

/** One shared empty table: lookup() keeps a Map per table object, so a fresh {} per call would make one each time. */
const NO_INITIAL_FORMS: Readonly<Record<string, string>> = {};

function mapLetters(text: string, table: Readonly<Record<string, string>>, initial: Readonly<Record<string, string>> = NO_INITIAL_FORMS): string {
  let out = '';
  let previous = ' ';
  for (const ch of text) {
    const atStart = !/\p{L}/u.test(previous);
    out += (atStart ? lookup(initial, ch) : undefined) ?? lookup(table, ch) ?? ch;
    previous = ch;
  }
  return out;
}

/**
 * Latin renderings of Cyrillic text: ICAO Doc 9303 (passports since 2013), BGN/PCGN (US and UK
 * lists), the Ukrainian national system, and the Serbian Latin alphabet for Serbian text.
 */
export function romanizeCyrillic(text: string): Rendering[] {
  const out: Rendering[] = [];
  const ukrainian = { tokens: tokensOf(mapLetters(text, UKRAINIAN_MAP, UKRAINIAN_INITIAL)), via: 'ukrainian' };
  if (SERBIAN.test(text)) out.push({ tokens: tokensOf(mapLetters(text, SERBIAN_MAP)), via: 'serbian' });
  if (UKRAINIAN.test(text)) out.push(ukrainian);
  const russian = mapLetters(text, NON_RUSSIAN);
  const schemes = iuliia();
  out.push({ tokens: tokensOf(schemes.translate(russian, schemes.ICAO_DOC_9303)), via: 'icao' });
  out.push({ tokens: tokensOf(schemes.translate(russian, schemes.BGN_PCGN)), via: 'bgn' });
  // Ukrainian names are often written with letters Russian shares (Олег, Микола): a Ukrainian reading
  // is worth having, unless the text uses letters Ukrainian does not have (Kazakh, Mongolian).
  if (!UKRAINIAN.test(text) && Array.from(text).every((ch) => !/\p{Script=Cyrillic}/u.test(ch) || Object.hasOwn(UKRAINIAN_MAP, ch))) {
    out.push(ukrainian);
  }
  return out.filter((r) => r.tokens.length > 0);
}
