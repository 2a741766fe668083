import type { Citation } from '../decision.js';
import type { FootnoteRule } from '../footnote-rules.js';
import type { ItemContext } from '../item-context.js';
import { cfr, check, type ItemState } from '../item-state.js';
import { question, rowQuestion } from '../questions.js';
import { scopeMatch, within } from '../scope.js';
import { RS1_0A919_EXEMPT } from '../regulation-facts.js';

/**
 * Step 2b: the footnotes of the destination's Country Chart row (Supp. No. 1 to Part 738), which
 * add license requirements the grid does not show: firearms to rows without an X, RS Column 2 items
 * to India, 0A919 reexports, thermal cameras. Columns added for named items are applied in the
 * chart step; here the rest.
 */

function cite(fn: FootnoteRule, dest: string): Citation {
  return { kind: 'chart', ref: `${dest} footnote ${fn.number} (15 CFR 738 Supp. No. 1)`, note: fn.text };
}

function itemsRequired(ctx: ItemContext, fn: Extract<FootnoteRule, { kind: 'items_required' }>, state: ItemState): void {
  const c = cite(fn, ctx.dest.rowCode);
  const named = fn.items.filter((i) => i.eccn === ctx.base);
  if (named.length === 0) {
    check(state, `footnote:${fn.number}`, `Footnote ${fn.number} of ${ctx.dest.rowCode} names ${fn.items.map((i) => i.eccn).join(', ')}, not ${ctx.base}`, [c]);
    return;
  }
  for (const it of named) {
    const m = scopeMatch(it.scope, ctx.paragraph);
    const code = `footnote:${fn.number}`;
    if (m.kind === 'applies') {
      state.requirements.push({ code, text: `Footnote ${fn.number} to the Country Chart: a license is required to ${ctx.dest.name} for ${it.text}`, citations: [c, cfr('15 CFR 738.4')], exceptions: 'ccl', controlReason: 'FC' });
    } else if (m.kind === 'does_not_apply') {
      check(state, code, `Footnote ${fn.number} covers ${it.text}, but ${m.why}`, [c]);
    } else if (m.kind === 'conditional') {
      const q = rowQuestion(it.eccn, ctx.paragraph, m.condition, m.carveOut, `footnote ${fn.number}`, [c]);
      const a = ctx.fact(q.id);
      const applies = a === undefined ? undefined : m.carveOut ? !a : a;
      if (applies === true) state.requirements.push({ code, text: `Footnote ${fn.number}: a license is required for ${it.text}; the transaction answers ${q.id} = ${a}`, citations: [c], exceptions: 'ccl', controlReason: 'FC' });
      else if (applies === false) check(state, code, `Footnote ${fn.number} covers ${it.text}, and the transaction answers ${q.id} = ${a}`, [c]);
      else if (m.carveOut) state.requirements.push({ code, text: `Footnote ${fn.number}: a license is required for ${it.text}, unless "${m.condition}", which the transaction does not state`, citations: [c], exceptions: 'ccl', controlReason: 'FC', question: q });
      else state.unresolved.push({ code: `${code}:condition`, text: `Footnote ${fn.number}: a license is required for ${it.text}; whether this item is covered depends on "${m.condition}"`, citations: [c], exceptions: 'none', question: q });
    } else if (m.someParagraphApplies) {
      state.requirements.push({ code, text: `Footnote ${fn.number}: a license is required for ${it.text}; the item's paragraph is not given and some of ${it.eccn} is covered`, citations: [c, cfr('15 CFR 738.4')], exceptions: 'ccl', controlReason: 'FC' });
    } else {
      state.unresolved.push({ code: `${code}:paragraph`, text: `Footnote ${fn.number} covers ${it.text}; ${m.why} and the item's paragraph does not settle it`, citations: [c], exceptions: 'none' });
    }
  }
}

