import type { Scope } from './pack.js';

/**
 * Which paragraphs of an ECCN a License Requirements row covers, read from its control text
 * ("NS applies to 5A001.a, b.5, .e, .f.3 and .h", "RS applies to entire entry except .e, .x, and .y").
 */

const ECCN_PREFIX = /\b(\d[A-E]\d{3})\.([a-z](?:\.(?:\d+|[a-z]))*)/g;
const RELATIVE = /(?:^|[\s,(])\.?([a-z](?:\.(?:\d+|[a-z]))+|\.[a-z])(?=[\s,;.)]|$)/g;
const NOT_PARAGRAPHS = new Set(['e.g', 'i.e']);

/** Paragraph references that belong to this ECCN, normalised to "b.2" form. */
export function paragraphRefs(text: string, eccn: string): string[] {
  const out = new Set<string>();
  let foreign = false;
  // References to other ECCNs ("parameters in 3A201.a") are not this entry's paragraphs.
  for (const m of text.matchAll(ECCN_PREFIX)) {
    if (m[1] === eccn && m[2]) out.add(m[2]);
    else foreign = true;
  }
  const withoutEccns = text.replace(ECCN_PREFIX, ' ');
  if (!foreign || out.size > 0) {
    for (const m of withoutEccns.matchAll(RELATIVE)) {
      const ref = (m[1] ?? '').replace(/^\./, '').replace(/\.$/, '');
      if (ref && !NOT_PARAGRAPHS.has(ref)) out.add(ref);
    }
  }
  return [...out];
}

export function parseScope(control: string, eccn: string): Scope {
  const text = control.replace(/\s+/g, ' ').trim();
  const entire = /appl(?:y|ies) to (?:the )?entire entry(.*)$/i.exec(text);
  if (entire) {
    const rest = entire[1] ?? '';
    const except = /\bexcept\b(.*)$/i.exec(rest);
    return { kind: 'entire', except: except ? paragraphRefs(except[1] ?? '', eccn) : [] };
  }
  const refs = paragraphRefs(text, eccn);
  if (refs.length === 0) return { kind: 'unknown' };
  // A plain list of paragraphs reads "X applies to [items controlled by] 5A002.z.1.a, z.2.a"; any other words
  // (an end-use carve-out, a performance threshold) make the row conditional on facts the engine lacks.
  const residue = text
    .replace(/^[A-Z]{2,3} apply|^[A-Z]{2,3} applies/, '')
    .replace(/\bto\b|\b(items|commodities|“?software”?|“?technology”?) (controlled by|in)\b|\bparagraphs?\b|\band\b|\bor\b|\bthrough\b/gi, ' ')
    .replace(ECCN_PREFIX, ' ')
    .replace(RELATIVE, ' ')
    .replace(/[\s,;.]+/g, '');
  return { kind: 'paragraphs', paragraphs: refs, qualified: residue.length > 0 };
}

/** Segment-wise prefix test: "b.2.a" lies within "b.2"; "b" only overlaps it. */
function within(paragraph: string, scope: string): boolean {
  return paragraph === scope || paragraph.startsWith(`${scope}.`);
}

export type ScopeMatch = 'applies' | 'does_not_apply' | 'unresolved';

/**
 * Whether a row covers an item of the given paragraph (undefined when the input named only the ECCN).
 * When the paragraph is unknown a row "except .y" is taken to apply, because assuming the stricter
 * reading can only add a license requirement, never remove one.
 */
export function scopeMatch(scope: Scope, paragraph: string | undefined): ScopeMatch {
  if (scope.kind === 'unknown') return 'unresolved';
  if (scope.kind === 'entire') {
    if (!paragraph) return 'applies';
    return scope.except.some((e) => within(paragraph, e)) ? 'does_not_apply' : 'applies';
  }
  if (!paragraph) return 'unresolved';
  if (scope.paragraphs.some((p) => within(paragraph, p))) return 'applies';
  if (scope.paragraphs.some((p) => within(p, paragraph))) return 'unresolved';
  return 'does_not_apply';
}
