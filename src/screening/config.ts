/**
 * Every tuning setting of the screening engine, in one place: thresholds, how tokens are found and
 * how alike they count, how an alignment of tokens is scored and what each penalty costs, what
 * retrieval may leave out, and what attribute evidence is worth. The modules that use a setting
 * read it from here; a setting's comment says why it has its value. Changing one changes the
 * figures of `npm run eval:screening`: rerun it.
 *
 * The score weights (SCREENING_CONFIG.weights) and retrieval limits can also be overridden per
 * screener (ScreenerOptions), which is how tuning runs try other values without editing this file.
 */
import type { NameType } from '../model/list-entry.js';

/** How a name score is put together from an alignment of tokens (see score.ts). Overridable per screener. */
export interface ScoreWeights {
  /** Cost per unit share of unmatched query weight. */
  unmatchedQuery: number;
  /** Share of unmatchedQuery charged when the query holds a listed person's whole name (see fullNameWithin). */
  fullNameQueryExtra: number;
  /**
   * Share of unmatchedQuery charged when the query is a listed person's whole name (two names or
   * more, one of them not a common name) with more name parts in the slots a longer record of the
   * same person fills: after the given name, in the listing's order (Abdelhalim Hafed Abdelfattah
   * Remadna for REMADNA, Abdelhalim; Mohammed Qasim Mir Wali for QASIM, Muhammad). Arabic, Pashto
   * and Persian records add father's, grandfather's and tribal names that another list leaves out.
   * Applies only with no listed name part left over (a substituted part is another person).
   */
  lineageSlot: number;
  /** The most a name score reaches through lineageSlot: a partial record is a lead to review, not a strong hit. */
  lineageCap: number;
  /**
   * Share of unmatchedQuery charged for the Western given names a query writes beside a listed
   * Chinese name it meets whole, read as keys (Eric Chan Kwok-ki for CHAN, Kwok-ki; Mike Xin Tang
   * for TANG, Xin): Hong Kong, Macau, Singapore and Taiwan add an adopted English name that a
   * listing gives as an alias of its own or leaves out, so it is a longer record of the same name,
   * as lineageSlot prices one. Not below min(fullNameQueryExtra, lineageSlot), which the
   * retriever's estimate from above assumes.
   */
  westernNamesBesideChinese: number;
  /** Cost per unit share of unmatched listed weight. */
  unmatchedCandidate: number;
  /**
   * Extra cost per unit share of unmatched listed weight beyond half of it: a query that names less
   * than half of a listed name (Muhammad al-Ahdal for Mohammad Hamdi Mohammad Sadiq al-Ahdal) fits
   * many people besides the listed one.
   */
  mostlyUnmatchedCandidate: number;
  /** Extra cost when both sides leave weight unmatched (a substituted name part). */
  substitution: number;
  /** Tokens below this similarity are not aligned (unless matched as initials). */
  alignFloor: number;
  /**
   * Tokens left over after the confident alignment are paired down to this spelling similarity,
   * for partial credit (Tom/Tim, Jones/James): a near-miss is weaker evidence than a match, but
   * stronger than nothing.
   */
  weakFloor: number;
  /** Similarity credited to an initial that agrees with the first letter of a name (V. ↔ Vladimir). */
  initialSimilarity: number;
  /** Weight of a one-letter token relative to the name it abbreviates. */
  initialWeight: number;
  /**
   * Weight of a left-over initial in the substitution term: light as an initial is as evidence for
   * a match, one that finds no agreeing name contradicts the other side's left-over name or
   * initial (William G. Frost is not William W. Frost, Hans O. is not Hans Joachim).
   */
  initialContradiction: number;
  /** Similarity required for two adjacent tokens to match one token written joined. */
  joinedFloor: number;
  /**
   * In the substitution term a left-over token weighs at least this much: a different Mohammed in
   * the father's-name slot is still a different person, however common Mohammed is.
   */
  substitutionWeightFloor: number;
  /** A spelled or sounded-out match counts for this many times its distance from 1 (see effectiveSimilarity). */
  spellingDistanceFactor: number;
  /**
   * The same for a query variant produced by transliteration from another script: a romanised
   * Arabic or Hangul name differs in spelling from the listed Latin one by construction, so its
   * spelling distance is weaker evidence against a match.
   */
  transliteratedDistanceFactor: number;
  /**
   * A country or a series number in an organisation's name on one side only names another
   * organisation: Banco Santander Mexico is not Banco Santander, Fund IV is not Fund III's sibling
   * 'Fund'. Costs this much per side that has one left over.
   */
  qualifier: number;
  /**
   * 'X bin Y' names X, son of Y: when both names have the particle and a name before it on one side
   * aligns with a name after it on the other (Salman bin Muhammad ↔ Muhammad bin Salman), father and
   * son have swapped: another person. The same cost when initials cross (J. R. Smith ↔ R. J. Smith),
   * and when the syllables of a Korean or Chinese name meet the listed ones out of order, the surname
   * moved aside (Kim Soo-hyun ↔ KIM Hyon Woo: a given name's syllables reordered spell another name).
   */
  lineageReversal: number;
  /**
   * The least a substituted name costs: when both sides keep a whole name of their own (not an
   * initial, not a number), the substitution term is raised to this. Its usual charge is a share of
   * the name, which makes a long Arabic or Pashto name with one part substituted (Mir Abdul Khudai
   * Rahim for Mir Wali Khudai Rahim, ben Mohamed for ben Ali) look like a near-match, yet a different
   * name in the father's, grandfather's or tribal slot names another person however long the rest
   * is. Not applied to query variants romanised from another script: there a part left over may be a
   * reading the romaniser missed, not another name.
   */
  substitutedNameFloor: number;
  /**
   * Both names carry a legal form and the forms belong to different classes (a stock corporation,
   * a limited liability company, a non-profit, a partnership: see names/legal-form-classes.ts):
   * Deutsche Bank AG is not Deutsche Bank GmbH, an ANO is not an LLC. Set so that an otherwise exact
   * name falls just under the default threshold.
   */
  legalFormConflict: number;
  /**
   * A parenthesised part of an organisation's name (a branch's or subsidiary's country: Deutsche Bank
   * (Schweiz) AG, X (Hong Kong) Ltd) on one side only: the words are an annotation of the listed
   * company's group, not another name, so they cost this instead of their share as unmatched words.
   */
  parenthesisedOneSide: number;
  /** Parenthesised parts on both sides that differ (Bank of China (Hong Kong) vs (Singapore)): two branches. */
  parenthesisedConflict: number;
  /**
   * The specificity rule for organisations: a listed name of one distinctive word (CRYSTALORD LTD,
   * A.B.C. Company) met by a query that says more (Crystalord Systems Limited, ABC International)
   * names another company of that name family as often as the listed one.
   */
  oneWordNameExtended: number;
  /**
   * The specificity rule for a query that names an organisation in one word read from an abjad
   * (Arabic, Persian, Hebrew script): read without its short vowels, the word is a guess at a
   * spelling, and a listed word met only by a near spelling or a sound of that guess (المراعي,
   * marai ↔ MARWA INVESTMENTS, MARAFI TRADING) is one of many that fit it. One word gives nothing
   * else to confirm it, so the match costs this much; a word the reading meets exactly (حماس, HAMAS)
   * is not charged.
   */
  oneWordQuery: number;
  /**
   * An organisation named in one word written in Latin letters, met only by a sound of a listed word
   * with the same consonants and two vowels or more added or dropped (Scania, SCAN; Bankia, BANK;
   * Garanti, GARANTIYA): the sound key leaves out the vowels, but a one-word name is a brand, and a
   * longer brand is another one; with one word, nothing else confirms it. Vowels of one place
   * differing (Gazprum, Rosnieft) are how transliterations and typos differ, and are not charged;
   * nor are other consonants, which transliterations also change (Gasprom, Komaks).
   */
  oneWordRespelled: number;
  /**
   * commonNameSupport for a company supported by everyday company words only (Global Trading against
   * GLOBAL TRADING GROUP): a name of generic words is worn by thousands of companies, more than a
   * common personal name is by people, and the query has no other word to tell them apart.
   */
  genericNameSupport: number;
  /** Added when only noise words matched and the listed name has real name tokens left. */
  noiseOnly: number;
  /**
   * A Chinese or Korean name read syllable by syllable has no optional parts (no middle names, no
   * particles): a syllable of the query left unmatched makes another name (Zhiwei is not Zhi), so
   * unmatchedQuery is multiplied by this for such variants.
   */
  syllabicUnmatchedFactor: number;
  /**
   * A match made through romanisation keys (see names/korean-key.ts, chinese-key.ts: Gim Yeong-cheol
   * ↔ Kim Yong Chol, Kwok ↔ Guo) rests on the equivalence of spellings, not on the spelling: two
   * names the keys merge may still be two names (정 and 종 are both Jong). It costs this much.
   */
  romanizationKey: number;
  /**
   * The same names have no optional parts on the listed side either: a listed syllable left over
   * makes another name (Zhang Wei is not Zhang Weiming, Kim Yong not Kim Yong Chol), so for key
   * variants unmatchedCandidate is multiplied by this.
   */
  keyUnmatchedCandidateFactor: number;
  /**
   * The specificity rule: a match supported by common given names and surnames only (John Smith,
   * Stephen Smith, Maria Garcia; see names/common-names.ts) while the listed name says more (a
   * middle name or second surname left over: Stephen Edward Smith, John B. Pridmore-Smith) or
   * consists of one word the query says more than (Al Green ↔ GREEN), or while the query says more
   * than a listed person's name of common names only (Mohammed Ali Hassan against the alias ALI,
   * Hassan), names many people besides the listed one: it costs this much, so that it needs
   * attribute evidence (see attributes) to hit: enough that three common names of four met in full,
   * with only the kind agreeing, stay under the default threshold (Ahmed Youssef Mansour against
   * MANSUR, Muhammad Yusuf Ahmad: 0.821 at 0.15). The
   * same for a company supported by everyday company words only (Golden Engineering against GOLDEN
   * INTERNATIONAL, Silver Shipping against SILVER BRIDGE SHIPPING; see names/business-words.ts).
   */
  commonNameSupport: number;
  /**
   * commonNameSupport where neither side says more but a common name of the query meets the listed
   * word only as another spelling (Mohamed Salah against SALEH MOHAMMAD): the words that match are
   * common and the one that differs is charged only its spelling, so the rule takes as much here.
   */
  respelledCommonName: number;
  /**
   * Under this similarity a matched pair's two words are two spellings for respelledCommonName, not
   * one name: Salah and Saleh (0.93), Hassan and Kassan (0.86); Mohamed and Mohammad, one name by the
   * canonical table, count 0.97.
   */
  respelledBelow: number;
  /**
   * The most the penalty terms together take away when an informative name did match: an unmatched
   * first name (Zed Maduro for MADURO MOROS, Nicolas) leaves the surname's holder a low score, not
   * none, so that it still ranks above unrelated names (far under any threshold).
   */
  maxPenalty: number;
}

