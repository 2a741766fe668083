/**
 * A query's organisation words are read expanded (Chem → chemical), as listed names are, so that
 * abbreviations meet the words they stand for. Two query words that a listing writes as one word
 * (Chem Trans, CHEMTRANS) then no longer join: the join of the expansion (chemicaltrans) is no
 * listed word. This finds the listed word that two adjacent words make as the query may have
 * written them.
 */
import { writtenFormsOf } from '../names/index.js';

/**
 * `tokens` with the first adjacent pair that joins, one of them as written before its expansion,
 * into a listed token replaced by that token; undefined when none does. Pairs joined as they stand
 * are left to retrieval and the scorer, which join query tokens themselves.
 */
export function joinedAsWritten(tokens: readonly string[], isListed: (token: string) => boolean): string[] | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const firsts = writtenFormsOf(tokens[i]!);
    const seconds = writtenFormsOf(tokens[i + 1]!);
    // Most words are no expansion: their only form is the word itself.
    if (firsts.length === 1 && seconds.length === 1) continue;
    for (const first of firsts) {
      for (const second of seconds) {
        if (first === tokens[i] && second === tokens[i + 1]) continue;
        const joined = first + second;
        if (isListed(joined)) return [...tokens.slice(0, i), joined, ...tokens.slice(i + 2)];
      }
    }
  }
  return undefined;
}
