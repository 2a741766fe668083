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
const INITIAL_RIEUL = 5;
const INITIAL_PIEUP = 17;

/** The position in INITIALS of a Hangul syllable's opening consonant. */
function initialOf(code: number): number {
  return Math.floor((code - SYLLABLE_FIRST) / 588);
}

/**
 * The loanword readings of a Hangul word: loanwordReading, for a word opening with ㄹ its reading
 * with an l, as Hangul writes the source's opening l and r alike (라자루스 Lazarus, 레바논 Lebanon,
 * 러시아 Russia), and for a word with ㅍ a reading with f for it, the last one with both: Hangul has
 * no f, and the loanword rules write the source's f and p alike (블루노로프 Bluenoroff, 페이스북
 * Facebook). Empty for other text.
 */
export function loanwordReadings(word: string): string[] {
  const reading = loanwordReading(word);
  if (reading === undefined) return [];
  const withL = (r: string) => (initialOf(word.codePointAt(0)!) === INITIAL_RIEUL ? ['l' + r.slice(1)] : []);
  const out = [reading, ...withL(reading)];
  if (!Array.from(word).some((ch) => initialOf(ch.codePointAt(0)!) === INITIAL_PIEUP)) return out;
  const withF = loanwordReading(word, 'f')!;
  return [...out, withF, ...withL(withF)];
}

/** The Latin spelling a Hangul word written for a foreign name stands for, ㅍ written `pieup`; undefined for other text. */
export function loanwordReading(word: string, pieup = INITIALS[INITIAL_PIEUP]!): string | undefined {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return undefined;
    const index = code - SYLLABLE_FIRST;
    const initial = initialOf(code);
    const vowel = Math.floor((index % 588) / 28);
    const final = FINALS[index % 28]!;
    // ㅡ after a consonant only carries it; 으 on its own is a vowel of the source.
    const vowelText = vowel === VOWEL_EU && initial !== INITIAL_SILENT ? '' : VOWELS[vowel]!;
    // A final ㄹ before an initial ㄹ is one l (블라 bla, 골라 gola).
    let initialText = initial === INITIAL_RIEUL && out.endsWith('l') ? '' : INITIALS[initial]!;
    if (initial === INITIAL_PIEUP) initialText = pieup;
    out += initialText + vowelText + final;
  }
  return out.length > 0 ? out : undefined;
}
