/**
 * Russian (and Polish) company names name a place by its adjective, made with -sk- and an adjective
 * ending (Kirov, Kirovskiy Zavod; Izhora, Izhorskiye Zavody; Rybinsk, Rybinskaya Verf; Balashikha,
 * Balashikhinskiy; Gdańsk, Gdanski), where their English names write the place (Kirov Plant, Izhora
 * Plants, Rybinsk Shipyard). Facts of Russian word formation, the endings as the usual
 * transliterations (BGN, ICAO, the press, German and Polish j) spell them.
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
  const stem = adjectiveStem(token);
  return stem !== undefined ? placesOf(stem) : adjectivesOf(token);
}

/** The token without its adjective ending, up to and with its -sk (kirovsk), or undefined. */
function adjectiveStem(token: string): string | undefined {
  for (const ending of ADJECTIVE_ENDINGS) {
    const at = token.length - ending.length - 2;
    if (at >= MIN_STEM && token.endsWith(ending) && token.startsWith('sk', at)) return token.slice(0, at + 2);
  }
  return undefined;
}

function placesOf(stem: string): string[] {
  const base = stem.slice(0, -2);
  const out = [base, stem, `${base}a`];
  // -insk- joins the ending to a place in -a after a consonant (Balashikha, Balashikhinskiy).
  if (base.endsWith('in') && base.length - 2 >= MIN_STEM) out.push(`${base.slice(0, -2)}a`);
  return out;
}

function adjectivesOf(place: string): string[] {
  if (place.length < MIN_STEM || !/^[a-z]+$/u.test(place)) return [];
  const stems = place.endsWith('sk') ? [place] : [`${place}sk`];
  if (FINAL_VOWEL.test(place) && place.length - 1 >= MIN_STEM) {
    const base = place.slice(0, -1);
    stems.push(`${base}sk`);
    if (place.endsWith('a')) stems.push(`${base}insk`);
  }
  return stems.flatMap((stem) => ADJECTIVE_ENDINGS.map((ending) => stem + ending));
}
