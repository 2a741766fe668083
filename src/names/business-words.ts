import { knownWordPrior } from './stopwords.js';

/**
 * Words that companies everywhere take for their names (Golden, Star, Royal, Smart, United, Gulf,
 * Noor): two companies named with them are usually two companies, as two John Smiths are two
 * people. Rarity within the lists cannot tell this (a listed GOLDEN INTERNATIONAL may be the list's
 * only Golden, while thousands of companies carry the word), so an organisation match supported by
 * such words and organisation words only needs more evidence when the listed name says more (see
 * the screening scorer's commonNameSupport). Written for the project from everyday company naming in
 * English and in the Latin spelling of Arabic, Russian, Persian and Chinese: places and directions, colours and metals, the sky,
 * praise, and the abstract words of trade.
 */
const COMMON_BUSINESS_WORDS: ReadonlySet<string> = new Set([
  // Places and directions
  'east', 'west', 'north', 'south', 'eastern', 'western', 'northern', 'southern', 'central', 'middle', 'orient', 'oriental',
  'pacific', 'atlantic', 'asia', 'asian', 'euro', 'europe', 'european', 'africa', 'african', 'america', 'american', 'arab',
  'arabian', 'gulf', 'world', 'worldwide', 'national', 'continental', 'metro', 'city', 'ocean', 'sea', 'river', 'valley',
  'mountain', 'island', 'coast', 'bay',
  // Seas and regions that name companies around them (Baltic Trading, Caspian Shipping, Nord Service)
  'baltic', 'caspian', 'nordic', 'nord', 'mediterranean', 'arctic', 'balkan', 'eurasia', 'eurasian',
  // Praise and rank
  'best', 'top', 'prime', 'premier', 'premium', 'first', 'great', 'grand', 'royal', 'imperial', 'elite', 'excel', 'excellent',
  'perfect', 'super', 'supreme', 'ultra', 'mega', 'pro', 'plus', 'ideal', 'superior', 'quality', 'standard', 'classic', 'master',
  'leader', 'leading', 'noble', 'crown', 'king', 'queen', 'ace',
  // Colours, metals and stones
  'golden', 'gold', 'silver', 'diamond', 'crystal', 'pearl', 'platinum', 'green', 'blue', 'red', 'white', 'black', 'orange',
  // Sky, nature and animals
  'star', 'stars', 'sun', 'sunrise', 'sunshine', 'moon', 'sky', 'rainbow', 'horizon', 'nova', 'galaxy', 'planet', 'earth',
  'eagle', 'falcon', 'lion', 'tiger', 'dragon', 'phoenix', 'rose', 'lotus', 'palm', 'cedar', 'oasis',
  // Stars, constellations and figures of myth that companies everywhere are named for
  'orion', 'atlas', 'titan', 'vega', 'sirius', 'polaris', 'apollo', 'pegasus', 'mercury', 'zeus', 'olympus', 'neptune',
  // Abstract words of trade
  'modern', 'smart', 'future', 'vision', 'hope', 'unity', 'union', 'alliance', 'progress', 'victory', 'pioneer', 'frontier',
  'dynamic', 'creative', 'digital', 'innovative', 'innovation', 'infinity', 'unique', 'universal', 'trust', 'link', 'fortune',
  'success', 'harmony', 'peace', 'express', 'rapid', 'power', 'capital', 'solutions', 'partners', 'alpha', 'beta', 'gamma',
  'sigma', 'omega', 'apex', 'summit', 'peak', 'zenith', 'liberty', 'freedom', 'focus', 'target', 'concept',
  // Arabic words in company names (light, hope, peace, blessing, trust, dawn, crescent, victory, goodness)
  'noor', 'nour', 'nur', 'amal', 'salam', 'baraka', 'barakat', 'amana', 'fajr', 'hilal', 'nasr', 'khair', 'khayr', 'kheir',
  // Russian words in company names, as transliterated: north, east, west, south in their genders,
  // new, golden, star, dawn
  'severny', 'severnyi', 'severnyy', 'severnaya', 'severnoye', 'severnoe', 'vostok', 'vostochny', 'vostochnyi', 'vostochnaya',
  'zapad', 'zapadny', 'zapadnyi', 'zapadnaya', 'yug', 'yuzhny', 'yuzhnyi', 'yuzhnaya', 'novy', 'novyi', 'novyy', 'novaya',
  'novoye', 'novoe', 'zolotoy', 'zolotoi', 'zolotaya', 'zvezda', 'rassvet', 'zarya',
  // Persian words in company names: Persia (Pars) and its adjective, new, Aryan, dynamic, sky, best, pioneer
  'pars', 'parsian', 'novin', 'aria', 'arya', 'arian', 'aryan', 'pooya', 'pouya', 'sepehr', 'behin', 'pishgam', 'pishro',
  // Chinese words in company names, in pinyin: the East, China (Zhonghua, Huaxia)
  'dongfang', 'zhonghua', 'huaxia',
]);

/**
 * Whether a token says little of which organisation is meant: one of the words above, or an
 * organisation word, legal form or other token of low prior (Trading, Group, International).
 */
export function isGenericOrganisationWord(token: string): boolean {
  return COMMON_BUSINESS_WORDS.has(token) || knownWordPrior(token) < 1;
}
