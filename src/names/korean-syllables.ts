/**
 * Revised Romanization spellings of Korean name syllables whose McCune-Reischauer spelling differs
 * only by the vowels ㅓ, ㅕ, ㅡ (RR 'eo', 'yeo', 'eu'; MR 'o', 'yo', 'u') and the plain consonants
 * (RR g/d/b/j, MR k/t/p/ch): Jeong → jong, Seong → song, Hyeon → hyon, Cheol → chol, Eun → un.
 * Generated from the two systems' letter tables rather than listed.
 */
const RR_INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MR_INITIALS = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const FINALS = ['', 'k', 'n', 'l', 'm', 'p', 'ng', 't'];
const VOWELS: ReadonlyArray<readonly [string, string]> = [['eo', 'o'], ['yeo', 'yo'], ['eu', 'u']];
// Spellings that are also common Latin-script words or prefixes: left alone.
const EXCLUDED = new Set(['geo', 'neo', 'deo', 'meo', 'reo', 'jeu']);

let table: Map<string, string> | undefined;

/** RR syllable → MR syllable, for the syllables where the two differ in the way described above. */
export function koreanSyllableTable(): Map<string, string> {
  if (table) return table;
  const map = new Map<string, string>();
  RR_INITIALS.forEach((rrInitial, i) => {
    const mrInitial = MR_INITIALS[i] ?? '';
    for (const [rrVowel, mrVowel] of VOWELS) {
      for (const final of FINALS) {
        const rr = rrInitial + rrVowel + final;
        if (!EXCLUDED.has(rr) && !map.has(rr)) map.set(rr, mrInitial + mrVowel + final);
      }
    }
  });
  table = map;
  return map;
}
