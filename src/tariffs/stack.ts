import { metalContent, type DutyOptions } from './engine.js';
import type { EntryLine } from './entry.js';
import type { Applied, Work } from './line-work.js';
import type { Measure, StackingClass } from './measure.js';
import { centsToUsd } from './money.js';
import { STACKING_RULES } from './stacking.js';

/** The stacking table applied: measures removed, or their basis reduced to the non-metal content. */
export function stack(line: EntryLine, ms: Measure[], options: DutyOptions, w: Work): Applied[] {
  if (ms.length <= 1) return ms.map((measure) => ({ measure, basisCents: line.valueCents }));
  const present = new Set<StackingClass>(ms.map((m) => m.stacking));
  const removed = new Set<Measure>();
  const reduced = new Map<Measure, string>();
  for (const rule of STACKING_RULES) {
    if (!rule.when.some((c) => present.has(c))) continue;
    const cause = ms.find((m) => rule.when.includes(m.stacking) && !removed.has(m));
    if (!cause) continue;
    for (const m of ms) {
      if (!rule.removes.includes(m.stacking) || removed.has(m)) continue;
      if (rule.portion === 'all') {
        removed.add(m);
        if (w.loud) w.notes.push(`heading ${m.heading} not applied: the goods are under heading ${cause.heading} (${rule.citation})`);
      } else reduced.set(m, cause.heading);
    }
  }
  const out: Applied[] = [];
  for (const m of ms) {
    if (removed.has(m)) continue;
    const by = reduced.get(m);
    if (!by) {
      out.push({ measure: m, basisCents: line.valueCents });
      continue;
    }
    const content = metalContent(line, by, { ...options, missingMetalContent: line.metalContentCents === undefined && ms.find((x) => x.heading === by)?.stacking === 's232_metal' ? 'full_value' : options.missingMetalContent });
    const rest = line.valueCents - content.cents;
    if (rest <= 0) {
      if (w.loud) w.notes.push(`heading ${m.heading} not applied: it reaches only the non-metal content, and ${content.assumed ? 'the whole value is taken as metal content (metal_content_value_usd not given)' : 'the declared metal content is the whole value'} of heading ${by}`);
      continue;
    }
    out.push({
      measure: m,
      basisCents: rest,
      basisNote: content.assumed
        ? `heading ${m.heading} applies only to the non-metal content; metal_content_value_usd not given, so the whole value is taken as metal content of heading ${by}`
        : `heading ${m.heading} applies to the non-metal content only ($${centsToUsd(rest).toFixed(2)}), not to the metal content under heading ${by}`,
    });
  }
  return out;
}

