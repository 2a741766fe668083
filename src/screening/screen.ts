/**
 * The screening API: `createScreener(snapshot).screen(query)`. Builds the candidate index once, then
 * for each query analyses the name into Latin variants, retrieves candidates, scores them, adds the
 * attribute evidence and explains every hit at or above the threshold.
 */
import type { EntryKind, EntryName, ListEntry, Script } from '../model/list-entry.js';
import { analyzeName, CHINESE_KEY_BESIDE, PINYIN, SINO_KOREAN, DistinctSequences, keysMayMeet, readsUnvoweled, ROMANIZATION_KEYS, TRANSLATED, withoutBurmeseHonorific, withoutLatvianEndings, WITHOUT_SHORT_FORMS } from '../names/index.js';
import { attributeWeight, compareAttributes, contradictionWeight, hasAttributes, MAX_ATTRIBUTE_RAISE, NO_EVIDENCE, parseQueryAttributes, weighted, type AttributeResult } from './attributes.js';
import { joinedInitials } from './acronyms.js';
import { joinedAsWritten } from './joined-as-written.js';
import { explainMatch, round } from './explain.js';
import { buildCandidateIndex, NAME_TYPE_FACTOR, orderFreeKey, type CandidateIndex } from './index.js';
import { SCREENING_CONFIG } from './config.js';
import { groupByListing, listingKey } from './listings.js';
import { nameFormOf, NO_FORM, type NameForm } from './name-form.js';
import { listedNativeUnits, nativeAgreementWithUnits, nativeName } from './native.js';
import { ofacNameScore } from './ofac-score.js';
import { CandidateRetriever, DEFAULT_RETRIEVAL_LIMITS, type RetrievalLimits } from './retrieve.js';
import { clamp01, DEFAULT_SCORE_WEIGHTS, type NameMatch, type ScoreWeights } from './score.js';
import { TokenMatcher, type QueryToken } from './token-matcher.js';
import type { ScoreMode, ScreeningHit, ScreeningQuery, ScreenOptions } from './types.js';
import { candidateTokens, queryVariant, VariantScorer, type QueryVariant } from './variant-match.js';

/** See thresholds in config.ts. */
export const DEFAULT_THRESHOLD = SCREENING_CONFIG.thresholds.default;
export const DEFAULT_OFAC_THRESHOLD = SCREENING_CONFIG.thresholds.ofac;
export const DEFAULT_LIMIT = SCREENING_CONFIG.thresholds.limit;
/** The `via` of a query variant read as a Latvian man's name (see withoutLatvianEndings). */
export const LATVIAN = 'latvian';

const { maxVariants: MAX_QUERY_VARIANTS, maxTokens: MAX_QUERY_TOKENS } = SCREENING_CONFIG.query;
/**
 * Analysed queries kept per screener: screening traffic repeats names (the same customer, the same
 * vendor, every batch), and analysis plus token lookups are most of a query's cost. Cleared, not
 * evicted, when full: simple, and the next few queries refill it with what is current.
 */
const ANALYSIS_CACHE_LIMIT = 20_000;

export interface ScreenerOptions {
  scoreMode?: ScoreMode;
  /** Default threshold for `screen` when the call gives none. */
  threshold?: number;
  weights?: Partial<ScoreWeights>;
  retrieval?: Partial<RetrievalLimits>;
}

export interface Screener {
  readonly index: CandidateIndex;
  readonly threshold: number;
  screen(query: ScreeningQuery, opts?: ScreenOptions): ScreeningHit[];
}

interface EntityBest {
  entry: number;
  name: number;
  variant: number;
  query: QueryVariant;
  match: NameMatch;
  nameScore: number;
  /** Agreement of the native spellings, when both names are in one non-Latin script (see native.ts). */
  scriptAgreement?: number;
}

/** A candidate scored for the query variant in hand: its bound and its match, if kept (see VariantScorer.scoresAlike). */
interface ScoredTwin {
  candidate: number;
  bound: number;
  match: NameMatch | undefined;
}

interface ScoredEntity {
  best: EntityBest;
  final: number;
  nameScore: number;
  attributes: AttributeResult;
  /** OFAC mode: position in `entry.names` of the name OFAC's formula scored best. */
  ofacPosition?: number;
}

/** A variant's non-empty tokens, the first MAX_QUERY_TOKENS of them: one array, not a filtered one and its slice. */
function queryTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length && out.length < MAX_QUERY_TOKENS; i++) if (tokens[i]!.length > 0) out.push(tokens[i]!);
  return out;
}

