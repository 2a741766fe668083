import type { Rendering } from './rendering.js';

/**
 * Modern Greek romanisation in the spirit of ELOT 743 (Greek passports): digraphs first, then
 * letters. Normalisation strips marks only from Latin letters, so Greek accents go here.
 */
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['ου', 'ou'], ['αι', 'ai'], ['ει', 'ei'], ['οι', 'oi'], ['υι', 'yi'], ['αυ', 'av'], ['ευ', 'ev'], ['ηυ', 'iv'],
  ['μπ', 'mp'], ['ντ', 'nt'], ['γκ', 'gk'], ['γγ', 'ng'], ['γξ', 'nx'], ['γχ', 'nch'], ['τζ', 'tz'],
];
const LETTERS: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

function spokenDigraph(latin: string, initial: boolean): string {
  switch (latin) {
    case 'ou':
      return 'u';
    case 'ai':
      return 'e';
    case 'ei':
    case 'oi':
      return 'i';
    // Greek writes foreign d, b and g as nt, mp and gk (Ντόναλντ Donald, Βλαντίμιρ Vladimir).
    case 'nt':
      return 'd';
    case 'mp':
      return 'b';
    case 'gk':
      return initial ? 'g' : 'ng';
    default:
      return latin;
  }
}

function romanizeWord(word: string, spoken: boolean): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  let i = 0;
  while (i < plain.length) {
    const pair = plain.slice(i, i + 2);
    const digraph = DIGRAPHS.find(([g]) => g === pair);
    if (digraph) {
      let latin = digraph[1];
      // How the digraphs sound, as foreign names written in Greek are read back (Βλαντίμιρ → Vladimir).
      if (spoken) latin = spokenDigraph(latin, i === 0);
      out += latin;
      i += 2;
      continue;
    }
    out += LETTERS[plain[i] as string] ?? '';
    i += 1;
  }
  return out;
}

/** Latin renderings of Greek words: the passport transliteration and a reading by sound ('nt' as 'd'). */
export function romanizeGreek(words: readonly string[]): Rendering[] {
  const out: Rendering[] = [{ tokens: words.map((w) => romanizeWord(w, false)), via: 'elot' }];
  const spoken = words.map((w) => romanizeWord(w, true));
  out.push({ tokens: spoken, via: 'greek-spoken' });
  // Greek declines foreign names (Αλέξανδρος, Πούτιν stays): the bare stem is how other languages write them.
  const stems = spoken.map((w) => w.replace(/(?:os|is|as)$/u, ''));
  if (stems.some((s, k) => s !== spoken[k] && s.length >= 3)) out.push({ tokens: stems, via: 'greek-spoken' });
  return out;
}
