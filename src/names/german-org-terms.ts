/**
 * Countries and nationality adjectives as German-language organisation names write them
 * (Palästinensische Vereinigung in Österreich, Palestinian Association in Austria; Deutsch-Iranische
 * Handelskammer, German-Iranian Chamber of Commerce), with the English word their listed
 * translations use. Written for the project from German: each adjective in the endings its
 * declension gives it (-e, -er, -es, -en, -em) and each word with an umlaut in both its spellings
 * without one (ä as a and as ae: Österreich, Osterreich, Oesterreich), as registries and lists write them.
 */
const COUNTRIES: Readonly<Record<string, string>> = {
  österreich: 'austria', deutschland: 'germany', schweiz: 'switzerland', russland: 'russia', türkei: 'turkey',
  palästina: 'palestine', syrien: 'syria', libanon: 'lebanon', irak: 'iraq', ägypten: 'egypt', weißrussland: 'belarus',
};

/** Adjective stems, before their declension's ending (palästinensisch-e). */
const ADJECTIVES: Readonly<Record<string, string>> = {
  palästinensisch: 'palestinian', österreichisch: 'austrian', deutsch: 'german', russisch: 'russian', iranisch: 'iranian',
  syrisch: 'syrian', türkisch: 'turkish', libanesisch: 'lebanese', arabisch: 'arab', islamisch: 'islamic',
  irakisch: 'iraqi', ägyptisch: 'egyptian', kurdisch: 'kurdish', tschetschenisch: 'chechen',
};

const DECLENSION_ENDINGS: readonly string[] = ['e', 'er', 'es', 'en', 'em'];

const UMLAUTS: Readonly<Record<string, readonly [string, string]>> = { ä: ['a', 'ae'], ö: ['o', 'oe'], ü: ['u', 'ue'], ß: ['ss', 'ss'] };

/** A German word as normalised text writes it: umlauts dropped (a) and written out (ae). */
export function umlautSpellings(word: string): readonly string[] {
  const dropped = word.replace(/[äöüß]/gu, (ch) => UMLAUTS[ch]![0]);
  const written = word.replace(/[äöüß]/gu, (ch) => UMLAUTS[ch]![1]);
  return dropped === written ? [dropped] : [dropped, written];
}

function germanTerms(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [word, english] of Object.entries(COUNTRIES)) for (const spelling of umlautSpellings(word)) out[spelling] = english;
  for (const [stem, english] of Object.entries(ADJECTIVES)) {
    for (const spelling of umlautSpellings(stem)) for (const ending of DECLENSION_ENDINGS) out[spelling + ending] = english;
  }
  return out;
}

export const GERMAN_ORG_TERMS: Readonly<Record<string, string>> = germanTerms();
