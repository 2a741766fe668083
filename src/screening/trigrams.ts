/**
 * Character trigrams of a token with its boundaries marked, so that the first and last letters
 * (which transliterations rarely change) count as much as the middle. Single letters have none:
 * an initial is matched by the scorer, not looked up.
 */
export function tokenTrigrams(token: string): string[] {
  if (token.length < 2) return [];
  const padded = `^${token}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams;
}
