import type { Script } from '../model/list-entry.js';
import { charScript } from './char-script.js';

/** A run of normalised text in one script: a word, or a stretch of consecutive words of one script. */
export interface Segment {
  script: Script;
  words: string[];
}

const SHARED_CJK = /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}\p{scx=Hangul}]/u;

/**
 * Splits a word where its script changes ('中兴zte' → 中兴 + zte). Marks and other script-less
 * characters stay with the run they follow, digits with Latin runs only; Han and kana stay together (Japanese).
 */
export function splitWordByScript(word: string): Array<{ script: Script; text: string }> {
  // Most words are lowercase ASCII letters and digits: one run, Latin when it has a letter (digits join it).
  const plain = plainAsciiScript(word);
  if (plain !== undefined) return [{ script: plain, text: word }];
  const runs: Array<{ script: Script; text: string }> = [];
  for (const ch of word) {
    let script = charScript(ch);
    const last = runs.at(-1);
    // The kana length mark and iteration marks belong to Common script but only occur inside Japanese words.
    if (script === 'other' && SHARED_CJK.test(ch)) script = 'unknown';
    // Digits after letters of another script are romanised by nobody but themselves (中兴2000).
    const digitAfterNonLatin = /\d/u.test(ch) && last !== undefined && last.script !== 'latin' && last.script !== 'unknown';
    if (script === 'unknown' && !digitAfterNonLatin) script = last?.script ?? 'unknown';
    const openRun = last?.script === 'unknown' && (script === 'latin' || !/\d/u.test(last.text));
    if (last && (last.script === script || openRun || isJapanesePair(last.script, script))) {
      last.text += ch;
      if (last.script === 'unknown' || script === 'kana') last.script = script;
    } else runs.push({ script, text: ch });
  }
  return runs;
}

/** 'latin' or 'unknown' (digits only) for a non-empty word of lowercase ASCII letters and digits; undefined for any other word. */
function plainAsciiScript(word: string): Script | undefined {
  if (word.length === 0) return undefined;
  let letters = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) letters = true;
    else if (code < 0x30 || code > 0x39) return undefined;
  }
  return letters ? 'latin' : 'unknown';
}

function isJapanesePair(a: Script, b: Script): boolean {
  return (a === 'kana' && b === 'han') || (a === 'han' && b === 'kana');
}

/** Groups normalised words into runs of one script, so each run can be romanised as a whole. */
export function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let last: Segment | undefined;
  // Words cut out by indexOf rather than split: split costs a call into the runtime, and every
  // rendering of every name comes here.
  for (let start = 0, end = 0; end >= 0; start = end + 1) {
    end = text.indexOf(' ', start);
    const word = end < 0 ? text.slice(start) : text.slice(start, end);
    if (word === '') continue;
    // Most words are plain ASCII (see plainAsciiScript): one run, filed without building it.
    const plain = plainAsciiScript(word);
    if (plain !== undefined) {
      if (last !== undefined && last.script === plain) last.words.push(word);
      else segments.push((last = { script: plain, words: [word] }));
      continue;
    }
    for (const run of splitWordByScript(word)) {
      if (last !== undefined && last.script === run.script) last.words.push(run.text);
      else segments.push((last = { script: run.script, words: [run.text] }));
    }
  }
  return segments;
}
