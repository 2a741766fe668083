/**
 * A query's organisation words are read expanded (Chem → chemical), as listed names are, so that
 * abbreviations meet the words they stand for. Two query words that a listing writes as one word
 * (Chem Trans, CHEMTRANS) then no longer join: the join of the expansion (chemicaltrans) is no
 * listed word. This finds the listed word that two adjacent words make as the query may have
 * written them.
 */
import { writtenFormsOf } from '../names/index.js';

/** Longest run of adjacent words joined (Rus Chem Trade, RUSCHEMTRADE), as retrieval and the scorer join them. */
const LONGEST_RUN = 3;

/**
 * `tokens` with the first run of two or three adjacent words that joins, one of them as written
 * before its expansion, into a listed token replaced by that token; undefined when none does. Runs
 * joined as they stand are left to retrieval and the scorer, which join query tokens themselves.
 */
export function joinedAsWritten(tokens: readonly string[], isListed: (token: string) => boolean): string[] | undefined {
  // Most names hold no expanded word: they are settled without a run's forms made.
  if (!tokens.some((t) => writtenFormsOf(t).length > 1)) return undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (let run = 2; run <= LONGEST_RUN && i + run <= tokens.length; run++) {
      const forms = tokens.slice(i, i + run).map((t) => writtenFormsOf(t));
      // Most words are no expansion: their only form is the word itself.
      if (forms.every((f) => f.length === 1)) continue;
      for (const joined of joins(forms)) {
        if (isListed(joined)) return [...tokens.slice(0, i), joined, ...tokens.slice(i + run)];
      }
    }
  }
  return undefined;
}

/** Every join of one form per word, but the join of the words as they stand (the first form of each). */
function joins(forms: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const alternatives of forms) out = out.flatMap((prefix) => alternatives.map((form) => prefix + form));
  return out.slice(1);
}
