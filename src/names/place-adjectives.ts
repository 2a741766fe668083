import { canonicalToken } from './canonical.js';
import { isGivenName } from './common-names.js';
import { knownWordPrior } from './stopwords.js';

/**
 * Russian (and Polish) company names name a place by its adjective, made with -sk- and an adjective
 * ending (Kirov, Kirovskiy Zavod; Izhora, Izhorskiye Zavody; Rybinsk, Rybinskaya Verf; Balashikha,
 * Balashikhinskiy; Gdańsk, Gdanski; Zlatoust, Zlatoustovskiy), where their English names write the
 * place (Kirov Plant, Izhora Plants, Rybinsk Shipyard, Zlatoust Machine-Building Plant). Facts of
 * Russian word formation, the endings as the usual transliterations (BGN, ICAO, the press, German and
 * Polish j) spell them.
 */

/** Adjective endings after -sk-: masculine, feminine, neuter and plural, and the Polish -ski, -ska. */
const ADJECTIVE_ENDINGS: readonly string[] = [
  'iy', 'ii', 'y', 'i', 'ij', 'yi', 'yy', 'yj',
  'aya', 'aia', 'aja', 'a',
  'oye', 'oe', 'oje',
  'iye', 'ie', 'ije',
  'oy', 'oi', 'oj',
];

/** A place name's own final vowel, which the adjective drops (Izhora, Izhorskiye; Tula, Tulskiy). */
const FINAL_VOWEL = /[aoe]$/u;

/**
 * Shorter stems are syllables and English words (Pol-ski, Polo; Tom-sk), which would meet every
 * adjective that opens with them.
 */
const MIN_STEM = 4;

/**
 * The spellings a token may have as the place or as its adjective: the place names of an adjective
 * (Kirovskiy: kirov, kirovsk, kirova) and the adjectives of a place (Kirov: kirovskiy, kirovskaya, ...;
 * Rybinsk: rybinskaya; Balashikha: balashikhinskiy). Candidates to look up, not all of them words.
 */
export function placeAdjectiveForms(token: string): string[] {
  return placesOfAdjective(token) ?? adjectivesOf(token);
}

/** The places an adjective may name (Kirovskiy: kirov, kirovsk, kirova), undefined for a word that is no adjective. */
export function placesOfAdjective(token: string): string[] | undefined {
  const stem = adjectiveStem(token);
  return stem === undefined ? undefined : placesOf(stem);
}

/** The token without its adjective ending, up to and with its -sk (kirovsk), or undefined. */
function adjectiveStem(token: string): string | undefined {
  for (const ending of ADJECTIVE_ENDINGS) {
    const at = token.length - ending.length - 2;
    if (at >= MIN_STEM && token.endsWith(ending) && token.startsWith('sk', at)) return token.slice(0, at + 2);
  }
  return undefined;
}

/**
 * Russian й after a vowel and before a consonant, which transliterations write y or i (Taymyr, Taimyr;
 * Baykal, Baikal; Aykhal, Aikhal): a place is looked up in both spellings.
 */
const SHORT_I = /(?<=[aeou])[yi](?=[^aeiouy])/gu;

/** The place in the other spelling of its й (Taymyr: taimyr), or undefined when it has none. */
export function shortIRespelled(place: string): string | undefined {
  if (!place.includes('y') && !place.includes('i')) return undefined;
  const respelled = place.replace(SHORT_I, (letter) => (letter === 'y' ? 'i' : 'y'));
  return respelled === place ? undefined : respelled;
}

function placesOf(stem: string): string[] {
  const base = stem.slice(0, -2);
  const out = [base, stem, `${base}a`];
  // -insk- joins the ending to a place in -a after a consonant (Balashikha, Balashikhinskiy).
  if (base.endsWith('in') && base.length - 2 >= MIN_STEM) out.push(`${base.slice(0, -2)}a`);
  const linked = placeBeforeLink(base);
  if (linked !== undefined) out.push(linked);
  return withShortIRespelled(out);
}

