/**
 * Persian joins a noun to the word that qualifies it with the ezafe, which Latin spellings of Iranian
 * names write as -e after a consonant and -ye after a vowel, hyphened onto the noun (Sherkat-e
 * Petroshimi-ye Tabriz, Tabriz Petrochemical Company; Bank-e Melli; Sepah-e Pasdaran). English names
 * and spellings that leave it unwritten have no word for it: read with it, the name holds a word (e,
 * ye) no listing shares. Only the hyphened forms: a word ending in e is as often the word itself.
 */
const EZAFE = /(?<=\p{L})(?:-y?e)+(?=[\s,.;:)]|$)/giu;

/** A quick test before the expression: a hyphen followed by e (-e, -ye). */
function mayHoldEzafe(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('-e') || lower.includes('-ye');
}

/** The text with each hyphened ezafe taken off (Sherkat-e Petroshimi-ye Tabriz → Sherkat Petroshimi Tabriz), or undefined when it has none. */
export function withoutEzafe(text: string): string | undefined {
  if (!mayHoldEzafe(text)) return undefined;
  const out = text.replace(EZAFE, '');
  return out === text ? undefined : out;
}
