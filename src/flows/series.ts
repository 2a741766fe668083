import type { BalanceData, TradeMonth } from '../model/trade.js';

/**
 * The monthly figures of one partner as one timeline: the main series of every file (files are expected
 * not to overlap; where they do, the first file in folder order keeps the month and the overlap is noted)
 * and each later vintage as a revision timeline beside it.
 */
export interface PartnerTimeline {
  main: Map<string, TradeMonth>;
  /** Revision vintage -> month -> figures, vintages oldest first. */
  revisions: Map<string, Map<string, TradeMonth>>;
  notes: string[];
}

export function partnerTimeline(data: BalanceData, partner: string): PartnerTimeline {
  const timeline: PartnerTimeline = { main: new Map(), revisions: new Map(), notes: [] };
  const series = data.series.filter((s) => s.partner === partner);
  for (const s of series.filter((x) => x.vintage === 'main')) {
    for (const m of s.months) {
      const held = timeline.main.get(m.month);
      if (held) timeline.notes.push(`${m.month} is in more than one monthly file; the figures of ${held.exports?.source ?? held.imports?.source} are shown`);
      else timeline.main.set(m.month, m);
    }
  }
  for (const s of series.filter((x) => x.vintage !== 'main').sort((a, b) => a.vintage.localeCompare(b.vintage))) {
    const months = timeline.revisions.get(s.vintage) ?? new Map<string, TradeMonth>();
    for (const m of s.months) months.set(m.month, m);
    timeline.revisions.set(s.vintage, months);
  }
  return timeline;
}

/** Every month the timeline has figures for, in order. */
export function timelineMonths(timeline: PartnerTimeline): string[] {
  const all = new Set(timeline.main.keys());
  for (const months of timeline.revisions.values()) for (const m of months.keys()) all.add(m);
  return [...all].sort();
}
