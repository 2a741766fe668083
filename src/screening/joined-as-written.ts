/**
 * A query's organisation words are read expanded (Chem → chemical), as listed names are, so that
 * abbreviations meet the words they stand for. Two query words that a listing writes as one word
 * (Chem Trans, CHEMTRANS) then no longer join: the join of the expansion (chemicaltrans) is no
 * listed word. This finds the listed word that two adjacent words make as the query may have
 * written them.
 */
import { writtenFormsOf } from '../names/index.js';
import { hashKey, hashKeyContinued } from './postings.js';

/** Longest run of adjacent words joined (Rus Chem Trade, RUSCHEMTRADE), as retrieval and the scorer join them. */
const LONGEST_RUN = 3;

/**
 * `tokens` with the first run of two or three adjacent words that joins, one of them as written
 * before its expansion, into a listed token replaced by that token; undefined when none does. Runs
 * joined as they stand are left to retrieval and the scorer, which join query tokens themselves.
 * `mayBeListed` answers for a join's hashKey whether it may be listed (false only when it is not):
 * a word with many written forms makes dozens of joins per run, nearly all of them no listed word,
 * and those are ruled out without the string being built.
 */
export function joinedAsWritten(
  tokens: readonly string[],
  isListed: (token: string) => boolean,
  mayBeListed: (hash: number) => boolean = () => true,
): string[] | undefined {
  // Most names hold no expanded word: they are settled without a run's forms made.
  if (!tokens.some((t) => writtenFormsOf(t).length > 1)) return undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (let run = 2; run <= LONGEST_RUN && i + run <= tokens.length; run++) {
      const forms = tokens.slice(i, i + run).map((t) => writtenFormsOf(t));
      // Most words are no expansion: their only form is the word itself.
      if (forms.every((f) => f.length === 1)) continue;
      const joined = firstListedJoin(forms, isListed, mayBeListed);
      if (joined !== undefined) return [...tokens.slice(0, i), joined, ...tokens.slice(i + run)];
    }
  }
  return undefined;
}

/**
 * The first listed join of one form per word, but the join of the words as they stand (the first
 * form of each); joins are tried with the first word's forms outermost. Each join's hash is carried
 * on from its words' (FNV-1a runs left to right), so a join is spelled out only when `mayBeListed`
 * lets it through.
 */
function firstListedJoin(
  forms: readonly (readonly string[])[],
  isListed: (token: string) => boolean,
  mayBeListed: (hash: number) => boolean,
): string | undefined {
  const picked: string[] = [];
  const visit = (word: number, hash: number, asTheyStand: boolean): string | undefined => {
    if (word === forms.length) {
      if (asTheyStand || !mayBeListed(hash)) return undefined;
      const joined = picked.join('');
      return isListed(joined) ? joined : undefined;
    }
    const alternatives = forms[word]!;
    for (let k = 0; k < alternatives.length; k++) {
      picked[word] = alternatives[k]!;
      const found = visit(word + 1, hashKeyContinued(hash, alternatives[k]!), asTheyStand && k === 0);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(0, EMPTY_HASH, true);
}

const EMPTY_HASH = hashKey('');
