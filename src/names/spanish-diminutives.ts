import { isCommonName, isGivenName } from './common-names.js';

/**
 * Spanish diminutives of given names, formed by rule rather than by usage (Juanito, Pedrito,
 * Nicolasito, Carlitos, Juanita, Rosita, Ramoncito, Carmencita, Dieguito, Paquito): -ito and -ita take
 * the place of a name's final -o or -a (Pedro, Pedrito; Rosa, Rosita) or follow a final consonant
 * (Juan, Juanito; Isabel, Isabelita); -cito and -cita follow a final n, r or e (Ramón, Ramoncito;
 * Carmen, Carmencita; José, Josecito); a name in -os keeps its s after the ending (Carlos, Carlitos;
 * Marcos, Marquitos); and c and g before the i are written qu and gu (Francisco, Francisquito;
 * Diego, Dieguito). Written for the project from Spanish grammar (RAE, Nueva gramática, 9.5). Only a
 * reading that is a known given name counts, and a token that is a name in its own right (Anita,
 * Benito) is left as it is.
 */
interface DiminutiveEnding {
  ending: string;
  /** What the name ended in before the ending took its place. */
  restores: readonly string[];
}

const DIMINUTIVE_ENDINGS: readonly DiminutiveEnding[] = [
  { ending: 'citos', restores: ['', 's'] },
  { ending: 'citas', restores: ['', 's'] },
  { ending: 'cito', restores: [''] },
  { ending: 'cita', restores: [''] },
  { ending: 'itos', restores: ['os', 'as'] },
  { ending: 'ito', restores: ['o', ''] },
  { ending: 'ita', restores: ['a'] },
  // A woman's name in a consonant ends in l or r (Isabel, Isabelita; Pilar, Pilarita); a bare -ita
  // after another consonant is a man's name made feminine (Juanita is Juana's, not Juan's).
  { ending: 'lita', restores: ['l'] },
  { ending: 'rita', restores: ['r'] },
];

/** The spelling of c and g before a front vowel, undone before the restored -o or -a (Francisquito, Dieguito). */
const FRONT_VOWEL_SPELLINGS: readonly (readonly [string, string])[] = [['qu', 'c'], ['gu', 'g']];

/** Shorter stems are syllables (Rita, Tito), not names with an ending. */
const MIN_STEM = 3;
/** Shorter readings are syllables that other names begin with (Benito is no Ben). */
const MIN_BASE = 4;

/** The given names a Spanish diminutive stands for ('nicolasito' → ['nicolas']); empty for other tokens. */
export function spanishDiminutiveBases(token: string): readonly string[] {
  // The cheap sign: every ending has 'it' three or four letters from the end.
  if (!token.includes('it', token.length - 5) || isCommonName(token)) return [];
  const out: string[] = [];
  for (const { ending, restores } of DIMINUTIVE_ENDINGS) {
    if (!token.endsWith(ending)) continue;
    const stem = token.slice(0, -ending.length);
    if (stem.length < MIN_STEM) continue;
    const stems = [stem];
    for (const [written, letter] of FRONT_VOWEL_SPELLINGS) if (stem.endsWith(written)) stems.push(stem.slice(0, -written.length) + letter);
    for (const s of stems) for (const restored of restores) {
      const base = s + restored;
      if (base.length >= MIN_BASE && isGivenName(base) && !out.includes(base)) out.push(base);
    }
  }
  return out;
}
