/**
 * Foreign names written in Hangul (블라디미르 푸틴 for Vladimir Putin) follow the loanword rules,
 * not the sound of a Korean name: a consonant cluster or a final consonant of the source gets the
 * vowel ㅡ (eu) to carry it (블 bl, 르 r), ㄹㄹ stands for one l, ㅓ (eo) for an o or u sound. Read
 * back with those rules, the name comes close to its Latin spelling (bladimir putin), where
 * Revised Romanization gives beulladimireu puthin.
 */
/** The `via` of a reading by the loanword rules. */
export const KOREAN_LOANWORD = 'korean-loanword';

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const VOWEL_EU = 18;
const INITIAL_SILENT = 11;

/** The Latin spelling a Hangul word written for a foreign name stands for; undefined for other text. */
export function loanwordReading(word: string): string | undefined {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return undefined;
    const index = code - SYLLABLE_FIRST;
    const initial = Math.floor(index / 588);
    const vowel = Math.floor((index % 588) / 28);
    const final = FINALS[index % 28]!;
    // ㅡ after a consonant only carries it; 으 on its own is a vowel of the source.
    const vowelText = vowel === VOWEL_EU && initial !== INITIAL_SILENT ? '' : VOWELS[vowel]!;
    // A final ㄹ before an initial ㄹ is one l (블라 bla, 골라 gola).
    const initialText = initial === 5 && out.endsWith('l') ? '' : INITIALS[initial]!;
    out += initialText + vowelText + final;
  }
  return out.length > 0 ? out : undefined;
}
