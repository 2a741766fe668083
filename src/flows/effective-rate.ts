import type { ImportData } from '../model/trade.js';
import { FLOWS_CONFIG } from './config.js';
import type { DatePricer, EffectiveRateReport, LineClass, LineToPrice, PricedLine, RateLine, RatePricing } from './effective-rate-types.js';
import { claimShares, type ClaimShares } from './preference-claims.js';
import { RateAccumulator, type PricedPart } from './rate-accumulator.js';
import { prepareRateLines } from './rate-lines.js';
import { toCents } from './rate-sums.js';
import { realisedRates } from './realised-rate.js';

/**
 * The import-weighted statutory duty rate on a date: every line of the year's imports (HS10 by partner)
 * priced at that date's law by the duty engine, the duty summed over the value. Static: the weights are
 * the year's trade as it was, before anyone changed what they bought because of the duties.
 *
 * What the weights cannot tell the engine is said, never priced as zero: a line the schedule cannot price
 * at all is left out (and the rate is over the rest); a specific base rate with no quantity takes the
 * line's own 2024 calculated duty (less its 2024 chapter 99 duty) as its base duty; a duty on the metal
 * content takes a share of the value as metal, with the rate at no metal and at all metal beside it.
 * Trade preferences are not claimed unless asked (`preferences: 'claimed-2024'`), and then in the share
 * the partner's 2024 duty shows them claimed.
 */

export interface EffectiveRateInput {
  data: ImportData;
  date: string;
  pricing: RatePricing;
  /**
   * The 2024 law that base duty estimates subtract (default `pricing`): a scenario priced against the
   * real pack's 2024 duty, so that a supposed chapter 99 change does not move the estimated base.
   */
  basePricing?: RatePricing;
  /** Members of the EU on the date (the weights' EU block is one of them; members listed apart leave it). */
  euMembers: readonly string[];
  /** Share of the value taken as metal content where a duty taxes it (default in FLOWS_CONFIG). */
  metalContentShare?: number;
  /** `none` (statutory: no preference claimed) or `claimed-2024` (claimed as the 2024 duty shows). */
  preferences?: 'none' | 'claimed-2024';
  /** Share of Canada's and Mexico's value entered under the USMCA, on every line, instead of any estimate. */
  usmcaShare?: number;
  /** Order in which programs are reported. */
  programOrder: readonly string[];
}

/** A line the schedule could not price at all: no rate and no chapter 99 duty, only the reason. */
export function unpriced(a: PricedLine): boolean {
  return a.base_rate === '' && a.base_duty_usd === null && a.additional.length === 0 && a.status === 'indeterminate';
}

export function dutyCents(a: PricedLine): number {
  let cents = 0;
  for (const x of a.additional) cents += toCents(x.duty_usd);
  return cents;
}

/** A reason with its HTS numbers and quoted rates blanked, so that lines failing for the same cause count together. */
function reasonClass(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/\b\d{4}(?:\.?\d{2}){1,4}\b/g, '#').slice(0, 160);
}

class Classes {
  private readonly map = new Map<string, { lines: number; value: number; treatment: string }>();

  add(what: string, treatment: string, valueCents: number): void {
    const t = this.map.get(what) ?? { lines: 0, value: 0, treatment };
    t.lines++;
    t.value += valueCents;
    this.map.set(what, t);
  }

  list(totalCents: number): LineClass[] {
    return [...this.map]
      .map(([what, t]) => ({ what, lines: t.lines, value_usd: t.value / 100, share_pct: totalCents > 0 ? (t.value / totalCents) * 100 : 0, treatment: t.treatment }))
      .sort((a, b) => b.value_usd - a.value_usd);
  }
}

const BASE_ESTIMATED = 'base rate specific or compound (per kg, per barrel, ...) and the weights carry no quantity';
const BASE_ESTIMATED_HOW = `base duty taken as the line's 2024 calculated duty less its chapter 99 duty under the law of ${FLOWS_CONFIG.effectiveRate.baseYearLawDate} (a realised ad valorem equivalent); its chapter 99 duties priced as usual`;
const PART_OPEN = 'computed at the heading\'s rate; the engine cannot know the rest (quota fill, a 10-digit split, a top-up without a base duty)';
const UNPRICED_HOW = 'left out of the rate (the rate is over the other lines: as if they carried its average)';

function claimsNote(input: EffectiveRateInput, estimate: boolean): string {
  const rest = 'every chapter 99 measure in force on the date; exclusions are not claimed';
  const usmca = input.usmcaShare === undefined ? '' : `the USMCA claimed on ${input.usmcaShare * 100}% of every Canadian and Mexican line; `;
  if (estimate) {
    return `preferences claimed as in 2024: ${usmca}each line of a partner with a free trade agreement is priced in two parts, the share its 2024 duty shows entered under the agreement (priced under it) and the rest at the column 1 general rate; ${rest}`;
  }
  if (usmca) return `${usmca}no other preference claimed; ${rest}`;
  return `statutory: every line pays the column 1 general rate (column 2 for its countries) and ${rest}; trade preferences (USMCA, other free trade agreements) are not claimed`;
}