function reexport0a919(ctx: ItemContext, fn: FootnoteRule, state: ItemState): void {
  const c = [cite(fn, ctx.dest.rowCode), cfr('15 CFR 742.6(a)(3)')];
  if (ctx.base !== '0A919') return check(state, `footnote:${fn.number}`, `Footnote ${fn.number} (§ 742.6(a)(3)) concerns ECCN 0A919 only`, c);
  if (ctx.tx.export_type === 'export') return check(state, `footnote:${fn.number}`, '§ 742.6(a)(3) concerns reexports of 0A919 items; this is an export', c);
  if (RS1_0A919_EXEMPT.includes(ctx.dest.rowCode)) return check(state, `footnote:${fn.number}`, `§ 742.6(a)(3) does not reach ${ctx.dest.rowCode}`, c);
  const q = question('742.6(a)(3):military_deployment', 'Special RS Column 1 requirement for 0A919 (15 CFR 742.6(a)(3))', 'Is the 0A919 item being reexported as part of a military deployment by a unit of the government of a Country Group A:1 country or the United States? (true: no license under § 742.6(a)(3))', c);
  const a = ctx.fact(q.id);
  if (a === true) return check(state, 'footnote:742.6(a)(3)', 'Reexported as part of a military deployment by an A:1 or US government unit (answered in facts)', c);
  const text = `0A919 reexport to ${ctx.dest.name}: a license is required under § 742.6(a)(3) (footnote ${fn.number})`;
  if (a === false) state.requirements.push({ code: 'footnote:742.6(a)(3)', text, citations: c, exceptions: 'none', controlReason: 'RS' });
  else state.unresolved.push({ code: 'footnote:742.6(a)(3)', text: `${text}, unless reexported as part of a military deployment by an A:1 or US government unit`, citations: c, exceptions: 'none', question: q });
}

function cameras(ctx: ItemContext, fn: Extract<FootnoteRule, { kind: 'cameras' }>, state: ItemState): void {
  const c = [cite(fn, ctx.dest.rowCode), ...fn.sections.map((s) => cfr(s))];
  const inScope = ctx.base === '6A003' && ctx.paragraph !== undefined && (within(ctx.paragraph, 'b.4.b') || within('b.4.b', ctx.paragraph));
  if (!inScope) return check(state, `footnote:${fn.number}`, `Footnote ${fn.number} (thermal imaging cameras in 6A003.b.4.b) does not reach this item`, c);
  const q = question(`footnote:${fn.number}:6A003.b.4.b`, `Footnote ${fn.number} (${fn.sections.join(', ')})`, 'Is the 6A003.b.4.b camera one with a focal plane array of 111,000 elements or fewer and a frame rate of 60 Hz or less? (true: the special provisions apply)', c);
  if (ctx.fact(q.id) === false) return check(state, `footnote:${fn.number}`, `Footnote ${fn.number}: the camera is outside the special provisions (answered in facts)`, c);
  state.unresolved.push({ code: `footnote:${fn.number}`, text: `Footnote ${fn.number}: special provisions for thermal imaging cameras (${fn.sections.join(', ')}) may require a license to ${ctx.dest.name}; the rules pack does not hold their full text`, citations: c, exceptions: 'none', question: q });
}

export function chartFootnotes(ctx: ItemContext, state: ItemState): void {
  for (const fn of ctx.dest.footnotes) {
    if (ctx.tx.export_type === 'transfer' && fn.kind !== 'pointer' && fn.kind !== 'unmodelled') {
      check(state, `footnote:${fn.number}`, `Footnote ${fn.number} concerns exports and reexports to ${ctx.dest.name}, not a transfer (in-country)`, [cite(fn, ctx.dest.rowCode)]);
      continue;
    }
    switch (fn.kind) {
      case 'items_required':
        itemsRequired(ctx, fn, state);
        break;
      case 'reexport_0a919':
        reexport0a919(ctx, fn, state);
        break;
      case 'cameras':
        cameras(ctx, fn, state);
        break;
      case 'column_still_required':
        check(state, `footnote:${fn.number}`, `Footnote ${fn.number}: ${fn.column} still applies to ${fn.items.map((i) => i.text).join(', ')} (applied with the chart)`, [cite(fn, ctx.dest.rowCode)]);
        break;
      case 'unmodelled':
        if (!ctx.ear99) state.unresolved.push({ code: `footnote:${fn.number}:unmodelled`, text: `Footnote ${fn.number} of the ${ctx.dest.rowCode} row is not modelled by the rules pack: "${fn.text}"`, citations: [cite(fn, ctx.dest.rowCode)], exceptions: 'none' });
        break;
      default:
        check(state, `footnote:${fn.number}`, `Footnote ${fn.number}: ${fn.text}`, [cite(fn, ctx.dest.rowCode)]);
    }
  }
}
