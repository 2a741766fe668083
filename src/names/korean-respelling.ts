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
// oo is no system's: the customary spelling of ㅜ (Gooryong, Kuryong), which McCune-Reischauer writes u.
const VOWELS = ['yae', 'yeo', 'wae', 'ae', 'ya', 'eo', 'ye', 'wa', 'oe', 'yo', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'oo', 'a', 'e', 'o', 'u', 'i'];
const FINALS = ['ng', 'k', 'n', 'l', 'm', 'p', 't', ''];
const MR_VOWELS: Readonly<Record<string, string>> = { eo: 'o', yeo: 'yo', eu: 'u', oo: 'u' };
const VOICELESS: Readonly<Record<string, string>> = { g: 'k', d: 't', b: 'p', j: 'ch' };
const MAX_SYLLABLES = 5;

interface Syllable {
  initial: string;
  vowel: string;
  final: string;
}

/**
 * The McCune-Reischauer spelling of a token written in Revised Romanization's own vowels (eo, eu) or
 * with the customary oo for ㅜ in a word of two syllables or more (Gooryong → kuryong); undefined
 * for any other token.
 */
export function mcCuneFromRevised(token: string): string | undefined {
  const revisedVowels = token.includes('eo') || token.includes('eu');
  if (!revisedVowels && !token.includes('oo')) return undefined;
  const syllables = revisedSyllables(token);
  // oo alone is read so only in a word of two syllables or more: one such syllable is as often a
  // given name or an English word (Joon, Moon, Soon), which must not meet Chun, Mun, Sun.
  if (!revisedVowels && (syllables?.length ?? 0) < 2) return undefined;
  return syllables?.map((s, i) => mcCuneInitial(s, i) + (MR_VOWELS[s.vowel] ?? s.vowel) + s.final).join('');
}

const MIN_OPENING_LETTERS = 4;

/**
 * A word of two Korean syllables or more with Revised Romanization's opening plain consonant (g, d,
 * b, j) written the McCune-Reischauer way (k, t, p, ch), as lists and the press write North and
 * older South Korean names (Jeil → cheil, Daedong → taedong, Busan → pusan); undefined for any other
 * token. One syllable alone is as often an English word or a given name (Dan, Jin, Bin), and three
 * letters an acronym (GIA, DIA, BOA).
 */
export function mcCuneOpening(token: string): string | undefined {
  const voiceless = VOICELESS[token[0] ?? ''];
  if (voiceless === undefined || token.length < MIN_OPENING_LETTERS || (token[0] === 'j' && token[1] === 'j')) return undefined;
  const syllables = revisedSyllables(token);
  if (syllables === undefined || syllables.length < 2) return undefined;
  return voiceless + token.slice(1);
}

/** RR's aspirated initials (ㅋ ㅌ ㅍ) as the DPRK's own system writes them. */
const DPRK_ASPIRATES: Readonly<Record<string, string>> = { k: 'kh', t: 'th', p: 'ph' };
const NASALS = new Set(['m', 'n']);

/**
 * The spelling North Korean listings give a word written in Revised Romanization, where it differs
 * from mcCuneFromRevised's: aspirates after the first syllable written kh, th, ph (Eunpa → unpha), and a final ng before m or
 * n written k, as RR writes the sound a final ㄱ takes there and DPRK listings the letter (Baengma
 * 백마 → paekma; Ongnyu 옥류 → okryu, its ㄹ too). Undefined for a word with neither RR's vowels nor such an ng.
 */
export function dprkFromRevised(token: string): string | undefined {
  // Every token of an organisation's name comes here: one without RR's vowels or an ng before m or n
  // (what `assimilated` looks for) is turned down before it is cut into syllables.
  if (!token.includes('eo') && !token.includes('eu') && !token.includes('ngm') && !token.includes('ngn')) return undefined;
  const syllables = revisedSyllables(token);
  if (syllables === undefined) return undefined;
  const assimilated = (i: number) => syllables[i]!.final === 'ng' && NASALS.has(syllables[i + 1]?.initial ?? '');
  if (!token.includes('eo') && !token.includes('eu') && !syllables.some((_, i) => assimilated(i))) return undefined;
  const respelled = syllables
    .map((s, i) => {
      // An opening p, t or k is McCune-Reischauer's plain consonant as often as RR's aspirate: left alone.
      // An n before y after such a k is, most often, the ㄹ RR writes as it sounds there (옥류 ongnyu, Okryu).
      let initial = DPRK_ASPIRATES[s.initial] ?? s.initial;
      if (i === 0) initial = mcCuneInitial(s, i);
      else if (assimilated(i - 1) && s.initial === 'n' && s.vowel.startsWith('y')) initial = 'r';
      return initial + (MR_VOWELS[s.vowel] ?? s.vowel) + (assimilated(i) ? 'k' : s.final);
    })
    .join('');
  return respelled === mcCuneFromRevised(token) ? undefined : respelled;
}

