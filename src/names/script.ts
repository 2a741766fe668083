import type { Script } from '../model/list-entry.js';

const SCRIPT_TESTS: ReadonlyArray<[Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
];

const EXTENSION_TESTS: ReadonlyArray<[Script, RegExp]> = SCRIPT_TESTS.map(([script, test]) => [
  script,
  new RegExp(test.source.replace(/Script=/g, 'Script_Extensions='), 'u'),
]);

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_LETTER = /[A-Za-z]/;

const SHARED_LETTER = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** Script of one character ('unknown' for digits, punctuation and spaces). */
export function scriptOfChar(ch: string): Script {
  if (!/\p{L}/u.test(ch)) return 'unknown';
  for (const [script, test] of SCRIPT_TESTS) if (test.test(ch)) return script;
  // Letters shared by scripts, such as the Arabic tatweel, belong to the script they extend.
  if (SHARED_LETTER.test(ch)) {
    for (const [script, test] of EXTENSION_TESTS) if (test.test(ch)) return script;
    return 'unknown';
  }
  return 'other';
}

/** The script of a whole string: the one script its letters use, 'mixed' for several, 'unknown' for none. */
export function detectScript(value: string): Script {
  // Most listed names are plain ASCII; answer those without per-character Unicode property tests.
  if (ASCII_ONLY.test(value)) return ASCII_LETTER.test(value) ? 'latin' : 'unknown';
  let found: Script | undefined;
  for (const ch of value) {
    const s = scriptOfChar(ch);
    if (s === 'unknown') continue;
    // Han and kana together are ordinary Japanese; treat as kana so they are not "mixed".
    if (found === undefined) found = s;
    else if (found !== s) {
      if ((found === 'han' && s === 'kana') || (found === 'kana' && s === 'han')) found = 'kana';
      else return 'mixed';
    }
  }
  return found ?? 'unknown';
}
