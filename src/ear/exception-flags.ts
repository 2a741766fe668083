import type { Reason } from './pack.js';
import { meaningful, paragraphRefs, readList } from './scope.js';
import { splitDestinations, type ExceptionDestinations } from './exception-destinations.js';

/**
 * Reads the License Exceptions section of an ECCN (LVS value limits, GBS, STA restrictions) into
 * rules by paragraph. Anything the reader cannot place leaves the exception unavailable for the items
 * it might concern ("qualified"), so the engine never offers an exception the entry may not allow.
 */

const REASONS = new Set(['NS', 'MT', 'NP', 'CB', 'CC', 'RS', 'FC', 'AT', 'CW', 'EI', 'SS', 'SL', 'SI', 'UN']);

export interface LvsRule {
  text: string;
  /** Value limits: a default (no paragraphs) and limits for named paragraphs, some for some destinations only. */
  limits: { usd: number; paragraphs?: string[]; destinations?: ExceptionDestinations }[];
  /** Paragraphs for which LVS is N/A. */
  notFor: string[];
  /** Reasons for control for which LVS is N/A ("N/A for MT, NP"). */
  notForReasons: Reason[];
  /** Parts of the text that limit LVS by description, which the engine cannot place: LVS is then never offered. */
  qualified: boolean;
}

export interface GbsRule {
  text: string;
  /** 'all': GBS—Yes for the whole entry (less `except`); 'some': only `only`; 'none': N/A. */
  kind: 'all' | 'some' | 'none';
  only: string[];
  except: string[];
  notForReasons: Reason[];
  qualified: boolean;
}

export interface StaRule {
  text: string;
  /** Restrictions: paragraphs (empty: the whole entry) and the routes barred (c1: A:5, c2: A:6). */
  bars: { paragraphs: string[]; routes: ('c1' | 'c2')[] }[];
  /** A restriction the engine could not read: STA is then never offered for the entry. */
  qualified: boolean;
}

function dollars(s: string): number | undefined {
  const m = /\$\s?([\d,]+)/.exec(s);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function reasonsOnly(s: string): Reason[] | undefined {
  const codes = s.replace(/\b(and|for|items|reasons)\b|[.,;\s]/g, ' ').trim().split(/\s+/).filter(Boolean);
  return codes.length > 0 && codes.every((c) => REASONS.has(c)) ? (codes as Reason[]) : undefined;
}

/** Every paragraph of this ECCN a piece names, conditions or not (the strict reading for N/A lists). */
function namedRefs(piece: string, eccn: string): string[] | undefined {
  const r = readList(piece, eccn);
  const refs = r.refs.map((x) => x.paragraph);
  return refs.length > 0 ? [...new Set(refs)] : undefined;
}

/** "unless controlled for MT": a condition the engine settles itself, from the item's own reasons for control. */
const UNLESS_REASON = /^unless controlled for ([A-Z]{2})$/;

/**
 * Words before a clause's first paragraph that describe the items ("manipulators for civil end uses
 * (e.g., ...) controlled by 8A002.i.2"): the paragraph is eligible only for the items so described.
 */
function describedLead(clause: string, eccn: string): boolean {
  const at = clause.search(new RegExp(`\\b${eccn}\\.|(?:^|[\\s,])\\.[a-z]\\b`));
  const lead = at > 0 ? clause.slice(0, at) : '';
  return meaningful(lead.replace(/\(\s*e\.g\.,?[^)]*\)/g, ' ').replace(/\b(yes|for|items?|commodities|equipment|in|controlled by|specified (?:by|in)|described in|ECCNs?)\b/gi, ' '));
}

/**
 * The paragraphs a piece names without a condition (eligible), those it names only conditionally, and
 * reasons for control that make the plain ones ineligible ("3A002.h (unless controlled for MT)").
 */
