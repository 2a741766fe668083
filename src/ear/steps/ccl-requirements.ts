import type { CclEntry, Column, Requirement } from '../pack.js';
import type { DestinationInfo } from '../pack-index.js';
import { describeDestinations, isUnparsed, matchesDestination } from '../destinations.js';
import { describeRefs, scopeMatch, within } from '../scope.js';
import { cfr, check, type Finding, type ItemState } from '../item-state.js';
import type { Citation } from '../decision.js';
import type { ItemContext } from '../item-context.js';
import { question, rowQuestion } from '../questions.js';
import { COMPLEMENTARY_ROWS } from '../knowledge/complementary-rows.js';
import { cfrRefsIn } from '../cfr-refs.js';
import { isAvailable } from '../supplements.js';
import { approvalOf, GOVERNMENT_AGENCY_FACT } from '../uae-approved.js';
import { notYetAdded, type DatedFact } from '../dated-facts.js';
import { controlConditionHolds } from '../control-conditions.js';

/**
 * Step 2a (§ 738.4): each reason for control of the ECCN against the destination, through its
 * Country Chart column (plus columns a chart footnote adds for named items) or through the
 * destination prose of its License Requirements row, limited to the paragraphs the row covers.
 */

function cellRef(dest: DestinationInfo, column: string): string {
  return `${dest.rowCode} x ${column.slice(0, 2)} ${column.slice(2)}`;
}

function rowLabel(entry: CclEntry, req: Requirement): string {
  return `${req.column ? `${req.column.slice(0, 2)} Column ${req.column.slice(2)}` : req.reason} row of ${entry.eccn}`;
}

function scopeNote(req: Requirement): string {
  if (req.scope.kind === 'entire') {
    const ex = [...req.scope.except.map((e) => `${e.paragraph}${e.condition ? ` (${/^(if|when|unless)\b/i.test(e.condition) ? '' : 'if '}${e.condition})` : ''}`), ...req.scope.exceptDescribed];
    return ex.length ? ` (entire entry except ${ex.join('; ')})` : ' (entire entry)';
  }
  if (req.scope.kind === 'paragraphs') return ` (applies to ${describeRefs(req.scope)})`;
  return '';
}

/** Columns a chart footnote adds for this item at this destination ("RS column 2 ... when destined to India"). */
function footnoteColumns(ctx: ItemContext): Map<Column, Citation> {
  const out = new Map<Column, Citation>();
  for (const fn of ctx.dest.footnotes) {
    if (fn.kind !== 'column_still_required' || !fn.destinations.includes(ctx.dest.rowCode)) continue;
    for (const it of fn.items) {
      if (it.eccn !== ctx.base) continue;
      const m = scopeMatch(it.scope, ctx.paragraph);
      if (m.kind === 'does_not_apply') continue;
      out.set(fn.column, { kind: 'chart', ref: fn.citation, note: fn.text });
    }
  }
  return out;
}

interface Evaluated {
  req: Requirement;
  finding?: Finding;
  list?: 'requirements' | 'unresolved';
  /** A second, open finding of the same row (conditional paragraphs beside a certain one). */
  also?: Finding;
}

/**
 * The dated rules that added every Part 742 paragraph a row rests on, when all of them came after `asOf`:
 * the row did not exist then (§ 742.6(a)(12), Pakistan, from 2024-11-25). A row that also cites an older
 * paragraph, or none, stands.
 */
function rowNotYetInForce(ctx: ItemContext, req: Requirement): DatedFact[] | undefined {
  const refs = cfrRefsIn(req.chartText).filter((r) => r.startsWith('15 CFR 742.'));
  if (refs.length === 0) return undefined;
  const added = notYetAdded(ctx.pack.datedFacts, ctx.asOf);
  if (added.size === 0) return undefined;
  const facts = refs.map((r) => [...added.values()].find((f) => r === `15 CFR ${f.subject}` || r.startsWith(`15 CFR ${f.subject}(`)));
  return facts.every((f) => f !== undefined) ? [...new Set(facts as DatedFact[])] : undefined;
}

