import { parseIsoDate } from '../model/dates.js';
import { invalidInput } from '../model/errors.js';
import { effectiveRate } from '../flows/effective-rate.js';
import type { EffectiveRateReport } from '../flows/effective-rate-types.js';
import { FLOWS_CONFIG } from '../flows/config.js';
import { publishedRateOn, type PublishedRate } from '../flows/published-rates.js';
import { loadImportData } from '../ingest/trade/load.js';
import { euMembers } from '../tariffs/countries.js';
import type { TariffPack } from '../tariffs/index.js';
import { dutyPricing, RATE_PROGRAM_ORDER, treatedOtherwise } from './rate-pricing.js';
import { openTariffPack } from './tariffs.js';
import { cliOption, openTradeData, type OptionNamer, type TradeDataChoice, type TradeDataUsed } from './trade.js';

export type { CoverageRow, EffectiveRateReport, LineClass, RateRow, RealisedRate } from '../flows/effective-rate-types.js';
export { PUBLISHED_RATES, publishedRateOn, type PublishedRate } from '../flows/published-rates.js';

/**
 * `tariffs effective-rate`: the import-weighted statutory duty rate on one or more dates, over the
 * import weights of the trade data (a folder, or the imported version) priced with the tariff pack (a
 * file, or the data folder's current pack).
 */

export interface EffectiveRateInput {
  data: TradeDataChoice;
  tariffs: { pack?: string; dataDir: string };
  dates: readonly string[];
  /** Share of the value taken as metal content where a duty taxes it, 0 to 1. */
  metalShare?: string | number;
  /** `none` (statutory, the default) or `claimed-2024`. */
  preferences?: string;
  /** Share of Canadian and Mexican value entered under the USMCA, 0 to 1, on every line. */
  usmcaShare?: string | number;
}

export interface RateOptions {
  metalShare?: number;
  /** The pack whose 2024 law base duty estimates subtract (a scenario's base pack); default the pack priced. */
  estimateWith?: TariffPack;
  preferences?: 'none' | 'claimed-2024';
  usmcaShare?: number;
}

const PREFERENCES = ['none', 'claimed-2024'] as const;

function parsePreferences(value: string | undefined, field: string): RateOptions['preferences'] {
  if (value === undefined) return undefined;
  if (!(PREFERENCES as readonly string[]).includes(value)) throw invalidInput(field, value, `must be ${PREFERENCES.join(' or ')}`, 'invalid_option');
  return value as RateOptions['preferences'];
}

export interface EffectiveRateAnswer {
  reports: EffectiveRateReport[];
  data: TradeDataUsed;
  tariffs: { version: string; horizon: string };
}

function parseShare(field: string, value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (String(value).trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw invalidInput(field, value, 'must be a number from 0 to 1', 'invalid_share');
  return n;
}

/** The effective rate at each date over loaded weights and an opened pack (the bench and tests call this). */
export function effectiveRatesOf(pack: TariffPack, data: Parameters<typeof effectiveRate>[0]['data'], dates: readonly string[], options: RateOptions = {}): EffectiveRateReport[] {
  const pricing = dutyPricing(pack);
  const basePricing = options.estimateWith ? dutyPricing(options.estimateWith) : undefined;
  return dates.map((date) => {
    const members = euMembers(date);
    const report = effectiveRate({ data, date, pricing, basePricing, euMembers: members, programOrder: RATE_PROGRAM_ORDER, metalContentShare: options.metalShare, preferences: options.preferences, usmcaShare: options.usmcaShare });
    const pricedAs = FLOWS_CONFIG.effectiveRate.euBlockPricedAs;
    const otherwise = treatedOtherwise(pack, date, pricedAs, members);
    if (otherwise.length > 0) report.notes.push(`on ${date} the measures in force treat ${otherwise.join(', ')} otherwise than ${pricedAs}: the EU block's figure is ${pricedAs}'s treatment`);
    if (date > pack.horizon.from) report.notes.push(`${date} is after the last schedule edition in the tariff pack (${pack.horizon.edition}, from ${pack.horizon.from}): ${pack.horizon.note}`);
    return report;
  });
}

/** The dates and options of a request, checked before any work; errors name the options as `name` does. */
export function parseRateRequest(input: Pick<EffectiveRateInput, 'dates' | 'metalShare' | 'preferences' | 'usmcaShare'>, name: OptionNamer = cliOption): { dates: string[]; options: RateOptions } {
  if (input.dates.length === 0) throw invalidInput(name('date'), undefined, 'give at least one date (YYYY-MM-DD)', 'missing_field');
  const dates = input.dates.map((d) => parseIsoDate(d, name('date')));
  const options: RateOptions = {
    metalShare: parseShare(name('metal-share'), input.metalShare),
    preferences: parsePreferences(input.preferences, name('preferences')),
    usmcaShare: parseShare(name('usmca-share'), input.usmcaShare),
  };
  return { dates, options };
}

/** The tariff pack's version and the last schedule edition it holds, as answers name them. */
export function tariffsUsed(pack: TariffPack): EffectiveRateAnswer['tariffs'] {
  return { version: pack.version, horizon: `${pack.horizon.edition} (from ${pack.horizon.from})` };
}

/** The answer as JSON documents carry it (`--format json`, the API): each date's report beside the figure published for it. */
export function effectiveRateDocument(answer: EffectiveRateAnswer): EffectiveRateAnswer & { published: (PublishedRate | null)[] } {
  const { reports, data, tariffs } = answer;
  return { reports, published: reports.map((r) => publishedRateOn(r.date) ?? null), data, tariffs };
}

export async function getEffectiveRate(input: EffectiveRateInput): Promise<EffectiveRateAnswer> {
  const { dates, options: rateOptions } = parseRateRequest(input);
  const pack = await openTariffPack(input.tariffs);
  const { where, options } = openTradeData(input.data);
  const loaded = await loadImportData(where.dir, options);
  return {
    reports: effectiveRatesOf(pack, loaded.data, dates, rateOptions),
    data: { ...where, files: loaded.files, warnings: loaded.warnings },
    tariffs: tariffsUsed(pack),
  };
}
