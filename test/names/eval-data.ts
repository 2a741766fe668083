import { readFileSync } from 'node:fs';
import { analyzeName, canonicalToken, phoneticKey, tokenPrior } from '../../src/names/index.js';
import type { EntryKind } from '../../src/model/list-entry.js';
import { dataPath } from '../helpers/data.js';

/** Rows of arabic-english-names.tsv: an Arabic-script name and its English romanization. */
export function arabicEnglishNames(): Array<{ arabic: string; english: string }> {
  const text = readFileSync(dataPath('eval', 'transliteration', 'arabic-english-names.tsv'), 'utf8');
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols): cols is [string, string] => cols.length >= 2 && cols[0] !== '' && cols[1] !== '')
    .map(([arabic, english]) => ({ arabic, english }));
}

/** Pairs of cross-script-pairs.csv (comment and blank lines skipped). */
export function crossScriptPairs(): Array<{ query: string; expected: string }> {
  const text = readFileSync(dataPath('eval', 'screening', 'cross-script-pairs.csv'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split(','))
    .map(([query, expected]) => ({ query: query ?? '', expected: expected ?? '' }));
}

/** The names of putin-names.txt, one a line. */
export function putinNames(): string[] {
  const text = readFileSync(dataPath('eval', 'screening', 'putin-names.txt'), 'utf8');
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
}

function tokenKeys(token: string): string[] {
  const canonical = canonicalToken(token);
  return [canonical, `~${phoneticKey(canonical)}`, `~${phoneticKey(token)}`];
}

function tokensAgree(a: string, b: string): boolean {
  const keysB = tokenKeys(b);
  return tokenKeys(a).some((k) => keysB.includes(k));
}

/**
 * True when every informative token of the shorter rendering has a counterpart in the longer one
 * (same canonical form or same phonetic key), or the two renderings written as one word have the
 * same phonetic key (Abdullah / abd allah). This is the evaluation's notion of "the same name",
 * deliberately simpler than the screening scorer's.
 */
export function renderingsAgree(a: readonly string[], b: readonly string[]): boolean {
  if (phoneticKey(a.join('')) === phoneticKey(b.join('')) && a.length > 0) return true;
  const informative = (ts: readonly string[]) => ts.filter((t) => tokenPrior(canonicalToken(t)) >= 0.5);
  const [short, long] = informative(a).length <= informative(b).length ? [informative(a), b] : [informative(b), a];
  return short.length > 0 && short.every((t) => long.some((u) => tokensAgree(t, u)));
}

/** True when some variant of one name agrees with some variant of the other. */
export function namesAgree(a: string, b: string, kind: EntryKind = 'unknown'): boolean {
  const va = analyzeName(a, kind).variants;
  const vb = analyzeName(b, kind).variants;
  return va.some((x) => vb.some((y) => renderingsAgree(x.tokens, y.tokens)));
}

/**
 * UN consolidated-list records that publish their name in the original script: that name, the Latin
 * name parts joined, and the kind. Read with a pattern, not a parser: only three fields are needed.
 */
export function unOriginalScriptNames(): Array<{ original: string; latin: string; kind: 'person' | 'organization' }> {
  const xml = readFileSync(dataPath('lists', 'un', '2026-02-27', 'consolidated.xml'), 'utf8');
  const field = (block: string, tag: string) => (new RegExp(`<${tag}>([^<]*)</${tag}>`, 'u').exec(block)?.[1] ?? '').trim();
  const out: Array<{ original: string; latin: string; kind: 'person' | 'organization' }> = [];
  for (const match of xml.matchAll(/<(INDIVIDUAL|ENTITY)>([\s\S]*?)<\/\1>/gu)) {
    const block = match[2] ?? '';
    const original = field(block, 'NAME_ORIGINAL_SCRIPT').replace(/\s+/gu, ' ');
    if (original === '') continue;
    const latin = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((t) => field(block, t)).filter((p) => p !== '').join(' ');
    out.push({ original, latin, kind: match[1] === 'INDIVIDUAL' ? 'person' : 'organization' });
  }
  return out;
}
