export type { AnalyzedName, NameVariant } from './types.js';
export { analyzeName } from './analyze.js';
export { normalizeText, MAX_ANALYZED_CHARS, type NormalizedText } from './normalize.js';
export { phoneticKey } from './phonetic.js';
export { canonicalToken } from './canonical.js';
export { tokenPrior } from './stopwords.js';
export { detectScript, scriptOfChar } from './script.js';
