import { parseIsoDate } from '../model/dates.js';
import { invalidInput } from '../model/errors.js';
import type { RateRow } from '../flows/effective-rate-types.js';
import { loadImportData } from '../ingest/trade/load.js';
import { scenarioTariffPack } from '../scenarios/apply.js';
import type { Scenario } from '../scenarios/schema.js';
import type { TariffPack } from '../tariffs/pack.js';
import { effectiveRatesOf } from './effective-rate.js';
import type { RateThread } from './effective-rate-thread.js';
import { openTariffPack } from './tariffs.js';
import { openTradeData, type TradeDataChoice, type TradeDataUsed } from './trade.js';

/**
 * `scenario national`: the effective tariff rate and the static duty revenue on national import
 * weights, before and after a scenario, by program and by country: the same weights priced with the
 * base tariff pack and with the scenario laid over it (static: the weights do not move).
 */

export interface NationalRow {
  key: string;
  value_usd: number;
  duty_usd: [number, number];
  rate_pct: [number, number];
  change_usd: number;
}

export interface NationalDate {
  date: string;
  weights: { file: string; year: number; lines: number; value_usd: number };
  rate_pct: [number, number];
  duty_usd: [number, number];
  change_usd: number;
  by_program: NationalRow[];
  by_country: NationalRow[];
}

export interface ScenarioNational {
  scenario: { name: string; description: string };
  packs: { base: string; scenario: string };
  static_note: string;
  dates: NationalDate[];
  data?: TradeDataUsed;
}

export const NATIONAL_STATIC_NOTE =
  'static: the import weights of the data year priced before and after; no change in trade volumes, sourcing or prices is modelled, so the revenue is the duty the same imports would owe';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Rows of both sides by key; `total` (programs) makes rates points of the whole rate, else each row's own value. */
function side(before: RateRow[], after: RateRow[], total?: number): NationalRow[] {
  const programs = total !== undefined;
  const keys = [...new Set([...before.map((r) => r.key), ...after.map((r) => r.key)])];
  const find = (rows: RateRow[], key: string) => rows.find((r) => r.key === key);
  return keys
    .map((key) => {
      const [b, a] = [find(before, key), find(after, key)];
      const value = total ?? (b ?? a)!.value_usd;
      const duty: [number, number] = [b?.duty_usd ?? 0, a?.duty_usd ?? 0];
      const rate = (d: number): number => (value > 0 ? round2((d / value) * 100) : 0);
      return { key, value_usd: value, duty_usd: duty, rate_pct: [rate(duty[0]), rate(duty[1])] as [number, number], change_usd: round2(duty[1] - duty[0]) };
    })
    .sort(programs ? () => 0 : (x, y) => Math.abs(y.change_usd) - Math.abs(x.change_usd) || y.duty_usd[1] - x.duty_usd[1] || (x.key < y.key ? -1 : 1));
}

/** Before and after at each date, over weights already loaded (tests and the bench call this). */
export function nationalOf(base: TariffPack, scenario: Scenario, data: Parameters<typeof effectiveRatesOf>[1], dates: readonly string[]): ScenarioNational {
  const after = scenarioTariffPack(base, scenario);
  const before = effectiveRatesOf(base, data, dates);
  const changed = after === base ? before : effectiveRatesOf(after, data, dates, { estimateWith: base });
  return {
    scenario: { name: scenario.name, description: scenario.description },
    packs: { base: base.version, scenario: after.version },
    static_note: NATIONAL_STATIC_NOTE,
    dates: before.map((b, i) => {
      const a = changed[i]!;
      return {
        date: b.date,
        weights: b.weights,
        rate_pct: [b.rate_pct, a.rate_pct],
        duty_usd: [b.duty_usd, a.duty_usd],
        change_usd: round2(a.duty_usd - b.duty_usd),
        by_program: side(b.by_program, a.by_program, b.value_usd),
        by_country: side(b.by_country, a.by_country),
      };
    }),
  };
}

function checkedDates(dates: readonly string[]): string[] {
  if (dates.length === 0) throw invalidInput('--date', undefined, 'give at least one date (YYYY-MM-DD)', 'missing_field');
  return dates.map((d) => parseIsoDate(d, '--date'));
}

export async function scenarioNational(input: { scenario: Scenario; data: TradeDataChoice; tariffs: { pack?: string; dataDir: string }; dates: readonly string[] }): Promise<ScenarioNational> {
  const dates = checkedDates(input.dates);
  const base = await openTariffPack(input.tariffs);
  const { where, options } = openTradeData(input.data);
  const loaded = await loadImportData(where.dir, options);
  return { ...nationalOf(base, input.scenario, loaded.data, dates), data: { ...where, files: loaded.files, warnings: loaded.warnings } };
}

/**
 * As scenarioNational, priced on a worker thread (the server, whose answering thread must not spend the
 * seconds each date costs): over the data folder's current tariff pack, which must be `packVersion`.
 */
export async function scenarioNationalOn(
  thread: RateThread,
  input: { scenario: Scenario; data: TradeDataChoice; dataDir: string; packVersion: string; dates: readonly string[] },
): Promise<ScenarioNational> {
  const dates = checkedDates(input.dates);
  // Read here first so that missing trade data is named as the command line names it.
  const { where } = openTradeData(input.data);
  const r = await thread.national({ dataDir: input.dataDir, packVersion: input.packVersion, data: input.data, scenario: input.scenario, dates });
  return {
    scenario: { name: input.scenario.name, description: input.scenario.description },
    packs: r.packs,
    static_note: NATIONAL_STATIC_NOTE,
    dates: r.dates,
    data: { ...where, files: r.files, warnings: r.warnings },
  };
}
