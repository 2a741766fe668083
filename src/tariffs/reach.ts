import type { DayView } from './engine.js';
import type { EntryLine } from './entry.js';
import { formatHts } from './hts.js';
import type { Work } from './line-work.js';
import type { Measure } from './measure.js';
import type { Membership } from './products.js';

/**
 * The chapter 99 measures that reach a line: in force for its origin and product on the date, within
 * their in-transit, USMCA and exemption terms; then one per exclusive group, then a claimed exclusion.
 */

/** Measures of the view that reach this line, before exclusive groups and stacking. */
export function candidates(view: DayView, line: EntryLine, date: string, w: Work): Measure[] {
  const out: Measure[] = [];
  const idx = view.indexFor(line.country);
  const sets = view.line(line.hts).sets;
  for (const m of idx.all) consider(view, line, date, w, m, 'in', out);
  for (const [id, membership] of sets) for (const m of idx.bySet.get(id) ?? []) consider(view, line, date, w, m, membership, out);
  return out;
}

/** Whether a measure reaching the line's origin and product applies to it; if so it joins `out`. */
function consider(view: DayView, line: EntryLine, date: string, w: Work, m: Measure, membership: Membership, out: Measure[]): void {
  if (m.exclusion) return;
  if (m.noticeOnly) {
    if (membership !== 'in') return;
    if (w.loud && m.caveat) w.notes.push(`heading ${m.heading}: ${m.caveat}`);
    if (m.quotaDependent) w.indeterminate.push(`heading ${m.heading}: ${m.quotaDependent}`);
    return;
  }
  if (m.onlyIfExportedBefore !== undefined) {
    if (!line.exportDate || line.exportDate >= m.onlyIfExportedBefore) return;
  }
  if (membership === 'split') {
    w.indeterminate.push(
      `heading ${m.heading} (${m.label}) covers only some statistical lines of ${formatHts(line.hts)} (${view.membersUnder(m.products, line.hts).join(', ')}): give the 10-digit number`,
    );
    return;
  }
  if (m.unlessExportedBefore && line.exportDate && line.exportDate < m.unlessExportedBefore.date) {
    const enteredBefore = m.unlessExportedBefore.enteredBefore;
    if (enteredBefore === undefined || date < enteredBefore) {
      if (w.loud) w.notes.push(`heading ${m.heading} not applied: goods exported ${line.exportDate}, before ${m.unlessExportedBefore.date}${enteredBefore ? ` and entered before ${enteredBefore}` : ''} (in-transit terms)`);
      return;
    }
  }
  if (m.unlessExportedBefore && !line.exportDate && (!m.unlessExportedBefore.enteredBefore || date < m.unlessExportedBefore.enteredBefore)) {
    if (w.loud) w.notes.push(`heading ${m.heading}: goods exported before ${m.unlessExportedBefore.date} would be relieved (in transit); export_date not given, so the relief was not applied`);
  }
  if (m.onlyIfUsmca && !line.usmcaQualifying) return;
  if (m.usmcaExempt && line.usmcaQualifying) {
    if (w.loud) w.notes.push(`heading ${m.heading} not applied: the goods qualify under the USMCA (usmca_qualifying)`);
    return;
  }
  let exempt = false;
  for (const ex of m.exceptProducts ?? []) {
    const r = view.member(ex.set, line.hts);
    if (r === 'in') {
      exempt = true;
      const set = view.engine.pack.productSets[ex.set];
      if (w.loud) w.notes.push(`heading ${m.heading} not applied: ${formatHts(line.hts)} is in ${set?.label ?? ex.set}${set?.curated ? ` (curated list: ${set.source})` : ''}${ex.note ? `; ${ex.note}` : ''}`);
      if (ex.heading && !w.reliefs.some((r2) => r2.heading === ex.heading)) {
        w.reliefs.push({ heading: ex.heading, program: m.program, description: `exemption from ${m.heading}`, rate_pct: 0, duty_usd: 0, citation: m.citation.note });
      }
      break;
    }
    if (r === 'split') {
      w.indeterminate.push(`the exemption from heading ${m.heading} (${view.engine.pack.productSets[ex.set]?.label ?? ex.set}) covers only some statistical lines of ${formatHts(line.hts)}: give the 10-digit number`);
      exempt = true;
      break;
    }
  }
  if (!exempt) out.push(m);
}

/** Keeps, in each exclusive group, the applicable measure of highest priority. */
export function exclusive(ms: Measure[]): Measure[] {
  if (ms.length <= 1) return ms;
  const best = new Map<string, Measure>();
  for (const m of ms) {
    if (!m.group) continue;
    const cur = best.get(m.group);
    if (!cur || (m.priority ?? 0) > (cur.priority ?? 0)) best.set(m.group, m);
  }
  return ms.filter((m) => !m.group || best.get(m.group) === m);
}

/** Applies a claimed exclusion heading: it relieves the listed measures when it is in force for the product. */
export function applyExclusion(view: DayView, line: EntryLine, ms: Measure[], w: Work): Measure[] {
  const claimed = line.claimedExclusion;
  if (!claimed) return ms;
  const exclusions = view.measuresFor(line.country).filter((m) => m.exclusion && m.heading === claimed);
  const known = view.engine.pack.measures.filter((m) => m.exclusion && m.heading === claimed);
  if (known.length === 0) {
    w.notes.push(`claimed_exclusion_heading ${claimed} is not an exclusion heading in the tariff pack; not applied`);
    return ms;
  }
  const fit = exclusions.find((m) => view.member(m.products, line.hts) !== 'out');
  if (!fit) {
    const windows = known.map((m) => `${m.from} to ${m.until ?? 'open'}`).join('; ');
    w.notes.push(`claimed_exclusion_heading ${claimed} not applied: not in force for ${formatHts(line.hts)} from ${line.country} on ${view.date} (in force ${windows})`);
    return ms;
  }
  const relieved = ms.filter((m) => fit.exclusion!.relieves.includes(m.heading));
  if (relieved.length === 0) {
    w.notes.push(`claimed_exclusion_heading ${claimed}: no duty it relieves applies to this line`);
    return ms;
  }
  w.reliefs.push({ heading: claimed, program: fit.program, description: fit.label, rate_pct: 0, duty_usd: 0, citation: `${claimed}; ${fit.citation.note}; ${fit.citation.authority}` });
  w.notes.push(`claimed exclusion ${claimed} relieves ${relieved.map((m) => m.heading).join(', ')}; the product description of the exclusion is taken as claimed (not verified)`);
  return ms.filter((m) => !relieved.includes(m));
}

