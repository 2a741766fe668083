/**
 * Turns the scorer's internal alignment into the account a reviewer reads: which listed name matched,
 * through which transliteration, token by token, and how the score was put together. Built only for
 * hits, from the very objects that produced the score, so the two cannot disagree.
 */
import type { EntryName } from '../model/list-entry.js';
import type { AttributeResult } from './attributes.js';
import type { NameMatch, PenaltyTerms } from './score.js';
import type { AlignedTokens, Explanation, ScoreMode, ScoreParts, VariantUsed } from './types.js';

/** The tokens of one side of a match and the transliteration that produced them. */
export interface ExplainedSide {
  tokens: readonly string[];
  via: string;
}

export interface ExplainInput {
  matchedName: EntryName;
  query: ExplainedSide;
  candidate: ExplainedSide;
  match: NameMatch;
  nameTypeFactor: number;
  /** See ScoreParts.scriptAgreement. */
  scriptAgreement?: number;
  attributes: AttributeResult;
  final: number;
  scoreMode: ScoreMode;
  /** In OFAC mode the name score comes from the OFAC formula, not from the alignment. */
  nameScore?: number;
}

function variantUsed(side: ExplainedSide): VariantUsed {
  return { tokens: side.tokens.slice(), via: side.via };
}

function joinTokens(side: ExplainedSide, first: number, last: number): string {
  return last >= 0 ? side.tokens.slice(first, last + 1).join(' ') : side.tokens[first]!;
}

export function explainMatch(input: ExplainInput): Explanation {
  const { match, query, candidate } = input;
  const alignment: AlignedTokens[] = match.pairs.map((pair) => ({
    query: joinTokens(query, pair.query, pair.queryNext),
    candidate: joinTokens(candidate, pair.candidate, pair.candidateNext),
    similarity: round(pair.similarity),
    how: pair.how,
  }));
  const nameScore = input.nameScore ?? match.score * input.nameTypeFactor * (input.scriptAgreement ?? 1);
  return {
    matchedName: { value: input.matchedName.value, type: input.matchedName.type },
    queryVariant: variantUsed(query),
    candidateVariant: variantUsed(candidate),
    alignment,
    unmatchedQuery: match.unmatchedQuery.map((i) => query.tokens[i]!),
    unmatchedCandidate: match.unmatchedCandidate.map((j) => candidate.tokens[j]!),
    attributes: input.attributes.evidence,
    parts: scoreParts(input, nameScore),
    scoreMode: input.scoreMode,
  };
}

/**
 * The score's parts in the order the output writes them, the optional ones only when present:
 * written one by one, as a spread of a conditional object makes and copies an object for each.
 */
function scoreParts(input: ExplainInput, nameScore: number): ScoreParts {
  const { match } = input;
  const parts = {
    alignedQuality: round(match.alignedQuality),
    queryCoverage: round(match.queryCoverage),
    candidateCoverage: round(match.candidateCoverage),
    unmatchedPenalty: round(match.unmatchedPenalty),
    penalties: roundedTerms(match.penalties),
    nameTypeFactor: input.nameTypeFactor,
  } as ScoreParts;
  if (input.scriptAgreement !== undefined) parts.scriptAgreement = round(input.scriptAgreement);
  parts.nameScore = round(nameScore);
  parts.attributeAdjustment = round(input.attributes.adjustment);
  if (input.attributes.weight !== undefined) parts.attributeWeight = round(input.attributes.weight);
  if (input.attributes.contradictionWeight !== undefined) parts.attributeContradictionWeight = round(input.attributes.contradictionWeight);
  parts.final = round(input.final);
  return parts;
}

function roundedTerms(terms: PenaltyTerms): Record<string, number> {
  const rounded: Record<string, number> = {
    unmatchedQuery: round(terms.unmatchedQuery),
    lineageSlots: round(terms.lineageSlots),
    unmatchedCandidate: round(terms.unmatchedCandidate),
    mostlyUnmatchedCandidate: round(terms.mostlyUnmatchedCandidate),
    substitution: round(terms.substitution),
    noiseOnly: round(terms.noiseOnly),
    qualifier: round(terms.qualifier),
    lineageReversal: round(terms.lineageReversal),
    romanizationKey: round(terms.romanizationKey),
    commonNameSupport: round(terms.commonNameSupport),
    substitutedName: round(terms.substitutedName),
    legalFormConflict: round(terms.legalFormConflict),
    parenthesised: round(terms.parenthesised),
    oneWordNameExtended: round(terms.oneWordNameExtended),
    oneWordQuery: round(terms.oneWordQuery),
  };
  return rounded;
}

/** Four decimals: enough to redo the arithmetic, short enough to read. */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
