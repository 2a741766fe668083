/**
 * A word of a Korean organisation's name in Revised Romanization (South Korean practice) respelled the
 * McCune-Reischauer way lists write North Korean names in (Goryeo → koryo, Joseon → choson,
 * Cheongcheongang → chongchongang, Seoul → soul): the vowels ㅓ, ㅕ, ㅡ written o, yo, u, and the
 * opening plain consonant voiceless (g, d, b, j → k, t, p, ch). Personal names meet across the two
 * systems by their syllable keys (korean-key.ts); organisation names are not read so.
 */
/** The `via` of a name's variant with such words respelled. */
export const FROM_REVISED = 'from-revised';

const INITIALS = ['kk', 'tt', 'pp', 'ss', 'jj', 'ch', 'g', 'n', 'd', 'r', 'm', 'b', 's', 'j', 'k', 't', 'p', 'h', ''];
const VOWELS = ['yae', 'yeo', 'wae', 'ae', 'ya', 'eo', 'ye', 'wa', 'oe', 'yo', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'a', 'e', 'o', 'u', 'i'];
const FINALS = ['ng', 'k', 'n', 'l', 'm', 'p', 't', ''];
const MR_VOWELS: Readonly<Record<string, string>> = { eo: 'o', yeo: 'yo', eu: 'u' };
const VOICELESS: Readonly<Record<string, string>> = { g: 'k', d: 't', b: 'p', j: 'ch' };
const MAX_SYLLABLES = 5;

interface Syllable {
  initial: string;
  vowel: string;
  final: string;
}

/** The McCune-Reischauer spelling of a token written in Revised Romanization's own vowels (eo, eu); undefined for any other token. */
export function mcCuneFromRevised(token: string): string | undefined {
  if (!token.includes('eo') && !token.includes('eu')) return undefined;
  const syllables: Syllable[] = [];
  if (!cut(token, 0, syllables)) return undefined;
  return syllables
    .map((s, i) => (i === 0 ? (VOICELESS[s.initial] ?? s.initial) : s.initial) + (MR_VOWELS[s.vowel] ?? s.vowel) + s.final)
    .join('');
}

/** Cuts the token from `at` into syllables pushed onto `out`, longest spellings first, backtracking; whether it could be cut to its end. */
function cut(token: string, at: number, out: Syllable[]): boolean {
  if (at === token.length) return out.length > 0;
  if (out.length >= MAX_SYLLABLES) return false;
  for (const initial of INITIALS) {
    if (!token.startsWith(initial, at)) continue;
    for (const vowel of VOWELS) {
      const afterVowel = at + initial.length;
      if (!token.startsWith(vowel, afterVowel)) continue;
      for (const final of FINALS) {
        const end = afterVowel + vowel.length;
        if (!token.startsWith(final, end)) continue;
        // A syllable of ㅓ or ㅡ alone is rare inside a name and common inside English words (petroleum, museum).
        if (initial === '' && (vowel === 'eo' || vowel === 'eu')) continue;
        out.push({ initial, vowel, final });
        if (cut(token, end + final.length, out)) return true;
        out.pop();
      }
    }
  }
  return false;
}