function plainRefs(piece: string, eccn: string): { plain: { paragraph: string; minus?: string[] }[]; conditional: string[]; unlessReasons: Reason[] } | undefined {
  const plain: { paragraph: string; minus?: string[] }[] = [];
  const conditional: string[] = [];
  const unlessReasons: Reason[] = [];
  for (const clause of piece.split(';')) {
    const r = readList(clause, eccn);
    const described = describedLead(clause, eccn);
    for (const x of r.refs) {
      const unless = UNLESS_REASON.exec(x.condition ?? '')?.[1];
      if (unless && REASONS.has(unless) && !x.carveOut && !described) unlessReasons.push(unless as Reason);
      else if (x.condition || x.carveOut || described) {
        conditional.push(x.paragraph);
        continue;
      }
      plain.push(x.minus ? { paragraph: x.paragraph, minus: x.minus } : { paragraph: x.paragraph });
    }
  }
  return plain.length + conditional.length > 0 ? { plain, conditional, unlessReasons } : undefined;
}

export function parseLvs(text: string | null | undefined, eccn = ''): LvsRule | undefined {
  if (!text) return undefined;
  const t = text.replace(/\s+/g, ' ').trim();
  const rule: LvsRule = { text: t, limits: [], notFor: [], notForReasons: [], qualified: false };
  if (/^n\/a\.?$/i.test(t)) return rule;
  for (const raw of t.split(/;|,?\s*except\s+(?=N\/A)|,\s*(?=N\/A)|,\s*(?=\$\s?\d)/i)) {
    // "$500 for items in 0A505.x, except $3,000 for items in 0A505.x that ... were classified under 0A018.b":
    // a higher value for a subset the transaction cannot show; the value for every item of the paragraph holds.
    const { rest: seg, destinations } = splitDestinations(raw.trim().replace(/,\s*except \$[\d,]+ for .*$/i, '').replace(/\.$/, ''));
    if (!seg) continue;
    const before = rule.limits.length;
    readLvsSegment(seg, rule, eccn);
    if (destinations) for (const l of rule.limits.slice(before)) l.destinations = destinations;
  }
  return rule;
}

/** One segment of an LVS field ("$3000: 3A002.a, .e", "N/A for MT", "$5000, except 2B007.b and .c"). */
function readLvsSegment(seg: string, rule: LvsRule, eccn: string): void {
  const na = /^(?:except )?N\/A for (.*)$/i.exec(seg);
  if (na) {
    const body = na[1] ?? '';
    const reasons = reasonsOnly(body);
    if (reasons) {
      rule.notForReasons.push(...reasons);
      return;
    }
    const m = /^([A-Z]{2}(?:,? (?:and )?[A-Z]{2})*) and for (.*)$/.exec(body);
    const lead = m?.[1] ? reasonsOnly(m[1]) : undefined;
    const refs = namedRefs(m && lead ? (m[2] ?? '') : body, eccn);
    if (lead) rule.notForReasons.push(...lead);
    if (refs) rule.notFor.push(...refs);
    else rule.qualified = true;
    return;
  }
  const usd = dollars(seg);
  if (usd === undefined) {
    rule.qualified = true;
    return;
  }
  const rest = seg.replace(/^(?:Yes:?\s*)?\$\s?[\d,]+\s*/, '').replace(/^(for|:)\s*/, '');
  if (!rest) {
    rule.limits.push({ usd });
    return;
  }
  const exceptRefs = /^,?\s*except (.*)$/i.exec(rest);
  if (exceptRefs?.[1]) {
    const refs = namedRefs(exceptRefs[1], eccn);
    rule.limits.push({ usd });
    if (refs) rule.notFor.push(...refs);
    else rule.qualified = true;
    return;
  }
  if (/^all other items$/i.test(rest)) {
    rule.limits.push({ usd });
    return;
  }
  const refs = plainRefs(rest, eccn);
  if (!refs) {
    rule.qualified = true;
    return;
  }
  // Paragraphs named with a condition ("b.2 (exported ... for civil telecommunications)") get no limit;
  // their sub-paragraphs excepted in the text ("3A001.a (except a.1.a ...)") are N/A.
  if (refs.plain.length > 0) rule.limits.push({ usd, paragraphs: refs.plain.map((r) => r.paragraph) });
  rule.notFor.push(...refs.conditional.filter((c) => !refs.plain.some((p) => p.paragraph === c)), ...refs.plain.flatMap((r) => r.minus ?? []));
  rule.notForReasons.push(...refs.unlessReasons);
}