/** The entry's primary name as a hit reports it: its first name when none is primary, '' when it has none. */
function primaryName(entry: ListEntry): string {
  for (const name of entry.names) if (name.type === 'primary') return name.value;
  return entry.names[0]?.value ?? '';
}

function withoutAlignment(match: NameMatch): NameMatch {
  return { ...match, pairs: [], unmatchedQuery: [], unmatchedCandidate: [] };
}

/**
 * Per indexed name, what the scoring loop needs of its listed name, in flat arrays: reading the
 * entry objects for every candidate costs a cache miss each.
 */
interface NameFacts {
  /** NAME_TYPE_FACTOR of the name's type. */
  typeFactor: Float64Array;
  /** The script the listed name is written in (see native.ts). */
  script: Script[];
  /** Listed names' native units by name (see listedNativeUnits), worked out when a query in their script first meets them. */
  nativeUnits: Map<number, readonly string[]>;
  /** Entries' listingKey by entry, worked out when the entry first has a hit. */
  listingKeys: (string | undefined)[];
}

const nameFactsCache = new WeakMap<CandidateIndex, NameFacts>();

function nameFacts(index: CandidateIndex): NameFacts {
  let facts = nameFactsCache.get(index);
  if (facts === undefined) {
    const typeFactor = new Float64Array(index.nameCount);
    const script: Script[] = new Array<Script>(index.nameCount);
    for (let n = 0; n < index.nameCount; n++) {
      const listed = index.entries[index.nameEntry[n]!]!.names[index.namePosition[n]!]!;
      typeFactor[n] = NAME_TYPE_FACTOR[listed.type];
      script[n] = listed.script;
    }
    facts = { typeFactor, script, nativeUnits: new Map(), listingKeys: new Array<string | undefined>(index.entries.length) };
    nameFactsCache.set(index, facts);
  }
  return facts;
}

/** The labels of a listed name read as written and, from SURNAME, Given, given name first (see names' analyzeName). */
const LATIN = 'latin';
const REORDERED = 'reordered';

/**
 * Readings of a name from a script written surname first: Han (pinyin, Wade-Giles, Cantonese, and
 * Sino-Korean) and Hangul (McCune-Reischauer, Revised, usual spellings).
 */
const SURNAME_FIRST_READINGS: ReadonlySet<string> = new Set(
  [PINYIN, 'wade-giles', 'cantonese', ...['mr', 'rr', 'korean-usual'].flatMap((via) => [via, `${SINO_KOREAN}-${via}`])],
);

export function createScreener(snapshot: { entries: readonly ListEntry[] }, options: ScreenerOptions = {}): Screener {
  const index = buildCandidateIndex(snapshot.entries);
  return screenerOver(index, options);
}

