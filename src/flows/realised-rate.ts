import type { ImportData } from '../model/trade.js';
import type { RateLine, RealisedRate } from './effective-rate-types.js';

/**
 * The duty the year's entries actually paid (Census calculated duty) over their value: the check that
 * the weights are the trade the trackers weigh with (2.34% for 2024 over all partners). Realised, not
 * statutory: it is after preferences, exclusions and chapter 98 claims.
 */
export function realisedRates(data: ImportData, priced: readonly RateLine[], euMembers: readonly string[]): RealisedRate[] {
  const out: RealisedRate[] = [];
  if (data.totals) {
    let value = 0;
    let duty = 0;
    // The block's lines repeat its members' own; summing partners leaves it out.
    for (const l of data.totals.lines) {
      if (l.euBlock) continue;
      value += l.valueUsd;
      duty += l.calculatedDutyUsd;
    }
    out.push({ what: `all partners, all goods (${data.totals.level.toUpperCase()} totals, the EU block left out: its members are there)`, file: data.totals.file, year: data.totals.year, value_usd: value, duty_usd: duty, rate_pct: rateOf(duty, value) });
  }
  const members = new Set(euMembers);
  const hasBlock = data.weights.lines.some((l) => l.euBlock);
  let all = 0;
  let allDuty = 0;
  for (const l of data.weights.lines) {
    // Members listed beside the block are inside its lines already.
    if (hasBlock && l.origin && members.has(l.origin)) continue;
    all += l.valueUsd;
    allDuty += l.calculatedDutyUsd;
  }
  out.push({ what: `the ${data.weights.level.toUpperCase()} weights, all goods`, file: data.weights.file, year: data.weights.year, value_usd: all, duty_usd: allDuty, rate_pct: rateOf(allDuty, all) });
  let value = 0;
  let duty = 0;
  for (const l of priced) {
    value += l.valueUsd;
    duty += l.calculatedDutyUsd;
  }
  out.push({ what: 'the lines the effective rate prices (HS10 weights, chapters 98 and 99 left out)', file: data.weights.file, year: data.weights.year, value_usd: value, duty_usd: duty, rate_pct: rateOf(duty, value) });
  return out;
}

function rateOf(duty: number, value: number): number {
  return value > 0 ? (duty / value) * 100 : 0;
}
