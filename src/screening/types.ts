import type { EntryKind, ListEntry, NameType } from '../model/list-entry.js';

/** A party to screen. Only the name is required; every other field can only sharpen the result. */
export interface ScreeningQuery {
  name: string;
  type?: EntryKind;
  /** ISO-2 code or a country name as people write it. */
  country?: string;
  /** Full date (YYYY-MM-DD), year-month or year. */
  dob?: string;
  identifiers?: QueryIdentifier[];
}

export interface QueryIdentifier {
  /** passport, national_id, imo, swift, registration, tax_id ...; omit when unknown. */
  type?: string;
  value: string;
}

export interface ScreenOptions {
  threshold?: number;
  limit?: number;
}

/** How one query token found its listed counterpart. */
export type TokenMatchKind = 'exact' | 'canonical' | 'phonetic' | 'fuzzy' | 'initial' | 'joined';

export interface AlignedTokens {
  /** Query token(s); several when a split query name matches one listed token (jong un ↔ jongun). */
  query: string;
  candidate: string;
  similarity: number;
  how: TokenMatchKind;
}

export interface VariantUsed {
  tokens: string[];
  /** The transliteration or rewrite that produced these tokens (from src/names). */
  via: string;
}

export type AttributeName = 'kind' | 'country' | 'dob' | 'identifier';

export interface AttributeEvidence {
  attribute: AttributeName;
  query: string;
  /** The listed values compared against. */
  listed: string[];
  effect: 'agrees' | 'contradicts';
  adjustment: number;
}

/** The numbers that make up a hit's score, so that a reviewer can redo the arithmetic. */
export interface ScoreParts {
  /** Weighted similarity of the aligned token pairs, 0..1. */
  alignedQuality: number;
  /** Share of the query's informative weight that found a partner. */
  queryCoverage: number;
  /** Share of the listed name's informative weight that found a partner. */
  candidateCoverage: number;
  /** The share of alignedQuality taken away: the sum of `penalties`. */
  unmatchedPenalty: number;
  /**
   * Each named term of unmatchedPenalty (unmatchedQuery, lineageSlots, unmatchedCandidate,
   * mostlyUnmatchedCandidate, substitution, noiseOnly, qualifier, lineageReversal, romanizationKey,
   * commonNameSupport, substitutedName, legalFormConflict, parenthesised, oneWordNameExtended, oneWordQuery; see
   * ScoreWeights in config.ts and explain.ts), so that a reviewer sees which rule cost what. nameScore = alignedQuality x (1 - unmatchedPenalty) x
   * nameTypeFactor x scriptAgreement.
   */
  penalties: Record<string, number>;
  /** Multiplier for the name type (weak aliases count less). */
  nameTypeFactor: number;
  /**
   * When query and listed name are written in one non-Latin script: how far their native spellings
   * agree (characters in common for Hangul, Han and kana; words spelled alike for alphabets), a
   * multiplier: romanisation can make different names look alike. Absent otherwise.
   */
  scriptAgreement?: number;
  nameScore: number;
  /** The sum of the attribute evidence's adjustments (already scaled by attributeWeight). */
  attributeAdjustment: number;
  /** When the name match is partial, the factor the attribute adjustments were scaled by (see attributes.ts). */
  attributeWeight?: number;
  /** When evidence against the entry was weighed more than attributeWeight (a name met on one word), that factor. */
  attributeContradictionWeight?: number;
  final: number;
}

/** Another copy of a hit's listing (see listings.ts): where it came from and what matched in it. */
export interface ListingCopy {
  entityId: string;
  listName: string;
  matchedName: string;
  score: number;
}

export interface Explanation {
  matchedName: { value: string; type: NameType };
  queryVariant: VariantUsed;
  candidateVariant: VariantUsed;
  alignment: AlignedTokens[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  attributes: AttributeEvidence[];
  parts: ScoreParts;
  scoreMode: ScoreMode;
  /**
   * The same listing reached through other sources (an SDN entry from the CSL and from OFAC's files),
   * merged into this hit; absent when there was none.
   */
  alsoListedAs?: ListingCopy[];
}

export type ScoreMode = 'clearance' | 'ofac';

export interface ScreeningHit {
  /** The source's own id (CSL _id, OFAC ent_num, UN DATAID). */
  entityId: string;
  /** List code, e.g. SDN, EL, UN. */
  list: string;
  listName: string;
  /** The listed primary name. */
  name: string;
  /** The listed name or alias that matched. */
  matchedName: string;
  score: number;
  explanation: Explanation;
  entry: ListEntry;
}
