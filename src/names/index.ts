/**
 * Name knowledge: normalisation, Latin renderings of every script, legal forms, abbreviations,
 * token equivalences and phonetic keys. Pure functions over strings; the screening engine builds on them.
 */
export type { AnalyzedName, NameVariant } from './types.js';
export { analyzeName, WITHOUT_SHORT_FORMS, type AnalyzeOptions } from './analyze.js';
export { normalizeText, MAX_ANALYZED_CHARS, type NormalizedText } from './normalize.js';
export { phoneticKey } from './phonetic.js';
export { canonicalToken } from './canonical.js';
export { familiarForms, isNickname } from './nicknames.js';
export { spanishDiminutiveBases } from './spanish-diminutives.js';
export { cognateForms } from './given-name-cognates.js';
export { withoutBurmeseHonorific } from './burmese-honorifics.js';
export { englishRespellings, listedFrenchUReading, listedLongVowelReading, withoutLatvianEndings } from './orthographies.js';
export { SINO_KOREAN } from './hanja.js';
export { PINYIN, TRANSLATED } from './han.js';
export { isParticle, tokenPrior } from './stopwords.js';
export { detectScript, scriptOfChar } from './script.js';
export { isRomanizationKey, keysMayMeet, ROMANIZATION_KEYS } from './romanization-keys.js';
export { anotherPinyinSurname, CHINESE_KEY_BESIDE, CHINESE_KEY_MARK, CHINESE_KEY_READINGS, chineseReadingKeys, KEY_ALTERNATIVES, knownWesternName, syllablesDiffer } from './chinese-key.js';
export { isCommonName, isGivenName } from './common-names.js';
export { isGenericOrganisationWord } from './business-words.js';
export { isTranslatedOrganisationWord } from './org-terms.js';
export { legalFormClassesFrom, legalFormClassesOf } from './legal-form-class.js';
export { isLegalFormWord } from './legal-form-removal.js';
export { LEGAL_FORM_CLASS } from './legal-form-classes.js';
export { parenthesisedNames, parenthesisedWords } from './parenthesised.js';
export { DistinctSequences, joinedLength } from './distinct-sequences.js';
export { ARABIC_TRANSLATED, readFromNameTable } from './arabic.js';
export { readsUnvoweled } from './rendering.js';
export { writtenFormsOf } from './abbreviations.js';
export { FROM_REVISED } from './korean-respelling.js';
export { knownName as isKnownName } from './inflections.js';
export { feminineOf } from './feminine-names.js';
export { patronymicOfSurname } from './patronymic-surnames.js';
export { sameNameFinalVowelSpelled } from './final-vowel-spellings.js';