function evaluate(ctx: ItemContext, entry: CclEntry, req: Requirement, extra: Map<Column, Citation>, state: ItemState): Evaluated {
  const { dest, paragraph } = ctx;
  const eccnCite: Citation = { kind: 'data', ref: `ECCN ${entry.eccn} License Requirements (15 CFR 774 Supp. 1)`, note: req.text };
  const code = req.column ? `chart:${req.column}` : `ccl:${req.reason}`;
  const later = rowNotYetInForce(ctx, req);
  if (later) {
    const when = later.map((f) => `§ ${f.subject} took effect ${f.from} (${f.citation})`).join('; ');
    check(state, code, `${req.reason} row of ${entry.eccn} ("${req.chartText.slice(0, 100)}"): not in force on ${ctx.asOf}: ${when}`, [eccnCite, ...later.map((f): Citation => ({ kind: 'fr', ref: f.citation, note: f.verification }))]);
    return { req };
  }
  let hits: boolean | 'unparsed';
  let cites: Citation[];
  let label: string;
  if (req.column) {
    const byFootnote = extra.get(req.column);
    hits = dest.marks.has(req.column) || byFootnote !== undefined;
    const cell = cellRef(dest, req.column);
    cites = [{ kind: 'chart', ref: cell }, cfr('15 CFR 738.4'), eccnCite];
    if (byFootnote && !dest.marks.has(req.column)) cites.push(byFootnote);
    label = dest.marks.has(req.column) ? `${req.column}: X in ${cell}` : byFootnote ? `${req.column}: required by ${byFootnote.ref} though ${cell} has no X` : `${req.column}: no X in ${cell}`;
  } else if (req.destinations && !isUnparsed(req.destinations)) {
    const predicate = req.destinations;
    hits = matchesDestination(predicate, dest.rowCode, dest.groups);
    cites = [eccnCite, ...cfrRefsIn(req.chartText).map((r) => cfr(r))];
    if (predicate.basis && !cites.some((c) => c.ref === predicate.basis)) cites.push(cfr(predicate.basis));
    label = `${req.reason} to ${describeDestinations(req.destinations)}`;
  } else {
    hits = 'unparsed';
    cites = [eccnCite, ...cfrRefsIn(req.chartText).map((r) => cfr(r))];
    label = `${req.reason}: destinations not parsed: "${req.chartText}"`;
  }
  if (hits === false) {
    check(state, code, `${label}${req.column ? '' : `: ${dest.rowCode} is not among them`}`, cites);
    return { req };
  }
  // General Prohibition One and the chart cover exports and reexports; only rows that say "to or within" or
  // "transfer within" reach a transfer (in-country).
  if (ctx.tx.export_type === 'transfer' && (req.column || !/\b(to or within|transfer(?:s)? (?:\(in-country\) )?within)\b/i.test(req.chartText))) {
    check(state, code, `${label}, but the row governs exports and reexports, not a transfer (in-country) (§ 736.2(b)(1))`, [...cites, cfr('15 CFR 736.2(b)(1)')]);
    return { req };
  }
  const approved = dest.rowCode === 'AE' && !req.column && /United Arab Emirates/.test(req.chartText) ? uaeApprovedParties(ctx) : undefined;
  if (approved) {
    check(state, code, `${label}, but the ultimate consignee and every end user (${approved}) are approved entities in Supp. No. 8 to Part 740 (§ 742.6(a)(6)(iii)(B))`, [...cites, cfr('15 CFR 740 Supp. No. 8'), cfr('15 CFR 742.6(a)(6)(iii)(B)')]);
    return { req };
  }
  const scope = scopeMatch(req.scope, paragraph, dest.name);
  if (scope.kind === 'does_not_apply') {
    check(state, code, `${label}, but ${scope.why}${scopeNote(req)}`, cites);
    return { req };
  }
  const exceptions = req.column ? 'ccl' : req.reason === 'EI' ? { only: ['ENC'] } : 'none';
  const base: Omit<Finding, 'text' | 'code'> = { citations: cites, exceptions, controlReason: req.reason };
  if (hits === 'unparsed') return { req, list: 'unresolved', finding: { ...base, code: `${code}:unparsed`, text: label, exceptions: 'none' } };
  if (scope.kind === 'paragraph_unknown') {
    const q = question(`ccl:${entry.eccn}${paragraph ? `.${paragraph}` : ''}:paragraph`, rowLabel(entry, req), `State the item's paragraph of ${entry.eccn} (items[].eccn, e.g. "${entry.eccn}.b.1"): ${scope.why}`, [eccnCite]);
    // Without the paragraph the answer must be as strict as the strictest paragraph: a row that reaches some
    // paragraph outright is a requirement (the question may narrow it); one reached only conditionally stays open.
    if (scope.someParagraphApplies) {
      // Paragraphs the row reaches only conditionally stay open beside the certain ones.
      const open: Finding | undefined = scope.someConditional ? { ...base, code: `${code}:paragraph`, text: `${label}: other paragraphs of the row are reached only conditionally`, exceptions: 'none', question: q } : undefined;
      return { req, list: 'requirements', finding: { ...base, code, text: `${label}${scopeNote(req)}; the item's paragraph is not given, and the row requires a license for some of it`, question: q }, ...(open ? { also: open } : {}) };
    }
    return { req, list: 'unresolved', finding: { ...base, code: `${code}:paragraph`, text: `${label}; ${scope.why} and the item's paragraph ${paragraph ? `(${paragraph}) ` : ''}does not settle it`, exceptions: 'none', question: q } };
  }
  if (scope.kind === 'conditional' && !scope.carveOut && controlConditionHolds(ctx.pack, entry, paragraph, scope.condition)) {
    return { req, list: 'requirements', finding: { ...base, code, text: `${label}${scopeNote(req)}; the row's condition "${scope.condition.replace(/^,\s*/, '')}" holds: the entries ${entry.eccn}.${paragraph} names are so controlled` } };
  }
  if (scope.kind === 'conditional') {
    const q = rowQuestion(entry.eccn, paragraph, scope.condition, scope.carveOut, rowLabel(entry, req), [eccnCite]);
    const a = ctx.fact(q.id);
    if (a !== undefined) {
      const applies = scope.carveOut ? !a : a;
      if (!applies) {
        check(state, code, `${label}, but the transaction answers ${q.id} = ${a}: "${scope.condition}"`, cites);
        return { req };
      }
      return { req, list: 'requirements', finding: { ...base, code, text: `${label}${scopeNote(req)}; the transaction answers ${q.id} = ${a}` } };
    }
    // A carve-out that depends on an unstated fact keeps the requirement; stating the fact removes it.
    if (scope.carveOut) return { req, list: 'requirements', finding: { ...base, code, text: `${label}${scopeNote(req)}; the row does not apply if "${scope.condition}", which the transaction does not state`, question: q } };
    return { req, list: 'unresolved', finding: { ...base, code: `${code}:condition`, text: `${label}: the row applies to this item only if "${scope.condition}"`, exceptions: 'none', question: q } };
  }
  return { req, list: 'requirements', finding: { ...base, code, text: `${label}${scopeNote(req)}` } };
}