/**
 * The spelling North Korea gives a word whose ㄹ South Korea writes otherwise (릉라도 Rungrado,
 * Neungnado; 룡악 Ryongak, Yongak): the South drops an opening ㄹ before i or y and writes it n
 * before the other vowels, and writes ㄹ n after a final ng or m; the North keeps r everywhere.
 * Undefined when the word has no such place, or is no run of Korean syllables; the vowels as
 * mcCuneFromRevised writes them.
 */
export function dprkInitialR(token: string): string | undefined {
  const syllables = revisedSyllables(token);
  if (syllables === undefined) return undefined;
  let changed = false;
  const respelled = syllables
    .map((s, i) => {
      let initial = mcCuneInitial(s, i);
      const opensWithY = s.vowel.startsWith('y') || s.vowel === 'i';
      if (i === 0 && ((s.initial === '' && opensWithY) || (s.initial === 'n' && !opensWithY))) {
        initial = 'r';
        changed = true;
      } else if (i > 0 && s.initial === 'n' && (syllables[i - 1]!.final === 'ng' || syllables[i - 1]!.final === 'm')) {
        initial = 'r';
        changed = true;
      }
      return initial + (MR_VOWELS[s.vowel] ?? s.vowel) + s.final;
    })
    .join('');
  return changed ? respelled : undefined;
}

/**
 * A word in the older DPRK spelling some listings keep, which writes ㅈ z and a final ㄱ before a
 * consonant g (ZUZAGBONG, 주작봉), respelled with j and k as Revised Romanization writes them
 * (jujakbong). Undefined for a word without z, or that is then no run of Korean syllables.
 */
export function revisedFromOlderDprk(token: string): string | undefined {
  if (!token.includes('z')) return undefined;
  const respelled = token.replaceAll('z', 'j').replace(FINAL_G, 'k');
  return revisedSyllables(respelled) === undefined ? undefined : respelled;
}

/** A g closing a syllable: before a consonant, not part of ng. */
const FINAL_G = /(?<!n)g(?=[bcdfghjklmnpqrstvwxz])/gu;

/** The opening initial voiceless, as McCune-Reischauer writes it; the others as written. */
function mcCuneInitial(s: Syllable, i: number): string {
  return i === 0 ? (VOICELESS[s.initial] ?? s.initial) : s.initial;
}

/**
 * The token cut into syllables (never changed once cut), kept per token: one token is asked by
 * several respellings in turn, and organisation names repeat their words. A bounded module-level
 * memo of a pure function: cleared when full, as the words in use refill it.
 */
function revisedSyllables(token: string): readonly Syllable[] | undefined {
  const cached = syllablesCache.get(token);
  if (cached !== undefined) return cached === NO_SYLLABLES ? undefined : cached;
  const syllables: Syllable[] = [];
  const result = cut(token, 0, syllables) ? syllables : undefined;
  if (syllablesCache.size >= SYLLABLES_CACHE_LIMIT) syllablesCache.clear();
  syllablesCache.set(token, result ?? NO_SYLLABLES);
  return result;
}

const SYLLABLES_CACHE_LIMIT = 20_000;
/** Kept for a token that is no syllables: a memo holding undefined would need a second search of its table to tell it from a new token. */
const NO_SYLLABLES: readonly Syllable[] = Object.freeze([]);
const syllablesCache = new Map<string, readonly Syllable[]>();

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
        // A syllable of ㅓ or ㅡ alone is rare inside a name and common inside English words (petroleum,
        // museum); opening one, it is 은, 어 (Eunpa, Eomju).
        if (initial === '' && at > 0 && (vowel === 'eo' || vowel === 'eu')) continue;
        out.push({ initial, vowel, final });
        if (cut(token, end + final.length, out)) return true;
        out.pop();
      }
    }
  }
  return false;
}