/** A screener over an index built elsewhere (a worker, a test building one index for many screeners). */
export function screenerOver(index: CandidateIndex, options: ScreenerOptions = {}): Screener {
  const scoreMode = options.scoreMode ?? 'clearance';
  const weights: ScoreWeights = { ...DEFAULT_SCORE_WEIGHTS, ...options.weights };
  const matcher = new TokenMatcher(index);
  const retriever = new CandidateRetriever(index, { ...DEFAULT_RETRIEVAL_LIMITS, ...options.retrieval }, weights);
  const reorderedVia = index.viaLabels.indexOf(REORDERED);
  const latinVia = index.viaLabels.indexOf(LATIN);

  /**
   * Whether a match of a query written surname first (a name read from Han or Hangul) puts its
   * surname on a listed name part the listing marks as a given name: a listed SURNAME, Given (its
   * surname first as written, last as reordered) tells which part is the surname, and 刘洋 (Liu Yang)
   * is no YANG, Liu, however alike their letters. Other listed names say nothing of it.
   */
  function surnameCrossed(match: NameMatch, candidate: number, name: number): boolean {
    const via = index.variantVia[candidate]!;
    if (via !== latinVia && via !== reorderedVia) return false;
    const entry = index.entries[index.nameEntry[name]!]!;
    if (!entry.names[index.namePosition[name]!]!.value.includes(',')) return false;
    const surnameAt = via === latinVia ? 0 : index.variantTokenStart[candidate + 1]! - index.variantTokenStart[candidate]! - 1;
    const surname = match.pairs.find((pair) => pair.query === 0);
    return surname !== undefined && surname.candidate !== surnameAt;
  }
  const scorer = new VariantScorer(index, weights);
  const defaultThreshold = options.threshold ?? (scoreMode === 'ofac' ? DEFAULT_OFAC_THRESHOLD : DEFAULT_THRESHOLD);
  const names = nameFacts(index);
  const isListedToken = (token: string): boolean => index.vocabulary.ids.has(token);
  const mayBeListedToken = (hash: number): boolean => index.vocabulary.tokenFilter.mayHold(hash);
  // Query variants are never changed after analysis (their lazy canonical forms are the same every
  // time they are made), so one analysis serves every later screening of the same name and kind.
  // By kind, then by the name as given: a key made of both would be a new string to build and hash
  // for every query.
  const analysisCache = new Map<EntryKind | undefined, Map<string, QueryVariant[]>>();
  let cachedAnalyses = 0;

  function cachedAnalysis(name: string, kind: EntryKind | undefined): QueryVariant[] {
    let byName = analysisCache.get(kind);
    if (byName === undefined) {
      byName = new Map();
      analysisCache.set(kind, byName);
    }
    let variants = byName.get(name);
    if (variants === undefined) {
      variants = analyzeQuery(name, kind);
      if (cachedAnalyses >= ANALYSIS_CACHE_LIMIT) {
        for (const names of analysisCache.values()) names.clear();
        cachedAnalyses = 0;
      }
      byName.set(name, variants);
      cachedAnalyses++;
    }
    return variants;
  }

  /** Adds the variant of `tokens` read as `via`, unless there are none, it repeats one in another order, or the variants are full. */
  function addVariant(variants: QueryVariant[], seen: DistinctSequences, tokens: string[] | undefined, via: string, form: NameForm, syllableName: boolean): void {
    if (tokens === undefined || tokens.length === 0 || variants.length >= MAX_QUERY_VARIANTS) return;
    if (!seen.add(tokens)) return;
    const unvoweled = readsUnvoweled(via);
    const looked: QueryToken[] = [];
    for (const token of tokens) looked.push(matcher.lookup(token, unvoweled));
    variants.push(queryVariant(looked, via, form, syllableName));
  }

  function analyzeQuery(name: string, kind: EntryKind | undefined): QueryVariant[] {
    const analyzed = analyzeName(name, kind, { query: true });
    // Legal forms and parentheses matter against listed organisations only (see name-form.ts).
    const form = kind === 'person' ? NO_FORM : nameFormOf(analyzed);
    // Variants that repeat another's tokens in another order are told apart as the index keys them.
    const seen = new DistinctSequences(orderFreeKey);
    const variants: QueryVariant[] = [];
    // A personal name that reads as Korean or Chinese syllables (see QueryVariant.syllableName); a
    // Western given name beside a Chinese surname is spelled as Western names are.
    const syllableName = kind !== 'organization' && analyzed.variants.some((v) => ROMANIZATION_KEYS.has(v.via) && v.via !== CHINESE_KEY_BESIDE);
    for (const v of analyzed.variants) {
      const tokens = queryTokens(v.tokens);
      addVariant(variants, seen, tokens, v.via, form, syllableName);
      addVariant(variants, seen, joinedInitials(tokens), 'initialism', form, syllableName);
      if (v.via === 'latin' && kind !== 'organization') addVariant(variants, seen, withoutLatvianEndings(tokens), LATVIAN, form, false);
      if (v.via === 'latin' && kind !== 'organization') addVariant(variants, seen, withoutBurmeseHonorific(tokens), v.via, form, false);
      if (v.via === 'latin' && kind !== 'person') addVariant(variants, seen, joinedAsWritten(tokens, isListedToken, mayBeListedToken), 'joined', form, false);
    }
    return variants;
  }

  function listedNameOf(name: number): EntryName {
    return index.entries[index.nameEntry[name]!]!.names[index.namePosition[name]!]!;
  }

  function nativeUnitsOf(name: number): readonly string[] {
    let units = names.nativeUnits.get(name);
    if (units === undefined) {
      units = listedNativeUnits(listedNameOf(name).value, names.script[name]!);
      names.nativeUnits.set(name, units);
    }
    return units;
  }

  function listingKeyOf(entry: number): string {
    let key = names.listingKeys[entry];
    if (key === undefined) {
      key = listingKey(index.entries[entry]!);
      names.listingKeys[entry] = key;
    }
    return key;
  }

  /** In OFAC mode: the entry's best name by OFAC's formula, which need not be the best by ours. */
  function ofacBest(best: EntityBest, queryName: string): { score: number; position: number } {
    let score = 0;
    let position = 0;
    index.entries[best.entry]!.names.forEach((name, i) => {
      const s = ofacNameScore(queryName, name.value);
      if (s > score) {
        score = s;
        position = i;
      }
    });
    return { score, position };
  }

  // A query's best name per entry, by entry: bestSlot[entry] is its place in the query's list while
  // bestStamp[entry] holds the query's stamp (no map made and hashed for every query).
  const bestSlot = new Int32Array(index.entries.length);
  const bestStamp = new Int32Array(index.entries.length);
  let stamp = 0;

  function screen(query: ScreeningQuery, opts: ScreenOptions = {}): ScreeningHit[] {
    const threshold = typeof opts.threshold === 'number' && Number.isFinite(opts.threshold) ? opts.threshold : defaultThreshold;
    const limit = typeof opts.limit === 'number' && opts.limit >= 0 ? Math.floor(opts.limit) : DEFAULT_LIMIT;
    const queryName = typeof query?.name === 'string' ? query.name : '';
    const kind = query?.type && query.type !== 'unknown' ? query.type : undefined;
    const attributes = parseQueryAttributes(query ?? { name: '' });
    const withAttributes = hasAttributes(attributes);
    const floor = threshold - (withAttributes ? MAX_ATTRIBUTE_RAISE : 0);

    const queryNative = nativeName(queryName);
    if (++stamp > 0x3fffffff) {
      bestStamp.fill(0);
      stamp = 1;
    }
    const bests: EntityBest[] = [];
    for (const variant of cachedAnalysis(queryName, kind)) {
      // OFAC mode scores names its own way: retrieval may not prune by our scale there.
      const retrievalFloor = scoreMode === 'ofac' ? 0 : floor;
      // The variant without short legal forms (AG, SA) is for listed organisations only, and so is one
      // with organisation words translated (李国际, li international, is no LI Li): skip listed persons
      // before scoring them rather than after.
      const organisationsOnly = variant.via === WITHOUT_SHORT_FORMS || variant.via === TRANSLATED;
      // A personal name read from Han or Hangul is written surname first (see surnameCrossed).
      const surnameFirst = kind !== 'organization' && SURNAME_FIRST_READINGS.has(variant.via);
      const candidates = retriever.retrieve(variant.tokens, retrievalFloor, variant.annotationWeight);
      const twins: ScoredTwin[] = [];
      for (let c = 0; c < candidates.length; c++) {
        const candidate = candidates[c]!;
        if (organisationsOnly && index.variantPerson[candidate] === 1) continue;
        if (variant.keyed && !keysMayMeet(variant.via, index.viaLabels[index.variantVia[candidate]!]!)) continue;
        const name = index.variantName[candidate]!;
        const scriptAgreement = queryNative !== undefined && names.script[name] === queryNative.script ? nativeAgreementWithUnits(queryNative, nativeUnitsOf(name)) : undefined;
        const entry = index.nameEntry[name]!;
        const typeFactor = names.typeFactor[name]!;
        const agreement = scriptAgreement ?? 1;
        let match: NameMatch | undefined;
        if (scoreMode === 'ofac') {
          // OFAC mode scores names its own way and shows the alignment of non-winners: full matches.
          match = scorer.score(variant, candidate);
        } else {
          // Clearance mode drops an entry whose best name stays under the floor, and keeps an entry's
          // best name, replaced only by a higher score: a candidate that can reach neither changes
          // nothing, so its match need not be finished (see ScoreCut). A name score is at most its
          // factors (a match scores at most 1): a candidate whose entry already has that much from
          // another name or variant (an exact alias, most often) is not scored at all.
          const entryBest = bestStamp[entry] === stamp ? bests[bestSlot[entry]!]!.nameScore : -Infinity;
          if (entryBest >= typeFactor * agreement) continue;
          const cutAt = Math.max(floor, entryBest);
          // A candidate that scores alike an earlier one (the same name listed again) has its bound
          // and match: it is dropped where scoreAbove would drop it, else given the same full match.
          const twin = twins.find((t) => scorer.scoresAlike(t.candidate, candidate));
          if (twin !== undefined && twin.bound * typeFactor * agreement < cutAt) continue;
          match = twin?.match ?? scorer.scoreAbove(variant, candidate, cutAt, typeFactor, agreement);
          if (twin === undefined) twins.push({ candidate, bound: scorer.lastBound, match });
          else twin.match = match;
        }
        if (match === undefined) continue;
        if (surnameFirst && surnameCrossed(match, candidate, name)) continue;
        const nameScore = match.score * typeFactor * agreement;
        if (bestStamp[entry] !== stamp) {
          bestStamp[entry] = stamp;
          bestSlot[entry] = bests.length;
          bests.push({ entry, name, variant: candidate, query: variant, match, nameScore, scriptAgreement });
        } else if (nameScore > bests[bestSlot[entry]!]!.nameScore) {
          bests[bestSlot[entry]!] = { entry, name, variant: candidate, query: variant, match, nameScore, scriptAgreement };
        }
      }
    }

    const hits: ScoredEntity[] = [];
    for (const best of bests) {
      if (scoreMode !== 'ofac' && best.nameScore < floor) continue;
      const ofac = scoreMode === 'ofac' ? ofacBest(best, queryName) : undefined;
      const nameScore = ofac ? ofac.score : best.nameScore;
      if (nameScore < floor) continue;
      // A query without attributes has no evidence for any entry: its entries are not read for it.
      const attributeResult = withAttributes
        ? weightedFor(compareAttributes(attributes, index.entries[best.entry]!), best.match)
        : NO_EVIDENCE;
      const final = clamp01(nameScore + attributeResult.adjustment);
      if (final >= threshold) hits.push({ best, final, attributes: attributeResult, nameScore, ofacPosition: ofac?.position });
    }
    // Most queries have no hit or one: nothing to sort (a sort copies its array even so).
    if (hits.length > 1) hits.sort((a, b) => b.final - a.final || a.best.entry - b.best.entry);
    return groupByListing(hits, (hit) => listingKeyOf(hit.best.entry), limit).map((group) => toHit(group.best, group.others));
  }

  /** The listed name a hit reports: OFAC mode's best by OFAC's formula, else the one aligned. */
  function reportedName({ best, ofacPosition }: ScoredEntity): EntryName {
    return index.entries[best.entry]!.names[ofacPosition ?? index.namePosition[best.name]!]!;
  }

  function toHit(scored: ScoredEntity, copies: readonly ScoredEntity[]): ScreeningHit {
    const { best, final, nameScore, attributes, ofacPosition } = scored;
    const entry = index.entries[best.entry]!;
    const alignedPosition = index.namePosition[best.name]!;
    const listedName = reportedName(scored);
    // The token alignment belongs to the name it was computed for; in OFAC mode another name may
    // have scored best, and OFAC's formula has no alignment to show.
    const showAlignment = ofacPosition === undefined || ofacPosition === alignedPosition;
    const explanation = explainMatch({
      matchedName: listedName,
      query: { tokens: best.query.side.tokens, via: best.query.via },
      candidate: { tokens: candidateTokens(index, best.variant), via: index.viaLabels[index.variantVia[best.variant]!]! },
      match: showAlignment ? best.match : withoutAlignment(best.match),
      nameTypeFactor: NAME_TYPE_FACTOR[listedName.type],
      scriptAgreement: ofacPosition === undefined ? best.scriptAgreement : undefined,
      attributes,
      final,
      scoreMode,
      nameScore,
    });
    if (copies.length > 0) {
      explanation.alsoListedAs = copies.map((copy) => {
        const other = index.entries[copy.best.entry]!;
        return { entityId: other.id, listName: other.list.name, matchedName: reportedName(copy).value, score: round(copy.final) };
      });
    }
    return {
      entityId: entry.id,
      list: entry.list.code,
      listName: entry.list.name,
      name: primaryName(entry),
      matchedName: listedName.value,
      score: round(final),
      explanation,
      entry,
    };
  }

  return { index, threshold: defaultThreshold, screen };
}

/** Attribute evidence weighed by how much of the names the match covers (see attributes.ts). */
function weightedFor(result: AttributeResult, match: { queryCoverage: number; candidateCoverage: number; pairs: readonly unknown[] }): AttributeResult {
  const coverage = Math.min(match.queryCoverage, match.candidateCoverage);
  return weighted(result, attributeWeight(coverage), contradictionWeight(coverage, match.pairs.length));
}
