import type { CclEntry, RulesPack } from './pack.js';
import { scopeMatch } from './scope.js';

/**
 * A row condition that names other entries' controls ("EI applies to software in 5D002.a.1, ... c.1 and c.3,
 * for commodities or software controlled for EI reasons in ECCN 5A002, 5A004 or 5D002") is settled by the
 * CCL itself when the item's own paragraph says what it is for: every entry the paragraph's text names is
 * one the condition lists, and the condition's reason reaches the paragraph named there for sure
 * (5D002.c.1 "Equipment specified by 5A002.a, .c, .d or .e"; EI applies to all of 5A002). A paragraph that
 * names an entry outside the list (5E002.a: 5A003, 5B002), or none, or one the reason reaches only in
 * part, leaves the condition open: it is then a fact about the item to state.
 */

const CONDITION = /^,?\s*(?:of this entry,\s*)?for (?:commodities|software|items|equipment|technology)(?: (?:or|and) (?:commodities|software|items|equipment|technology))* controlled for ([A-Z]{2}) reasons in ECCNs? (.+)$/i;
const ECCN_REF = /\b(\d[A-E]\d{3})((?:\.[a-z0-9]+)*)/g;
/** How deep a paragraph may point back into its own entry (5D002.a.1 → 5D002.c.1 → 5A002.a). */
const MAX_DEPTH = 3;

function refsOf(text: string): { base: string; paragraph?: string }[] {
  return [...text.matchAll(ECCN_REF)].map((m) => (m[2] ? { base: m[1]!, paragraph: m[2].slice(1) } : { base: m[1]! }));
}

/** The paragraph's own words, or its nearest ancestor's when it has none that name an entry. */
function paragraphText(entry: CclEntry, paragraph: string): string | undefined {
  let p: string | undefined = paragraph;
  while (p) {
    const text = entry.paragraphRefs?.[p] ?? entry.paragraphs?.[p];
    if (text && refsOf(text).length > 0) return text;
    p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : undefined;
  }
  return undefined;
}

function controlledFor(pack: RulesPack, reason: string, listed: Set<string>, base: string, paragraph: string | undefined, depth: number): boolean {
  const entry = pack.ccl[base];
  if (!entry || !listed.has(base)) return false;
  const rows = entry.requirements.filter((r) => r.reason === reason);
  if (rows.some((r) => scopeMatch(r.scope, paragraph).kind === 'applies')) return true;
  if (paragraph === undefined || depth >= MAX_DEPTH) return false;
  // The entry's own row names the paragraph under this same kind of condition: follow the paragraph's words.
  return rows.some((r) => {
    const m = scopeMatch(r.scope, paragraph);
    return m.kind === 'conditional' && !m.carveOut && conditionHolds(pack, entry, paragraph, m.condition, depth + 1);
  });
}

function conditionHolds(pack: RulesPack, entry: CclEntry, paragraph: string, condition: string, depth: number): boolean {
  const m = CONDITION.exec(condition.trim());
  if (!m) return false;
  const reason = m[1]!.toUpperCase();
  const listed = new Set(refsOf(m[2]!).map((r) => r.base));
  const text = paragraphText(entry, paragraph);
  if (!text || listed.size === 0) return false;
  const named = refsOf(text);
  return named.every((r) => controlledFor(pack, reason, listed, r.base, r.paragraph, depth));
}

/** Whether the CCL settles that `condition` holds for the item's paragraph (see above); false when it cannot. */
export function controlConditionHolds(pack: RulesPack, entry: CclEntry, paragraph: string | undefined, condition: string): boolean {
  return paragraph !== undefined && conditionHolds(pack, entry, paragraph, condition, 0);
}