/** The places with each one's other spelling of й beside it (see shortIRespelled). */
function withShortIRespelled<T extends string[] | Set<string>>(places: T): T {
  const respelled: string[] = [];
  for (const place of places) {
    const other = shortIRespelled(place);
    if (other !== undefined) respelled.push(other);
  }
  if (Array.isArray(places)) places.push(...respelled);
  else for (const other of respelled) places.add(other);
  return places;
}

/** Two consonants closing a place's name, which a link parts from the -sk- (Zlatoust, Dnepr, Kerch). */
const CLOSING_CLUSTER = /[^aeiouy][^aeiouy]$/u;

/**
 * The links Russian puts between a place ending in two consonants (or a hushing ch, zh, sh) and -sk-:
 * -ov-, -ev- after a soft one, and -en- (Zlatoust, Zlatoustovskiy; Dnepr, Dneprovskiy; Kerch,
 * Kerchenskiy; Grodno, Grodnenskiy).
 */
const LINKS: readonly string[] = ['ov', 'ev', 'en'];

/**
 * The place an adjective's stem names through one of the LINKS between the place and -sk-, or
 * undefined. A stem that is a given name or a company word made the adjective some other way
 * (Petrovskiy from Petrov, Bankovskiy from bank, banking): those are no place.
 */
function placeBeforeLink(base: string): string | undefined {
  if (!LINKS.some((link) => base.endsWith(link))) return undefined;
  const place = base.slice(0, -2);
  return linksToAdjective(place) ? place : undefined;
}

/** Whether a place takes its adjective through -ov- or -ev- (Zlatoust), by the test placeBeforeLink makes. */
function linksToAdjective(place: string): boolean {
  return place.length >= MIN_STEM && CLOSING_CLUSTER.test(place) && !place.endsWith('sk') && isPlainWord(place);
}

function isPlainWord(token: string): boolean {
  return !isGivenName(token) && knownWordPrior(token) === 1 && canonicalToken(token) === token;
}

const LOWER_LATIN = /^[a-z]+$/u;

function adjectivesOf(place: string): string[] {
  if (place.length < MIN_STEM || !LOWER_LATIN.test(place)) return [];
  const respelled = shortIRespelled(place);
  const adjectives = adjectivesOfSpelling(place);
  return respelled === undefined ? adjectives : [...adjectives, ...adjectivesOfSpelling(respelled)];
}

function adjectivesOfSpelling(place: string): string[] {
  const stems = place.endsWith('sk') ? [place] : [`${place}sk`];
  if (linksToAdjective(place)) for (const link of LINKS) stems.push(`${place}${link}sk`);
  if (FINAL_VOWEL.test(place) && place.length - 1 >= MIN_STEM) {
    const base = place.slice(0, -1);
    stems.push(`${base}sk`);
    if (place.endsWith('a')) stems.push(`${base}insk`);
  }
  return stems.flatMap((stem) => ADJECTIVE_ENDINGS.map((ending) => stem + ending));
}

/**
 * The places whose adjectives (as placeAdjectiveForms spells them for a place) include this word: the
 * inverse of that spelling, so that a list's adjectives can be filed under their places once, and a
 * query word, which is seldom a place, costs one lookup instead of some sixty spellings.
 */
export function placesNamedBy(adjective: string): string[] {
  if (!LOWER_LATIN.test(adjective)) return [];
  const places = new Set<string>();
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!adjective.endsWith(ending)) continue;
    const stem = adjective.slice(0, -ending.length);
    if (!stem.endsWith('sk')) continue;
    const base = stem.slice(0, -2);
    // A place ending in -sk is its own stem (Rybinsk, Rybinskaya); another takes -sk (Kirov, Kirovskiy).
    if (stem.length >= MIN_STEM) places.add(stem);
    if (base.length >= MIN_STEM && !base.endsWith('sk')) places.add(base);
    // A final vowel dropped before -sk (Izhora, Izhorskiye), or -a before -insk (Balashikha, Balashikhinskiy).
    if (base.length >= MIN_STEM) for (const vowel of 'aoe') places.add(base + vowel);
    if (stem.endsWith('insk') && stem.length - 4 >= MIN_STEM) places.add(`${stem.slice(0, -4)}a`);
    const linked = placeBeforeLink(base);
    if (linked !== undefined) places.add(linked);
  }
  return [...withShortIRespelled(places)];
}
