import type { EndUseCategory } from '../end-use-categories.js';

/**
 * Plain words that make a free-text end use name a Part 744 concern. A match does not decide
 * anything: it holds the item at `indeterminate`, quoting the words, until the category is declared
 * or denied. Patterns are matched on lower-cased text at word boundaries; they err towards matching.
 */
export const END_USE_TERMS: { category: EndUseCategory; pattern: RegExp }[] = [
  { category: 'military', pattern: /\b(militar(y|ies)|armed forces?|army|navy|naval|air ?force|marines?|coast ?guard|national guard|defen[cs]e|people'?s liberation army|warships?|fighter (jets?|aircraft)|combat|munitions?|weapons?|warfare|armou?red vehicles?|artillery|soldiers?|troops?|battlefield|usml|itar|600 series|national police|paramilitary)\b/ },
  { category: 'military_intelligence', pattern: /\b(military[- ]intelligence|intelligence (service|agency|bureau|directorate|organi[sz]ation)|reconnaissance|gru|signals intelligence|sigint|espionage|counterintelligence)\b/ },
  { category: 'nuclear', pattern: /\b(nuclear|reactors?|enrichment|enriched uranium|uranium|plutonium|centrifuges?|heavy water|reprocessing|fissile|isotope separation|nuclear fuel)\b/ },
  { category: 'missile', pattern: /\b(missiles?|rockets?|ballistic|cruise missiles?|space launch|launch vehicles?|sounding rockets?|uavs?|unmanned aerial|drones?|rpvs?)\b/ },
  { category: 'chemical_biological', pattern: /\b(chemical weapons?|biological weapons?|bioweapons?|nerve agents?|sarin|vx|mustard gas|toxins? (weapon|agent)|pathogens?|cw agents?|bw agents?|weaponi[sz]ation)\b/ },
  { category: 'supercomputer', pattern: /\b(super ?computers?|supercomputing|exascale|high[- ]performance computing|hpc)\b/ },
  { category: 'advanced_node_ic', pattern: /\b(advanced[- ]node|(semiconductor|wafer|chip|ic) (fab|fabs|fabrication|foundry|manufacturing|production)|foundry|16 ?nm|14 ?nm|7 ?nm|5 ?nm|3 ?nm|finfet|gaafet|dram production|euv)\b/ },
];

/** The categories a free text names, with the words that matched. */
export function concernsIn(text: string): { category: EndUseCategory; words: string[] }[] {
  const lower = text.toLowerCase();
  const out: { category: EndUseCategory; words: string[] }[] = [];
  for (const { category, pattern } of END_USE_TERMS) {
    const global = new RegExp(pattern.source, 'g');
    const words = [...new Set([...lower.matchAll(global)].map((m) => m[0]))];
    if (words.length > 0) out.push({ category, words });
  }
  return out;
}
