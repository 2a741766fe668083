/**
 * A reproduction of the score OFAC's Sanctions List Search shows, for users who must report or
 * compare against it. Fitted to scores observed on the tool
 * (eval/screening/ofac-sanctionssearch-fixtures.csv); the tool's formula is not published. What the
 * observations show:
 *  - it is Jaro-Winkler over characters, not over analysed names: no transliteration, no legal forms;
 *  - a query word is matched to its best listed word, and query words of one or two letters are
 *    ignored when longer ones exist (KIM JONG UN scores 100 against 'KIM, Jong Man');
 *  - whole runs of listed words are also compared with the whole query, in any rotation of the
 *    query ('PUTIN VLADIMIR' = 'VLADIMIR PUTIN'), and the better of the two readings is shown.
 */
import { jaroWinkler } from './token-similarity.js';

/** Words beyond these are ignored; OFAC's tool bounds its inputs too, and this bounds the work. */
const MAX_QUERY_WORDS = 8;
const MAX_LISTED_WORDS = 12;

function words(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

/** Mean over the query's words of their best Jaro-Winkler against any listed word. */
function wordByWord(query: readonly string[], listed: readonly string[]): number {
  const long = query.filter((w) => w.length > 2);
  const used = long.length > 0 ? long : query;
  let total = 0;
  for (const word of used) {
    let best = 0;
    for (const other of listed) best = Math.max(best, jaroWinkler(word, other));
    total += best;
  }
  return total / used.length;
}

/** Best Jaro-Winkler of the joined query (any rotation) against a joined run of listed words. */
function wholeRuns(query: readonly string[], listed: readonly string[]): number {
  const shortest = Math.min(query.length, listed.length);
  let best = 0;
  for (let r = 0; r < query.length; r++) {
    const rotated = [...query.slice(r), ...query.slice(0, r)].join('');
    for (let size = shortest; size <= listed.length; size++) {
      for (let start = 0; start + size <= listed.length; start++) {
        best = Math.max(best, jaroWinkler(rotated, listed.slice(start, start + size).join('')));
      }
    }
  }
  return best;
}

/** OFAC-style score of a query against one listed name, 0..1 (the tool shows it as a percentage). */
export function ofacNameScore(query: string, listed: string): number {
  const q = words(query).slice(0, MAX_QUERY_WORDS);
  const l = words(listed).slice(0, MAX_LISTED_WORDS);
  if (q.length === 0 || l.length === 0) return 0;
  return Math.max(wordByWord(q, l), wholeRuns(q, l));
}
