import type { TradeCell, TradeMonth } from '../model/trade.js';
import type { BalanceMonth, Figures } from './balance-types.js';
import type { PartnerTimeline } from './series.js';

/** One month of the balance: the main series' figures, the latest revision beside them, gaps named. */

function figuresOf(m: TradeMonth | undefined): Figures {
  const f: Figures = {};
  if (m?.exports) f.exportsUsd = m.exports.usd;
  if (m?.imports) f.importsUsd = m.imports.usd;
  if (m?.exports && m.imports) f.balanceUsd = m.exports.usd - m.imports.usd;
  return f;
}

function latestRevision(month: string, timeline: PartnerTimeline): (Figures & { vintage: string }) | undefined {
  const vintages = [...timeline.revisions.keys()].reverse();
  for (const vintage of vintages) {
    const m = timeline.revisions.get(vintage)!.get(month);
    if (m) return { ...figuresOf(m), vintage };
  }
  return undefined;
}

function estimateNote(flow: string, cell: TradeCell | undefined): string[] {
  return cell?.approximate ? [`${flow} estimated (${cell.approximate})`] : [];
}

export function balanceMonth(month: string, timeline: PartnerTimeline): BalanceMonth {
  const main = timeline.main.get(month);
  const row: BalanceMonth = { month, ...figuresOf(main), notes: [] };
  if (main?.exports) row.exportsSource = main.exports.source;
  if (main?.imports) row.importsSource = main.imports.source;
  const revision = latestRevision(month, timeline);
  if (revision) row.revision = revision;
  row.notes.push(...estimateNote('exports', main?.exports), ...estimateNote('imports', main?.imports));
  if (!main) row.notes.push(revision ? `not in the main series; only the ${revision.vintage} vintage has this month` : 'no figures for this month in the data');
  else {
    if (!main.exports) row.notes.push('exports not in the data');
    if (!main.imports) row.notes.push('imports not in the data');
  }
  return row;
}
