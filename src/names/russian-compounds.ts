import { lookup } from './lookup.js';
import { RUSSIAN_ORG_TERMS, withAdjectiveEndings } from './russian-org-terms.js';

/**
 * Russian company words that English names translate by two words (Dalnevostochnyy Zavod Zvezda, Far
 * Eastern Plant Zvezda; Neftegazovaya Kompaniya, Oil and Gas Company; Mashinostroitelnyy Zavod,
 * Machine-Building Plant): one token against two, which no spelling of the one meets, so the
 * Russian word is read as the English words. Written for the project from knowledge of Russian; each
 * adjective in all the spellings of its endings (see withAdjectiveEndings).
 */
const TWO_WORD_TERMS: Readonly<Record<string, string>> = withAdjectiveEndings({
  // дальневосточный, far eastern
  dalnevostochnaya: 'far eastern', dalnevostochnaia: 'far eastern',
  // нефтегазовый, oil and gas
  neftegazovaya: 'oil gas', neftegazovaia: 'oil gas',
  // машиностроительный, machine-building
  mashinostroitelnaya: 'machine building', mashinostroitelnaia: 'machine building',
  // внешнеэкономический, foreign economic (Vneshneekonomicheskaya Deyatelnost, foreign economic activity)
  vneshneekonomicheskaya: 'foreign economic', vneshneekonomicheskaia: 'foreign economic',
  // судоремонтный, ship repair (Sudoremontnyy Zavod, Ship Repair Plant)
  sudoremontnaya: 'ship repair', sudoremontnaia: 'ship repair',
  // хладокомбинат, cold storage plant (refrigeration plant): khlado-, cold, and kombinat, plant
  // (Khomyakovskiy Khladokombinat, Khomyakovsky Cold Storage Plant)
  // радиотехнический, radio engineering (Khabarovskiy Radiotekhnicheskiy Zavod, Khabarovsk Radio
  // Engineering Plant), and the English calque radiotechnical that translations also print
  radiotekhnicheskaya: 'radio engineering', radiotekhnicheskaia: 'radio engineering', radiotechnical: 'radio engineering',
  khladokombinat: 'cold storage plant', khladokombinata: 'cold storage plant', hladokombinat: 'cold storage plant',
  // Minfin, Minoborony, Minpromtorg, Minekonomrazvitiya, Minyust: the syllabic abbreviations Russian
  // uses for its ministries (Minfin Rossii, Ministry of Finance of the Russian Federation). MID, the
  // foreign ministry, is left out: three letters meet other names' initials.
  minfin: 'ministry finance', minoborony: 'ministry defense', minpromtorg: 'ministry industry trade',
  minekonomrazvitiya: 'ministry economic development', minyust: 'ministry justice', miniust: 'ministry justice',
});

/**
 * Russian two-word terms that English names translate by one word (Rossiyskiye Zheleznye Dorogi,
 * Russian Railways: железная дорога, the "iron road", is a railway): the adjective in all the
 * spellings of its endings, then the noun in its cases and numbers. Written for the project from
 * knowledge of Russian.
 */
const PHRASE_NOUNS: Readonly<Record<string, string>> = withAdjectiveEndings({ zheleznaya: 'dorog', zheleznaia: 'dorog' });
const PHRASE_READINGS: Readonly<Record<string, string>> = { dorog: 'railway' };
/** The endings of the noun after the adjective (doroga, dorogi, dorog, dorogu, dorogoy, dorogam, dorogakh). */
const NOUN_ENDING = /^(?:a|i|u|e|oy|oi|oj|am|ami|akh|)$/u;

/** The one English word a Russian adjective and the noun after it stand for (zheleznye dorogi, railway), or undefined. */
export function russianPhraseReading(token: string, next: string | undefined): string | undefined {
  if (next === undefined) return undefined;
  const noun = lookup(PHRASE_NOUNS, token);
  if (noun === undefined || !next.startsWith(noun) || !NOUN_ENDING.test(next.slice(noun.length))) return undefined;
  return PHRASE_READINGS[noun];
}

/**
 * Novo-, new, compounds with the next word in Russian names (Novotrubnyy Zavod, New Pipe Plant;
 * Novye is the separate word). Only with a company word of RUSSIAN_ORG_TERMS after it: the
 * towns named Novo- (Novosibirsk, Novorossiysk, Novomoskovsk) are no new anything.
 */
const NOVO = 'novo';
/** Shorter rests are syllables, not the words of the table (see MIN_ADJECTIVE_STEM). */
const MIN_REST = 5;

/** The English words a Russian company word written as one stands for, or undefined (most tokens). */
export function russianCompoundReading(token: string): readonly string[] | undefined {
  const two = lookup(TWO_WORD_TERMS, token);
  if (two !== undefined) return two.split(' ');
  if (token.length >= NOVO.length + MIN_REST && token.startsWith(NOVO)) {
    const rest = token.slice(NOVO.length);
    if (lookup(RUSSIAN_ORG_TERMS, rest) !== undefined) return ['new', rest];
  }
  return undefined;
}
