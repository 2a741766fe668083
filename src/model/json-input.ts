/**
 * JSON as the user typed it: `JSON.parse`, except that a number too large for a double (1e400, which
 * JSON.parse turns into Infinity and JSON.stringify into null) is kept as the text it was typed as. The
 * amount parser (numbers.ts) reads such text and refuses it, showing it as typed, instead of a message
 * about "null" or "Infinity".
 */

/** Strings (skipped whole, so that digits inside them are left alone) and number literals. */
const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

export function parseJsonInput(text: string): unknown {
  const quoted = text.replace(TOKENS, (token) => (token.startsWith('"') || Number.isFinite(Number(token)) ? token : JSON.stringify(token)));
  return JSON.parse(quoted) as unknown;
}