/** Candidate retrieval's bounds (see retrieve.ts). Overridable per screener. */
export interface RetrievalLimits {
  /** Most variants handed to the scorer per query variant. */
  maxCandidates: number;
  /**
   * How far under the caller's floor a rough score may be and still be scored. The rough score
   * ignores what only the scorer sees (initials, joins found late, weak partial credit).
   */
  roughSlack: number;
  /**
   * Postings longer than this (the tokens of half the lists: Mohammed, Ali, company words) are not
   * followed once rarer tokens have found candidates; the scorer still weighs them.
   */
  longPosting: number;
  /** Vocabulary matches weaker than this do not retrieve variants on their own. */
  minSimilarity: number;
}

export const SCREENING_CONFIG = {
  thresholds: {
    /**
     * Recall first: the highest threshold at which recall of the UN positives (clean and with typos)
     * is still at its maximum. Lower thresholds find no more of them, only more false alarms: 0.75
     * catches a few more cross-script spellings at about 1.5x the false-alarm rate (see the threshold
     * sweep in bench/results/screening-eval.md).
     */
    default: 0.8,
    /** OFAC's own tool is usually run at 80-85 %; its scale is not ours, so it has its own default. */
    ofac: 0.85,
    /** Hits returned per query when the caller gives no limit. */
    limit: 50,
  },

  query: {
    /** Query variants and tokens beyond these add time, not recall. */
    maxVariants: 8,
    maxTokens: 24,
  },

  index: {
    /** Bound on the tokens kept per listed variant: a listed name longer than this is a description, not a name. */
    maxTokensPerVariant: 24,
    /** Weak aliases ("low quality" in OFAC's words) may match, but never as strongly as a real name. */
    nameTypeFactor: { primary: 1, aka: 1, fka: 1, nka: 1, weak: 0.9 } satisfies Record<NameType, number>,
    /**
     * A token's weight is its prior times (floor + (1 - floor) x rarity): the commonest name still
     * says something, the rarest says all its prior allows.
     */
    rarityFloor: 0.15,
  },

  tokens: {
    /** Below this, two different tokens are different names, not spellings of one. */
    fuzzyFloor: 0.72,
    /** Two spellings that the names module maps to one canonical form are the same name. */
    canonicalSimilarity: 0.97,
    /** Shorter canonical equals (Li/Ri/Yi, Xie/Che) are a romanisation convention: they count as sound, not as the name. */
    canonicalMinLength: 4,
    /** A familiar form (Bill, Misha) is the full name by usage: a little below a spelling of the name itself. */
    nicknameSimilarity: 0.9,
    /**
     * The same given name in another language (Juan for John; see names/given-name-cognates.ts): the
     * same person's name in another country's records, but also another person's, so a little below a
     * familiar form.
     */
    cognateSimilarity: 0.85,
    /**
     * Agreement of sound keys closes this share of the spelling gap: Poutine/Putin sound alike but
     * Mary/Mario do too, so sound is evidence added to spelling, not a replacement for it.
     */
    phoneticLift: 0.5,
    /** Keys of one or two consonants join hundreds of unrelated names (Jon, Jean, Zhang, Jiang...). */
    phoneticMinKey: 3,
    /**
     * A two-consonant key is specific enough in a word of five letters or more compared with a word of
     * the same length: the vowels that transliterations spell their own way (Qaeda/Qaida, Aisha/Aysha).
     */
    shortKeyMinLength: 5,
    /** A sound key match between spellings with less than this in common is a coincidence of the key. */
    phoneticMinSpelled: 0.6,
    phoneticMaxLengthGap: 2,
    /** Share of a token's trigrams a spelling must share to be compared at all. */
    trigramShare: 0.5,
    /** Shorter tokens find their typos through deletion neighbourhoods (see deletions.ts). */
    trigramMinLength: 8,
    /** The spellings sharing most trigrams are compared letter by letter; the long tail would fall under the floor. */
    maxFuzzyComparisons: 24,
    /** A case ending (see names/inflections.ts) is known by grammar: a canonical match, not a spelling distance. */
    caseEndingSimilarity: 0.95,
    /** A name respelled from another language's orthography (see names/orthographies.ts). */
    respellingSimilarity: 0.95,
    /**
     * A respelled name (Afanassjew, afanasyev) meets listed spellings this close to its respelling
     * (AFANASIEV): English transliterations differ among themselves, but a respelling is a reading, not
     * the name as written, so only near spellings of it count.
     */
    respelledNeighbourFloor: 0.85,
    /**
     * A place and its Russian adjective in an organisation's name (Kirov, Kirovskiy; see
     * names/place-adjectives.ts): the same place by grammar, a little below a spelling of one word,
     * as the adjective may be a family name's too (and persons never meet so).
     */
    placeAdjectiveSimilarity: 0.9,
    /** A swap of look-alike letters (Chima/China; see names/lookalikes.ts) counts as this much of an edit. */
    lookalikeEdit: 0.5,
    /** An inflected form of a name (see names/inflections.ts) is close to it, whatever its spelling distance. */
    inflectionSimilarity: 0.9,
    /**
     * A name derived from another by an ending (Ivanov from Ivan, Sokolov from Sokol, Sánchez from
     * Sancho; see derivedName in names/inflections.ts) is another name, however alike the two look:
     * this, under the fuzzy floor and under phoneticMinSpelled, so neither spelling nor sound pairs
     * them.
     */
    derivedFormSimilarity: 0.5,
    /** Tokens of these lengths find their one-typo neighbours through deletion keys (see deletions.ts). */
    deletionMinLength: 3,
    deletionMaxLength: 12,
    /**
     * A romanised syllable read from an abjad (Arabic, Hebrew) whose sound key is the listed word's is
     * a known equivalent, not a spelling distance: it counts this much (see variant-match.ts).
     */
    abjadSoundSimilarity: 0.9,
    /**
     * A word read from an abjad without its short vowels (حويش → huish) meets listed spellings of
     * its sound key that are longer by up to this many letters (Huwaysh), and share at least
     * unvoweledMinSpelled of their spelling with it.
     */
    unvoweledLengthGap: 4,
    unvoweledMinSpelled: 0.5,
    /**
     * The romaniser of such a word supplies a vowel after most consonants (گردشگری → garadashagari),
     * so a listed spelling may be shorter too (Gardeshgari): by one letter, or by up to this many where
     * the sound key is long enough to be looked up at the scorer's figure (abjadLookupMinKey).
     */
    unvoweledShorterGap: 3,
    /**
     * Such a match counts abjadSoundSimilarity in the scorer; the token lookup offers it at that figure
     * too, so that retrieval finds what the scorer would accept (فلسيانو → falasyanu, Feliciano), when
     * the sound key has this many consonants at least: four in order rarely agree by chance, while
     * shorter keys (yzd, hsn) are shared by many listed words a reading did not mean.
     */
    abjadLookupMinKey: 4,
  },

  weights: {
    unmatchedQuery: 0.6,
    fullNameQueryExtra: 0.6,
    lineageSlot: 0.45,
    lineageCap: 0.9,
    westernNamesBesideChinese: 0.45,
    unmatchedCandidate: 0.25,
    mostlyUnmatchedCandidate: 1.5,
    substitution: 0.7,
    alignFloor: 0.72,
    weakFloor: 0.65,
    initialSimilarity: 0.9,
    initialWeight: 0.35,
    initialContradiction: 0.6,
    joinedFloor: 0.9,
    spellingDistanceFactor: 2,
    transliteratedDistanceFactor: 1.6,
    substitutionWeightFloor: 0.4,
    qualifier: 0.2,
    lineageReversal: 0.3,
    substitutedNameFloor: 0.15,
    legalFormConflict: 0.21,
    parenthesisedOneSide: 0.1,
    parenthesisedConflict: 0.1,
    oneWordNameExtended: 0.15,
    oneWordQuery: 0.12,
    oneWordRespelled: 0.15,
    genericNameSupport: 0.2,
    noiseOnly: 0.4,
    syllabicUnmatchedFactor: 1.6,
    romanizationKey: 0.05,
    keyUnmatchedCandidateFactor: 3,
    commonNameSupport: 0.2,
    respelledCommonName: 0.2,
    respelledBelow: 0.95,
    maxPenalty: 0.8,
  } satisfies ScoreWeights,

  alignment: {
    /** A name written joined on one side and split on the other is settled before anything else when the join is this close. */
    strictJoin: 0.95,
    /** A near-exact join may take three tokens (a patronymic typed in syllables); looser ones two. */
    strictJoinRun: 3,
    /** Shorter tokens are syllables or particles, not whole names (see fullNameWithin in score.ts). */
    fullNameMinLength: 4,
    /** Share of a listed name's weight beyond which it is mostly unmatched (see weights.mostlyUnmatchedCandidate). */
    mostlyUnmatched: 0.5,
    /**
     * A person's listed name met whole, this many of its given names by initials (I. K. Rodnina,
     * RODNINA, Irina Konstantinovna; the Russian way of writing a name and patronymic), is abbreviated,
     * not mostly unmatched (see mostlyUnmatchedCandidate in score.ts). One initial is too little: the
     * surname alone then carries the match.
     */
    initialsForGivenNames: 2,
    /**
     * The names met in full beside which an agreeing middle initial counts as evidence for the
     * common-names rule (see onlyCommonSupport in score.ts): beside this many (Pedro O. Martinez
     * Fernandez: MARTINEZ FERNANDEZ, Pedro Orlando) it is one more part that agrees, not a part the
     * query lacks; beside fewer (Stephen E. Smith) the names are still as common as without it.
     */
    namesBesideInitial: 3,
    /** Below this a token is noise by the names module's prior (al, bin, president, company). */
    noiseWeight: 0.15,
    /**
     * A short given name that opens a longer one (Nic for Nicolas, Alex for Alexander) is its shortened
     * form up to this many letters (see shortFormOf in score.ts); a longer opening is a name of its own.
     */
    shortFormMaxLength: 4,
    /** Shorter tokens are initials or syllables of two letters, not names in their own right (see isWholeName in score.ts). */
    wholeNameMinLength: 3,
    /**
     * An organisation's one word read from an abjad that meets the listed word under this similarity
     * (and not exactly) is met only by a sound or a near spelling of its reading and is charged
     * weights.oneWordQuery: a sound read from an abjad counts tokens.abjadSoundSimilarity (0.9), and
     * so does a near spelling as far from the reading; name knowledge (canonical spellings, case
     * endings, respellings) and closer spellings (banak for Bank) are above this and are not charged.
     */
    exactByKnowledge: 0.91,
    /**
     * A query's name met beside a longer record of the listed person (see weights.lineageSlot) counts
     * only at this similarity at least (after spelling distance), as itself: a near-miss spelling is
     * too weak a lead. Just under 0.9, as similarities are stored in 32 bits and 0.9 a hair under it.
     */
    lineageMinSimilarity: 0.895,
  },

  native: {
    /**
     * A native word at least this similar (by edits) to one on the other side is the same word spelled
     * a little differently (Путин/Пулин, नरेन्द्र मोडी/मोदी); below it, another word (شريف/شياع).
     */
    sameWord: 0.6,
    /** What a native word without such a partner still counts for: the Latin renderings did agree. */
    otherWordCredit: 0.5,
  },

  retrieval: {
    limits: { maxCandidates: 64, roughSlack: 0.1, longPosting: 2_000, minSimilarity: 0.8 } satisfies RetrievalLimits,
    /** Shorter tokens without a close vocabulary match are too short to pair as near-misses. */
    orphanMinLength: 4,
    /**
     * Share of an orphan's weight counted as matched: a near-miss pair is scored at twice its distance
     * from 1 (see effectiveSimilarity), so one the scorer would accept rarely counts for more than this.
     */
    orphanCredit: 0.6,
    /** Share of the query's weight the other tokens must have matched for orphans to count. */
    orphanMinShare: 0.4,
    /** A particle and a name of three letters at least, written as one token (vanderbilt). */
    particleJoinMinLength: 5,
  },

  attributeWeighting: {
    /**
     * Attribute evidence weighs up to 1 + this times as much when the name match is partial (see
     * attributeWeight in attributes.ts): Stephen Smith for STEPHEN EDWARD SMITH is decided by the
     * birth date more than John Smith for SMITH, John.
     */
    partialMatchBoost: 1,
    /**
     * Evidence against a name met on one word alone (Tata, a listed person's one-word alias, for a
     * company called so) weighs as if the name covered at most this share: one word says less of
     * who is meant than a whole name, so a kind, country or date that disagrees decides more.
     * Agreement is not raised so: a company's kind or country agreeing tells few of the companies
     * sharing one word apart.
     */
    oneWordCoverage: 0.5,
  },

  attributes: {
    kindAgrees: 0.02,
    kindContradicts: -0.15,
    /**
     * A person against a listed vessel or aircraft, or the reverse: ships and aircraft are named after
     * people (DMITRY MENDELEEV, a vessel; Dmitri Mendeleev, a chemist), and no record confuses the two,
     * as records do confuse a person and the company trading under the person's name.
     */
    kindContradictsCraft: -0.3,
    countryAgrees: 0.03,
    // Weak: lists record addresses and nationalities, a party may live elsewhere.
    countryContradicts: -0.03,
    dateAgrees: 0.06,
    yearAgrees: 0.04,
    dateContradicts: -0.12,
    identifierAgrees: 0.2,
    identifierContradicts: -0.05,
  },
} as const;
