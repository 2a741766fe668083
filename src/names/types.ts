import type { Script } from '../model/list-entry.js';

export interface NameVariant {
  /**
   * Latin, lowercase ASCII tokens [a-z0-9]+, legal forms removed, abbreviations expanded; in the
   * romanisation-key variants (see romanization-keys.ts) marked syllable keys (~kim~ ~yong ~col).
   */
  tokens: string[];
  /**
   * How this rendering was produced, for explanations: 'latin'; Chinese 'pinyin', 'translated'
   * (generic words in English, also for Korean), 'wade-giles', 'cantonese'; Korean 'mr', 'rr', 'korean-usual'; Cyrillic
   * 'icao', 'bgn', 'ukrainian', 'serbian'; 'arabic', 'arabic-translated' (organisation words in English); Greek 'elot', 'greek-spoken'; 'hebrew'; 'any-ascii';
   * and the person-name rewrites 'reordered' (SURNAME, Given), 'split' (Abdulrahman → abd rahman),
   * 'joined' (Jong-un → jongun); the romanisation keys 'korean-key', 'korean-key-pinyin', 'chinese-key', 'chinese-key-beside'.
   */
  via: string;
}

export interface AnalyzedName {
  original: string;
  /** NFKC, case-folded, trimmed text (diacritics stripped, punctuation as spaces). */
  normalized: string;
  script: Script;
  /** Alternative Latin renderings; the first is the most likely. Never empty when the name has letters or digits. */
  variants: NameVariant[];
  /** Legal forms recognised and removed ('co ltd', 'llc', '有限公司'), normalised. */
  legalForms: string[];
  /** Diacritics that were stripped (e.g. 'é→e'), for explanations. */
  stripped: string[];
  /** True when the input was longer than the analysis limit and only its start was analysed. */
  truncated?: boolean;
}
