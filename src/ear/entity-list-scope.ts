/**
 * What an Entity List license requirement covers, read from the "License requirement" column of
 * Supp. No. 4 to Part 744 as the CSL carries it. Most entries say "For all items subject to the EAR";
 * some limit it ("For items on the CCL and EAR99 items listed in supplement no. 7 to part 746", "when
 * used in projects specified in § 746.8(a)(4)"), and a few carve items out of it ("except for
 * EAR99-designated technology for the operation ... of UAVs released ... by the operator", "except for
 * crude oil ... under the following HS codes: ...; or items required for the continued operation of
 * joint ventures ...", "apart from items ... authorized by OFAC ... General License No. 11").
 *
 * A carve-out is read as scope over the item: the kind of item it names (technology, software,
 * commodities), whether it names EAR99 items only, and the tariff codes it lists can each show that it
 * does not reach the item; whatever else it says (what the item is for, who released it, an OFAC
 * authorization) is a fact the transaction must state. Until then the requirement stands (lead's ruling
 * 2: a carve-out that depends on an unstated fact keeps the requirement, with the question).
 */

export type ItemKind = 'commodity' | 'software' | 'technology';

export interface CarveOut {
  /** The carve-out as the entry writes it. */
  text: string;
  /** Kinds of item it names; empty when it names none. */
  kinds: ItemKind[];
  /** It names EAR99 items only ("EAR99-designated ..."). */
  ear99Only: boolean;
  /** Tariff codes it lists (digits only), when it lists items by code. */
  hts: string[];
}

export type Coverage =
  | { kind: 'all'; carveOuts: CarveOut[] }
  | { kind: 'ccl_only' }
  /** Items on the CCL, and EAR99 items listed (by HTS-6) in Supp. No. 7 to Part 746. */
  | { kind: 'ccl_and_supp7' }
  | { kind: 'conditional'; condition: string }
  | { kind: 'unknown' };

/** Where a carve-out starts: "except for:", "except", "other than", "excluding", "apart from". */
const CARVE_OUT = /,?\s*\b(?:except(?: for)?|other than|excluding|apart from)\b:?\s*/i;

/** Cuts the carve-out text at the citation or the next sentence that is not part of it. */
function carveOutText(rest: string): string {
  const cut = rest.search(/\s*\((?:See|see)\b|\.\s+(?=[A-Z])|\.$/);
  return (cut >= 0 ? rest.slice(0, cut) : rest).trim();
}

export function readCarveOut(text: string): CarveOut {
  const t = text.replace(/\s+/g, ' ').trim();
  const kinds: ItemKind[] = [];
  if (/\btechnology\b/i.test(t)) kinds.push('technology');
  if (/\bsoftware\b/i.test(t)) kinds.push('software');
  if (/\bcommodit(?:y|ies)\b/i.test(t)) kinds.push('commodity');
  const codes = /\b(?:HS|HTS|Harmonized (?:System|Tariff Schedule))\b[^:]*codes?:?\s*([\d\s,.]+)/i.exec(t)?.[1] ?? '';
  const hts = [...new Set(codes.split(/[\s,]+/).map((c) => c.replace(/\./g, '')).filter((c) => /^\d{4,10}$/.test(c)))];
  return { text: t, kinds, ear99Only: /\bEAR99\b/.test(t), hts };
}

/** The alternatives of a carve-out: "...: A; or B" is two, each judged on its own. */
export function splitCarveOuts(text: string): CarveOut[] {
  return text
    .split(/;\s*or\s+/i)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(readCarveOut);
}

/** Drops a leading "(See §§ 734.9(g), 746.8(a)(3) ...)", whose own parentheses nest. */
function withoutLeadingCitation(text: string): string {
  const m = /^\.?\s*\((?=See\b)/i.exec(text);
  if (!m) return text;
  let depth = 0;
  for (let i = m[0].length - 1; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(i + 1);
  }
  return text;
}

export function entityListCoverage(requirement: string | undefined): Coverage {
  if (!requirement) return { kind: 'all', carveOuts: [] };
  const t = requirement.replace(/\s+/g, ' ').trim();
  const when = /all items subject to the EAR,? when (used in .*?)(?:\.|$)/i.exec(t);
  if (when?.[1]) return { kind: 'conditional', condition: when[1] };
  if (/^for (?:all )?items on the CCL\.?$/i.test(t)) return { kind: 'ccl_only' };
  if (/^for (?:all )?items on the (?:CCL|Commerce Control List) and (?:EAR99 items )?listed in supplement no\. ?7 to part 746\b/i.test(t)) return { kind: 'ccl_and_supp7' };
  const all = /\ball items subject to the EAR\b/i.exec(t);
  if (!all) return { kind: 'unknown' };
  // Carve-outs are read after the grant, outside the "(See § ...)" citation that often precedes them.
  const after = withoutLeadingCitation(t.slice(all.index + all[0].length));
  const m = CARVE_OUT.exec(after);
  if (!m) return { kind: 'all', carveOuts: [] };
  const carved = carveOutText(after.slice(m.index + m[0].length));
  return carved ? { kind: 'all', carveOuts: splitCarveOuts(carved) } : { kind: 'unknown' };
}

/** The kind of item an ECCN classifies (product group D: software, E: technology), unknown for EAR99. */
export function itemKind(base: string): ItemKind | undefined {
  const group = /^\d([A-E])\d{3}$/.exec(base)?.[1];
  if (!group) return undefined;
  return group === 'D' ? 'software' : group === 'E' ? 'technology' : 'commodity';
}

export type Reach = { reach: 'no'; why: string } | { reach: 'yes'; why: string } | { reach: 'maybe' };

/**
 * Whether one carve-out reaches an item: 'no' when the item's kind, classification or tariff code is
 * outside it; 'yes' when it lists items by tariff code and the item's code is one of them; otherwise
 * 'maybe' (what the carve-out turns on is not in the transaction).
 */
export function carveOutReach(c: CarveOut, item: { base: string; hts?: string | undefined }): Reach {
  const ear99 = item.base === 'EAR99';
  if (c.ear99Only && !ear99) return { reach: 'no', why: `it covers EAR99 items only, and the item is ${item.base}` };
  const kind = itemKind(item.base);
  if (kind && c.kinds.length > 0 && !c.kinds.includes(kind)) return { reach: 'no', why: `it covers ${c.kinds.join(' or ')} only, and ${item.base} is ${kind}` };
  if (c.hts.length > 0 && item.hts) {
    if (c.hts.some((code) => item.hts!.startsWith(code))) return { reach: 'yes', why: `HTS ${item.hts} is among the codes it lists` };
    if (!c.hts.some((code) => code.startsWith(item.hts!))) return { reach: 'no', why: `HTS ${item.hts} is not among the codes it lists` };
  }
  return { reach: 'maybe' };
}
