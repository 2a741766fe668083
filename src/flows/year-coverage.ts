import type { AnnualTradeTotal, TradeMonth } from '../model/trade.js';
import { FLOWS_CONFIG } from './config.js';
import { monthsOfYear } from './months.js';
import type { PartnerTimeline } from './series.js';

/**
 * How many months of its year an annual total covers. Publishers' tables show the current year to date
 * beside complete years, and a file of such figures rarely says which is which: a total that equals the
 * sum of the year's first k months of some monthly series covers those k months; one that matches no
 * such sum is a whole year, unless it is the newest year of its fetch (undefined: part of the year, how
 * much is not known).
 */
export function monthsCovered(total: AnnualTradeTotal, timeline: PartnerTimeline): number | undefined {
  for (const months of [timeline.main, ...timeline.revisions.values()]) {
    const k = matchingPrefix(total, monthsOfYear(total.year).map((m) => months.get(m)));
    if (k !== undefined) return k;
  }
  return total.newestOfFetch ? undefined : 12;
}

function matchingPrefix(total: AnnualTradeTotal, months: readonly (TradeMonth | undefined)[]): number | undefined {
  if (total.exportsUsd === undefined && total.importsUsd === undefined) return undefined;
  let exports = 0;
  let imports = 0;
  for (const [i, m] of months.entries()) {
    if (!m?.exports || !m.imports) return undefined;
    exports += m.exports.usd;
    imports += m.imports.usd;
    const slack = FLOWS_CONFIG.monthSumSlackUsdPerMonth * (i + 1);
    const agrees = (given: number | undefined, sum: number) => given === undefined || Math.abs(given - sum) <= slack;
    if (agrees(total.exportsUsd, exports) && agrees(total.importsUsd, imports)) return i + 1;
  }
  return undefined;
}
