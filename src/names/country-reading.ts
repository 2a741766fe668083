/** Country names in organisation names read one way whatever form they are written in (see country-forms.ts). */
import { COUNTRY_FORMS } from './country-forms.js';

interface CountryForm {
  tokens: readonly string[];
  reading: readonly string[];
}

let byFirstToken: ReadonlyMap<string, readonly CountryForm[]> | undefined;

/** The forms by their first token, longest first: 'democratic peoples republic of korea' before 'republic of korea'. */
function formsByFirstToken(): ReadonlyMap<string, readonly CountryForm[]> {
  if (byFirstToken !== undefined) return byFirstToken;
  const map = new Map<string, CountryForm[]>();
  for (const [reading, forms] of Object.entries(COUNTRY_FORMS)) {
    for (const form of forms) {
      const tokens = form.split(' ');
      const list = map.get(tokens[0]!) ?? [];
      list.push({ tokens, reading: reading.split(' ') });
      map.set(tokens[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  byFirstToken = map;
  return map;
}

/** Words of country names written short (Islamic Rep. of Iran, Russian Fed.), read as the word. */
const SHORT_WORDS: ReadonlyMap<string, string> = new Map([
  ['rep', 'republic'], ['repub', 'republic'], ['dem', 'democratic'], ['fed', 'federation'], ['utd', 'united'],
]);

function spelledAt(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  return words.every((word, k) => {
    const token = tokens[at + k];
    return token === word || (token !== undefined && SHORT_WORDS.get(token) === word);
  });
}

function formAt(tokens: readonly string[], at: number): CountryForm | undefined {
  const first = tokens[at]!;
  const forms = formsByFirstToken().get(SHORT_WORDS.get(first) ?? first);
  return forms?.find((form) => spelledAt(tokens, at, form.tokens));
}

/** The tokens with each country form read as its country (dprk → dprk korea), or undefined when there is none. */
export function withCountryReadings(tokens: readonly string[]): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; ) {
    const form = formAt(tokens, i);
    // Most names name no country: their tokens are copied only once one does. A reading already
    // written (dprk korea) is no form to read again.
    if (form === undefined || spelledAt(tokens, i, form.reading)) {
      const length = form === undefined ? 1 : form.reading.length;
      for (let k = 0; k < length; k++) out?.push(tokens[i + k]!);
      i += length;
      continue;
    }
    out ??= tokens.slice(0, i);
    for (const t of form.reading) out.push(t);
    i += form.tokens.length;
  }
  return out;
}
