/**
 * Burmese names have no family name, and the press writes them with the honorific a person is
 * addressed by: U (Mr, an older man), Daw (Ms, an older woman), Ko and Maung (a younger man), Ma (a
 * younger woman), Saw (Mr among the Karen), Nang (Ms among the Shan). Lists write the name without it
 * (Daw Pwint San: SAN, Pwint; U Win Tin: WIN, Tin), or keep it as a part (MYINT, Daw Ohnmar). The
 * honorific is a title, not a name part, but every one of these words is a name elsewhere (Ko and
 * Ma are Korean and Chinese surnames, Saw and Daw English words), so it is read as a title only
 * before a name of Burmese shape: every word made of Burmese syllables as the usual (non-standard)
 * romanisation writes them, and one of them showing a rime or initial that Chinese, Korean and English
 * names do not (Pwint, Myint, Aung, Kyaw, Hla, Htun, Nyein).
 * Source: Burmese naming customs (honorifics by age and sex), the common Burmese romanisation.
 */
const BURMESE_HONORIFICS: ReadonlySet<string> = new Set(['u', 'daw', 'ko', 'maung', 'ma', 'saw', 'nang']);

/** One syllable: initial (with an optional medial y or w), then rime, as Burmese names are written. */
const SYLLABLE = String.raw`(?:hny|khy|hs|ht|hl|hm|hn|ny|ng|ky|gy|kh|ph|py|by|my|th|sh|ch|k|g|s|z|t|d|n|p|b|m|y|r|l|w|h|j)?w?(?:aung|auk|aing|aik|oung|ein|eik|ain|eng|ohn|oun|one|oke|unt|int|ant|ok|on|un|ut|in|it|an|at|et|aw|ay|ai|ei|ar|ee|oo|oe|a|e|i|o|u)`;
const BURMESE_WORD = new RegExp(`^(?:${SYLLABLE}){1,3}$`, 'u');
/** A rime or initial that marks a word as Burmese rather than Chinese, Korean or English. */
const BURMESE_SIGN = /aung|aing|eik|ein|[wy]int|unt$|^(?:ky|gy|hl|hm|hn|ht|hs|ny|my|pw|sw)/u;
/** Burmese names are one to four words; the honorific is read before two or more of them only. */
const MIN_NAME_WORDS = 2;

/** The cheap test: a name's first token is one of the honorifics. */
export function opensWithBurmeseHonorific(tokens: readonly string[]): boolean {
  return tokens.length > MIN_NAME_WORDS && BURMESE_HONORIFICS.has(tokens[0]!);
}

/**
 * The name without its leading Burmese honorific (Daw Pwint San: pwint san), or undefined when it has
 * none or the rest is not of Burmese shape (Ma Li Na, Ko Min Su, Daw Smith Jones).
 */
export function withoutBurmeseHonorific(tokens: readonly string[]): string[] | undefined {
  if (!opensWithBurmeseHonorific(tokens)) return undefined;
  const rest = tokens.slice(1);
  if (!rest.every((t) => BURMESE_WORD.test(t)) || !rest.some((t) => BURMESE_SIGN.test(t))) return undefined;
  return rest;
}