/**
 * § 742.6(a)(6)(iii)(B): no license to the UAE when the ultimate consignee and all end users are entities
 * Supp. No. 8 to Part 740 approves for advanced computing items (in force on as_of). Their names, or undefined.
 */
function uaeApprovedParties(ctx: ItemContext): string | undefined {
  const table = ctx.pack.supplements.uaeApproved;
  if (!isAvailable(table)) return undefined;
  const since = ctx.pack.datedFacts.find((f) => f.id === 'uae-joins-a5-2026')?.from;
  if (since && ctx.asOf < since) return undefined;
  const parties = ctx.tx.parties.filter((p) => p.role === 'consignee' || p.role === 'end_user');
  if (parties.length === 0 || !parties.some((p) => p.role === 'end_user')) return undefined;
  const ok = parties.every((p) => approvalOf(table.rows, p, ctx.asOf, 'advancedComputing', ctx.fact(GOVERNMENT_AGENCY_FACT)));
  return ok ? parties.map((p) => p.name).join(', ') : undefined;
}

/** Rows whose conditions split a paragraph between them: if every one of them is open, one applies for sure. */
function complementary(ctx: ItemContext, results: Evaluated[]): void {
  for (const set of COMPLEMENTARY_ROWS) {
    if (set.eccn !== ctx.base || !ctx.paragraph || !within(ctx.paragraph, set.paragraph)) continue;
    const open = set.columns.map((c) => results.find((r) => r.req.column === c && r.list === 'unresolved' && r.finding?.question));
    if (open.some((r) => r === undefined)) continue;
    const first = open[0]!;
    for (const r of open) r!.list = undefined;
    first.list = 'requirements';
    first.finding = {
      ...first.finding!,
      code: `chart:${set.columns.join('+')}`,
      text: `${set.columns.join(' and ')} are both marked for ${ctx.dest.rowCode}, and their rows divide ${set.eccn}.${set.paragraph} between them: one applies whatever the answer (${set.basis})`,
      exceptions: 'ccl',
    };
    delete first.finding.question;
  }
}

