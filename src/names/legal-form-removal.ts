import { CJK_FORMS, CYRILLIC_FORMS, EDGE_ONLY_FORMS, SHORT_FORMS, UNAMBIGUOUS_FORMS } from './legal-forms.js';

export interface LegalFormResult {
  tokens: string[];
  removed: string[];
}

function toSequences(forms: readonly string[]): string[][] {
  // Longest first, so 'co ltd' is taken whole rather than as 'co' and 'ltd'.
  return [...new Set(forms)].map((f) => f.split(' ')).sort((a, b) => b.length - a.length);
}

const ANYWHERE = toSequences([...UNAMBIGUOUS_FORMS, ...CYRILLIC_FORMS]);
const EDGES = toSequences([...UNAMBIGUOUS_FORMS, ...CYRILLIC_FORMS, ...EDGE_ONLY_FORMS]);
const SHORT_EDGES = toSequences([...UNAMBIGUOUS_FORMS, ...CYRILLIC_FORMS, ...EDGE_ONLY_FORMS, ...SHORT_FORMS]);

/** Forms indexed by one of their tokens, so that a name is only compared with forms that can match it. */
function indexBy(forms: string[][], pick: (form: string[]) => string): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const form of forms) {
    const key = pick(form);
    const list = index.get(key) ?? [];
    list.push(form);
    index.set(key, list);
  }
  return index;
}
const EDGES_BY_FIRST = indexBy(EDGES, (f) => f[0] ?? '');
const EDGES_BY_LAST = indexBy(EDGES, (f) => f.at(-1) ?? '');
const SHORT_EDGES_BY_FIRST = indexBy(SHORT_EDGES, (f) => f[0] ?? '');
const SHORT_EDGES_BY_LAST = indexBy(SHORT_EDGES, (f) => f.at(-1) ?? '');
const ANYWHERE_BY_FIRST = indexBy(ANYWHERE, (f) => f[0] ?? '');
const NO_FORMS: string[][] = [];

const SINGLE_TOKEN_FORMS: ReadonlySet<string> = new Set(SHORT_EDGES.filter((f) => f.length === 1).map((f) => f[0] as string));

function matchesAt(tokens: readonly string[], at: number, form: readonly string[]): boolean {
  if (at < 0 || at + form.length > tokens.length) return false;
  for (let k = 0; k < form.length; k += 1) if (tokens[at + k] !== form[k]) return false;
  return true;
}

/**
 * Removes legal forms from an organisation's tokens: any known form at the start or end (repeatedly:
 * 'co ltd', 'sa de cv'), and unambiguous multi-letter forms anywhere ('ZTE Corp (Shenzhen)').
 * `short` also removes short forms that can be parts of personal names (sa, ag, pt): only for names
 * known to be organisations. A name made only of legal forms is left as it is, so that something
 * remains to match.
 */
export function removeLegalForms(input: readonly string[], short = false): LegalFormResult {
  const byFirst = short ? SHORT_EDGES_BY_FIRST : EDGES_BY_FIRST;
  const byLast = short ? SHORT_EDGES_BY_LAST : EDGES_BY_LAST;
  let tokens = [...input];
  const removed: string[] = [];
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    for (const form of byLast.get(tokens.at(-1) ?? '') ?? NO_FORMS) {
      if (form.length >= tokens.length) continue;
      if (matchesAt(tokens, tokens.length - form.length, form)) {
        removed.unshift(form.join(' '));
        tokens = tokens.slice(0, tokens.length - form.length);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const form of byFirst.get(tokens[0] ?? '') ?? NO_FORMS) {
      if (form.length >= tokens.length) continue;
      if (matchesAt(tokens, 0, form)) {
        removed.push(form.join(' '));
        tokens = tokens.slice(form.length);
        changed = true;
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length && tokens.length > 1; i += 1) {
    for (const form of ANYWHERE_BY_FIRST.get(tokens[i] ?? '') ?? NO_FORMS) {
      if (form.length >= tokens.length || !matchesAt(tokens, i, form)) continue;
      // Single letters are initials as often as they are parts of a form: only whole words count mid-name.
      if (form.every((t) => t.length === 1)) continue;
      removed.push(form.join(' '));
      tokens = [...tokens.slice(0, i), ...tokens.slice(i + form.length)];
      i -= 1;
      break;
    }
  }
  // 'Company Limited' or 'Trust Company' alone is all legal form: nothing would be left to match.
  if (tokens.every((t) => SINGLE_TOKEN_FORMS.has(t))) return { tokens: [...input], removed: [] };
  return { tokens, removed };
}

const CJK_SORTED = [...CJK_FORMS].sort((a, b) => b.length - a.length);

// Long forms cannot be part of a name, so they go wherever they stand (中兴通讯股份有限公司深圳分公司).
const CJK_ANYWHERE = CJK_SORTED.filter((form) => form.length >= 4);

/** Removes legal forms written without spaces from a Chinese, Japanese or Korean run: at its start or end, or anywhere when long. */
export function removeCjkLegalForms(run: string): LegalFormResult {
  let text = run;
  const removed: string[] = [];
  for (const form of CJK_ANYWHERE) {
    const at = text.indexOf(form);
    if (at > 0 && at + form.length < text.length) {
      text = text.slice(0, at) + text.slice(at + form.length);
      removed.push(form);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const form of CJK_SORTED) {
      if (text.length <= form.length) continue;
      // Only a remainder with a letter or digit is a name; a stray mark is not.
      const rest = text.endsWith(form) ? text.slice(0, -form.length) : text.startsWith(form) ? text.slice(form.length) : '';
      if (!/[\p{L}\p{N}]/u.test(rest)) continue;
      if (text.endsWith(form)) {
        text = text.slice(0, -form.length);
        removed.unshift(form);
        changed = true;
        break;
      }
      if (text.startsWith(form)) {
        text = text.slice(form.length);
        removed.push(form);
        changed = true;
        break;
      }
    }
  }
  return { tokens: [text], removed };
}
