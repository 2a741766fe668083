import type { Script } from '../model/list-entry.js';
import { detectScript, scriptOfChar } from './script.js';

// Names are mostly ASCII and repeat the same few hundred other characters, while scriptOfChar runs
// up to a dozen Unicode regexes per call: a cache makes script detection nearly free.
const cache = new Map<string, Script>();
const CACHE_LIMIT = 50_000;

/** scriptOfChar with an ASCII fast path and a cache. */
export function charScript(ch: string): Script {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 'latin' : 'unknown';
  let script = cache.get(ch);
  if (script === undefined) {
    script = scriptOfChar(ch);
    if (cache.size < CACHE_LIMIT) cache.set(ch, script);
  }
  return script;
}

/** detectScript of the texts of one ASCII letter or none (see textScript), by that letter. */
const asciiScripts = new Map<string, Script>();

/** detectScript of a text, computed on its distinct non-ASCII characters (the result depends only on which scripts occur). */
export function textScript(text: string): Script {
  // Most names are ASCII: their script is that of their first letter, or of none, known after the first ask.
  let first = '';
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) break;
    if (first === '' && ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a))) first = text[i]!;
  }
  if (i === text.length) {
    let script = asciiScripts.get(first);
    if (script === undefined) {
      script = detectScript(first);
      asciiScripts.set(first, script);
    }
    return script;
  }
  let ascii = '';
  const others = new Set<string>();
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      if (ascii === '' && charScript(ch) === 'latin') ascii = ch;
    } else others.add(ch);
  }
  return detectScript(ascii + [...others].join(''));
}