/** Entries that need a license to every destination (§ 738.3(a)(1)), matched on the ECCN as written. */
function allDestinations(entry: CclEntry, eccn: string, govOnly: string[], noExceptions: string[], state: ItemState): void {
  const matches = (list: string[]) => list.some((e) => e === eccn || e === entry.eccn || e.startsWith(`${eccn} `));
  if (matches(noExceptions)) {
    state.requirements.push({ code: 'ccl:all_destinations', text: `${eccn}: a license is required for all destinations; no license exceptions`, citations: [cfr('15 CFR 738.3(a)(1)')], exceptions: 'none' });
  } else if (matches(govOnly)) {
    state.requirements.push({
      code: 'ccl:all_destinations',
      text: `${eccn}: a license is required for all destinations; only License Exception GOV for U.S. Government agencies`,
      citations: [cfr('15 CFR 738.3(a)(1)'), cfr('15 CFR 740.2(a)(3)')],
      exceptions: { only: ['GOV'] },
    });
  }
}

export function cclRequirements(ctx: ItemContext, state: ItemState): void {
  const entry = ctx.entry;
  if (!entry) return;
  if (entry.requirements.length === 0) {
    state.unresolved.push({
      code: 'ccl:no_requirements',
      text: `ECCN ${entry.eccn} has no License Requirements rows in the rules pack (reason for control: "${entry.reasonForControl || 'none given'}")`,
      citations: [{ kind: 'data', ref: `ECCN ${entry.eccn} (15 CFR 774 Supp. 1)` }],
      exceptions: 'none',
    });
  }
  const extra = footnoteColumns(ctx);
  const results = entry.requirements.map((req) => evaluate(ctx, entry, req, extra, state));
  complementary(ctx, results);
  for (const r of results) {
    if (r.list && r.finding) state[r.list].push(r.finding);
    if (r.also) state.unresolved.push(r.also);
  }
  const eccn = ctx.paragraph ? `${ctx.base}.${ctx.paragraph}` : ctx.base;
  if (ctx.tx.export_type === 'transfer') return;
  allDestinations(entry, eccn, ctx.pack.chart.allDestinations.govOnly, ctx.pack.chart.allDestinations.noExceptions, state);
}