export function effectiveRate(input: EffectiveRateInput): EffectiveRateReport {
  const share = input.metalContentShare ?? FLOWS_CONFIG.effectiveRate.metalContentShare;
  const prepared = prepareRateLines(input.data.weights, input.euMembers);
  const pricer = input.pricing.on(input.date);
  let baseYear: DatePricer | undefined;
  const sums = new RateAccumulator();
  const leftOut = new Classes();
  const assumed = new Classes();
  const metal = { lines: 0, value: 0, ifNone: 0, ifAll: 0 };
  const statutoryRequest = (line: RateLine): LineToPrice => {
    const request: LineToPrice = { hts: line.hs10, origin: line.origin, valueUsd: line.valueUsd };
    return pricer.taxesMetalContent(line.hs10, line.origin) ? { ...request, metalContentUsd: Math.round(toCents(line.valueUsd) * share) / 100 } : request;
  };
  const estimate = input.preferences === 'claimed-2024';
  const fixed: Record<string, number> = input.usmcaShare === undefined ? {} : { CA: input.usmcaShare, MX: input.usmcaShare };
  const claims: ClaimShares | undefined = estimate || input.usmcaShare !== undefined ? claimShares(prepared.lines, (line) => pricer.price(statutoryRequest(line)), { estimate, fixed }) : undefined;

  const estimateBase = (line: RateLine, request: LineToPrice): number => {
    baseYear ??= (input.basePricing ?? input.pricing).on(FLOWS_CONFIG.effectiveRate.baseYearLawDate);
    const then = baseYear.price({ hts: request.hts, origin: request.origin, valueUsd: request.valueUsd });
    return Math.max(0, toCents(line.calculatedDutyUsd) - (unpriced(then) ? 0 : dutyCents(then)));
  };

  /** One pricing of the line (statutory, or under a preference), its base duty estimated when needed. */
  const part = (line: RateLine, request: LineToPrice, weight: number, priced?: PricedLine): PricedPart | undefined => {
    const answer = priced ?? pricer.price(request);
    if (unpriced(answer)) return undefined;
    const baseCents = answer.base_duty_usd === null ? estimateBase(line, request) : toCents(answer.base_duty_usd);
    if (request.metalContentUsd !== undefined) {
      const charged = dutyCents(answer);
      metal.ifNone += weight * (dutyCents(pricer.price({ ...request, metalContentUsd: 0 })) - charged);
      metal.ifAll += weight * (dutyCents(pricer.price({ ...request, metalContentUsd: line.valueUsd })) - charged);
    }
    return { weight, answer, baseCents };
  };

  prepared.lines.forEach((line, at) => {
    const valueCents = toCents(line.valueUsd);
    const request = statutoryRequest(line);
    const statutory = claims?.statutory.get(at) ?? pricer.price(request);
    if (unpriced(statutory)) {
      leftOut.add(`the schedule cannot price the line: ${reasonClass(statutory.indeterminate?.[0] ?? 'no reason given')}`, UNPRICED_HOW, valueCents);
      return;
    }
    const claimed = claims?.shareOf(at, line) ?? 0;
    const parts = [part(line, request, 1 - claimed, statutory)!];
    if (claimed > 0) {
      const preferred = part(line, { ...request, preference: claims!.programOf(line) }, claimed);
      // Goods the schedule cannot price under the preference keep their statutory pricing.
      if (preferred) parts.push(preferred);
      else parts[0]!.weight = 1;
    }
    if (statutory.base_duty_usd === null) assumed.add(BASE_ESTIMATED, BASE_ESTIMATED_HOW, valueCents);
    for (const reason of (statutory.indeterminate ?? []).slice(statutory.base_duty_usd === null ? 1 : 0)) assumed.add(`part of the duty open: ${reasonClass(reason)}`, PART_OPEN, valueCents);
    if (request.metalContentUsd !== undefined) {
      metal.lines++;
      metal.value += valueCents;
    }
    sums.add(line, parts.filter((p) => p.weight > 0));
  });

  const totals = sums.sums(input.programOrder);
  const weightsValue = prepared.lines.reduce((s, l) => s + l.valueUsd, 0) + prepared.leftOut.reduce((s, c) => s + c.value_usd, 0);
  const report: EffectiveRateReport = {
    date: input.date,
    weights: { file: input.data.weights.file, year: input.data.weights.year, lines: input.data.weights.lines.length, value_usd: weightsValue },
    ...totals,
    left_out: [...prepared.leftOut.map((c) => ({ ...c, share_pct: (c.value_usd / weightsValue) * 100 })), ...leftOut.list(sums.valueCents)],
    assumed: assumed.list(sums.valueCents),
    metal_content: { share, lines: metal.lines, value_usd: metal.value / 100, rate_pct_if_none: sums.rate(metal.ifNone), rate_pct_if_all: sums.rate(metal.ifAll) },
    realised: realisedRates(input.data, prepared.lines, input.euMembers),
    notes: [claimsNote(input, estimate), 'static: the weights are the 2024 trade as it was, not as buyers would change it in answer to the duties', ...prepared.notes],
  };
  if (claims) report.preferences = claims.report(sums.valueCents);
  return report;
}
