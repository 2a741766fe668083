import type { AlignedPair } from './score.js';

/**
 * Arabic 'Abd' (servant of) and 'Abu' (father of) are the first half of one name with the word
 * after them (Abdel Fattah, Abd al-Karim, Abu Bakr), even when written apart. Two such halves met
 * name the same thing only when the words they open meet too: 'Karim Abdel Fattah' holds a Karim and
 * an Abd al-Fattah, not the Abdul Karim its two words spell.
 */
const FIRST_HALVES: ReadonlySet<string> = new Set(['abd', 'abdel', 'abdul', 'abdal', 'abdol', 'abdoul', 'abdur', 'abdus', 'abu', 'abou']);

/** The article written apart between the halves (Abd al-Karim, Abu el Yazid): skipped to find the second half. */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'ol', 'ad', 'ud', 'ar', 'ur', 'as', 'us', 'an', 'at', 'az', 'ash']);

/**
 * 'Abu' and 'Umm' (father of, mother of) open a kunya, a name by one's child: the word after them
 * names the child. A kunya's second half met by a plain name on the other side (Mohamed Salah against
 * Salah Abu Mohamed, Hosseini against Abu Hassan) names someone else, however alike the words.
 */
const KUNYA_HALVES: ReadonlySet<string> = new Set(['abu', 'abou', 'umm', 'um']);

/** Whether any token is the first half of a compound, which unpairCrossedCompounds looks at. */
export function holdsFirstHalf(tokens: readonly string[]): boolean {
  return tokens.some((t) => FIRST_HALVES.has(t));
}

/**
 * Drops each pair of two first halves whose second halves are both there and neither of which is
 * aligned with a word after the other side's first half, leaving their tokens unmatched; a word put
 * between the halves (Abdul Haqqani Manan for Abdul Manan) keeps the pair. `pairs` and the used flags
 * are changed in place.
 */
export function unpairCrossedCompounds(
  queryTokens: readonly string[],
  candidateTokens: readonly string[],
  pairs: AlignedPair[],
  queryUsed: Uint8Array,
  candidateUsed: Uint8Array,
): void {
  unpairWhere(pairs, queryUsed, candidateUsed, (pair) => {
    if (!FIRST_HALVES.has(queryTokens[pair.query]!) || !FIRST_HALVES.has(candidateTokens[pair.candidate]!)) return false;
    const querySecond = secondHalf(queryTokens, pair.query);
    const candidateSecond = secondHalf(candidateTokens, pair.candidate);
    if (querySecond < 0 || candidateSecond < 0) return false;
    return !pairs.some((p) => (within(p, querySecond, true) && p.candidate > pair.candidate) || (within(p, candidateSecond, false) && p.query > pair.query));
  });
}

/** Drops each pair of one word with one word that `namesTwo` says names two things, its tokens left unmatched. */
function unpairWhere(pairs: AlignedPair[], queryUsed: Uint8Array, candidateUsed: Uint8Array, namesTwo: (pair: AlignedPair) => boolean): void {
  for (let k = pairs.length - 1; k >= 0; k--) {
    const pair = pairs[k]!;
    if (pair.queryNext >= 0 || pair.candidateNext >= 0 || !namesTwo(pair)) continue;
    pairs.splice(k, 1);
    queryUsed[pair.query] = 0;
    candidateUsed[pair.candidate] = 0;
  }
}

/** The position of the word a first half opens, past a written-apart article; -1 when the name ends first. */
function secondHalf(tokens: readonly string[], first: number): number {
  let at = first + 1;
  while (at < tokens.length && ARTICLES.has(tokens[at]!)) at++;
  return at < tokens.length ? at : -1;
}

/** Whether the pair takes the query token (or, not `query`, the listed token) at `position`. */
function within(pair: AlignedPair, position: number, query: boolean): boolean {
  const first = query ? pair.query : pair.candidate;
  const last = query ? pair.queryNext : pair.candidateNext;
  return position === first || (last >= 0 && position > first && position <= last);
}

/** The position of the kunya half that opens the word at `at` (past a written-apart article); -1 when none does. */
function kunyaBefore(tokens: readonly string[], at: number): number {
  let before = at - 1;
  while (before >= 0 && ARTICLES.has(tokens[before]!)) before--;
  return before >= 0 && KUNYA_HALVES.has(tokens[before]!) ? before : -1;
}

/**
 * Drops each pair of one word with one word where one side's word is the second half of a kunya
 * whose 'Abu' found no partner, and the other side's word opens no kunya: the two name different
 * people (the father, the child). `pairs` and the used flags are changed in place.
 */
export function unpairKunyaHalves(
  queryTokens: readonly string[],
  candidateTokens: readonly string[],
  pairs: AlignedPair[],
  queryUsed: Uint8Array,
  candidateUsed: Uint8Array,
): void {
  unpairWhere(pairs, queryUsed, candidateUsed, (pair) => {
    const queryHalf = kunyaBefore(queryTokens, pair.query);
    const candidateHalf = kunyaBefore(candidateTokens, pair.candidate);
    if ((queryHalf < 0) === (candidateHalf < 0)) return false;
    return queryHalf >= 0 ? !queryUsed[queryHalf] : !candidateUsed[candidateHalf];
  });
}