export function parseGbs(text: string | null | undefined, eccn = ''): GbsRule {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  const rule: GbsRule = { text: t, kind: 'none', only: [], except: [], notForReasons: [], qualified: false };
  if (!t || /^n\/a\.?$/i.test(t)) return rule;
  if (/^yes\.?$/i.test(t)) return { ...rule, kind: 'all' };
  let m = /^yes,? except (?:N\/A for )?(.*?)\.?$/i.exec(t);
  if (m?.[1] !== undefined) {
    const reasons = reasonsOnly(m[1]);
    if (reasons) return { ...rule, kind: 'all', notForReasons: reasons };
    const refs = namedRefs(m[1], eccn);
    return refs ? { ...rule, kind: 'all', except: refs } : { ...rule, kind: 'all', qualified: true };
  }
  m = /^yes,? for (.*?)\.?$/i.exec(t);
  if (m?.[1]) {
    // "Yes for 3A001.a.1.b, a.2 to a.14 (except .a.5.a when controlled for MT), b.2 (exported ... civil telecommunications ...)":
    // paragraphs named without a condition are eligible; their excepted sub-paragraphs and the conditional ones are not.
    // "Yes for 3C002.a provided that they are not also controlled by 3C002.b through .e": those are not eligible.
    const provided = /,?\s*provided that (?:they|it) (?:are|is) not also controlled by (.*)$/i.exec(m[1]);
    const body = (provided ? m[1].slice(0, provided.index) : m[1]).replace(/\bonly\b/, '');
    const refs = plainRefs(body, eccn);
    if (!refs) return { ...rule, kind: 'some', only: [], qualified: true };
    const notAlso = provided?.[1] ? namedRefs(provided[1], eccn) : [];
    if (notAlso === undefined) return { ...rule, kind: 'some', only: [], qualified: true };
    return {
      ...rule,
      kind: 'some',
      only: refs.plain.map((r) => r.paragraph),
      except: [...refs.plain.flatMap((r) => r.minus ?? []), ...notAlso],
      notForReasons: refs.unlessReasons,
    };
  }
  return { ...rule, kind: 'some', qualified: true };
}

function staBar(s: string, eccn: string): StaRule['bars'][number] {
  const routes: ('c1' | 'c2')[] = [];
  if (/\(c\)\(2\)/.test(s) || (/Country Group A:6\b/.test(s) && !/A:5/.test(s))) routes.push('c2');
  else if (/\(c\)\(1\)/.test(s)) routes.push('c1');
  else routes.push('c1', 'c2');
  const own = new RegExp(`\\b${eccn}\\.[a-z]`).test(s) ? paragraphRefs(s.replace(/\(See Supplement[^)]*\)/gi, ''), eccn) : [];
  // A restriction that names the whole entry, or describes items in words, bars the route for the whole entry.
  return { paragraphs: own, routes };
}

export function parseSta(text: string | null | undefined, eccn = ''): StaRule | undefined {
  if (!text) return undefined;
  const t = text.replace(/^STA:\s*/, '').replace(/\s+/g, ' ').trim();
  const rule: StaRule = { text: t, bars: [], qualified: false };
  for (const part of t.split(/\(\d\)\s+|(?<=\.)\s+(?=License Exception STA|Paragraph \(c\))/)) {
    const s = part.trim();
    if (!s) continue;
    if (!/may not be used/i.test(s)) {
      rule.qualified = true;
      continue;
    }
    // "... any commodity in 5A001.j to ... A:5 or A:6 ..., or any commodity in 5A001.b.3, .b.5 or .h to ... A:6": each its own bar.
    for (const sub of s.split(/,\s*or\s+(?=any (?:commodity|item|“?software|“?technology))/i)) rule.bars.push(staBar(sub, eccn));
  }
  return rule;
}
