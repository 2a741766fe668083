/**
 * Numbers written out and digits written for letters: 'Brigade Forty-Four' is 'Brigade 44',
 * 'Three Percenters' is '3 Percenters', and 'Ig0r Sech1n' is Igor Sechin with look-alike digits.
 * Both give an extra variant; the name as written is kept.
 */
import { lookup } from './lookup.js';

/** Number words below a hundred, with the common misspelling 'fourty', and the Spanish hundred. */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  // Spanish; uno, una, dos and once left out, being also an article, a particle and an English word.
  tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, quince: 15, cien: 100, ciento: 100,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  // Spanish, whose companies' names spell numbers out as often as English ones (Cien Anos, 100 Anos).
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};

/**
 * Runs of number words as one number in digits ('forty four' → '44', 'forty 4' → '44',
 * 'one hundred' → '100'). Undefined when the tokens hold no number word.
 */
/** The words of UNITS and TENS, for the test every name goes through: a Set reads a run-time string faster than an object does. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);

/** A loop, not some() with a callback: every name asks. */
function holdsNumberWord(tokens: readonly string[]): boolean {
  for (const t of tokens) if (NUMBER_WORDS.has(t)) return true;
  return false;
}

export function numberWordsAsDigits(tokens: readonly string[]): string[] | undefined {
  if (!holdsNumberWord(tokens)) return undefined;
  const out: string[] = [];
  let changed = false;
  let value = -1;
  let lastWasTens = false;
  const flush = () => {
    if (value >= 0) out.push(String(value));
    value = -1;
    lastWasTens = false;
  };
  for (const token of tokens) {
    const unit = lookup(UNITS, token);
    const tens = lookup(TENS, token);
    const digit = /^[1-9]$/u.test(token) && lastWasTens ? Number(token) : undefined;
    if (tens !== undefined) {
      if (value >= 0 && value % 100 !== 0) flush();
      value = (value < 0 ? 0 : value) + tens;
      lastWasTens = true;
      changed = true;
    } else if (unit !== undefined || digit !== undefined) {
      const n = (unit ?? digit)!;
      if (value >= 0 && !lastWasTens && value % 100 !== 0) flush();
      value = (value < 0 ? 0 : value) + n;
      lastWasTens = false;
      if (unit !== undefined) changed = true;
    } else if (token === 'hundred' && value > 0 && value < 10) {
      value *= 100;
      lastWasTens = false;
      changed = true;
    } else {
      flush();
      out.push(token);
    }
  }
  flush();
  return changed ? out : undefined;
}

/** Digits that stand for the letters they look like, in names typed to dodge a filter. */
const LOOK_ALIKE: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b', 9: 'g' };

/** Whether a token has a digit: names seldom do, and every name asks. */
function holdsDigit(tokens: readonly string[]): boolean {
  for (const t of tokens) for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x30 && t.charCodeAt(i) <= 0x39) return true;
  return false;
}

/**
 * Tokens of letters with a few digits among them read with the digits as letters ('ig0r' → 'igor',
 * 'sech1n' → 'sechin'). Tokens of digits only, or mostly digits (a model number), stay as they are.
 * Undefined when no token changes.
 */
export function digitsAsLetters(tokens: readonly string[]): string[] | undefined {
  if (!holdsDigit(tokens)) return undefined;
  let changed = false;
  const out = tokens.map((token) => {
    const digits = token.replace(/[^0-9]/gu, '').length;
    if (digits === 0 || digits * 2 > token.length || !/[a-z]/u.test(token)) return token;
    const letters = Array.from(token, (ch) => lookup(LOOK_ALIKE, ch) ?? ch).join('');
    if (/[0-9]/u.test(letters)) return token;
    changed = true;
    return letters;
  });
  return changed ? out : undefined;
}

/**
 * Words and abbreviations that say 'number' before one: English No., Number; German Nr.; French,
 * Spanish, Italian and Portuguese N°, Num., Numero, Nro. A body's number is written with one or
 * without (China Electronics Technology Group Corporation No. 58 Institute, ... 58 Research Institute).
 */
const NUMBER_SIGNS: ReadonlySet<string> = new Set(['no', 'nr', 'number', 'num', 'numero', 'nro']);

/** The tokens without a number sign that stands before a number in digits ('no 58' → '58'); undefined when none does. */
export function withoutNumberSigns(tokens: readonly string[]): string[] | undefined {
  if (!holdsDigit(tokens)) return undefined;
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i + 1 < tokens.length && NUMBER_SIGNS.has(token) && /^\d+$/u.test(tokens[i + 1]!)) out ??= tokens.slice(0, i);
    else out?.push(token);
  }
  return out;
}
