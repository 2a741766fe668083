import type { EffectiveRateReport } from '../flows/effective-rate-types.js';
import type { ImportData } from '../model/trade.js';
import { loadImportData, type Loaded } from '../ingest/trade/load.js';
import type { TariffPack } from '../tariffs/pack.js';
import { effectiveRatesOf, parseRateRequest, tariffsUsed, type EffectiveRateAnswer, type EffectiveRateInput, type RateOptions } from './effective-rate.js';
import { openTradeData, type OptionNamer } from './trade.js';

/**
 * The effective rate for a long-running process (the API): one date over the 209,616 lines of the
 * weights takes about two seconds, so each date's report is kept, per tariff pack version, trade data
 * version, date and options, and a chart of a dozen dates is computed once per server. The oldest
 * reports go first past `maxReports`; a date asked again while it is being computed waits for that
 * computation instead of starting another. Dates are computed one per turn of the event loop, so other
 * requests are answered between them.
 */
export class EffectiveRateMemo {
  private readonly reports = new Map<string, Promise<EffectiveRateReport>>();
  private weights?: { key: string; loaded: Promise<Loaded<ImportData>> };

  constructor(private readonly maxReports: number) {}

  /** The same answer as getEffectiveRate, over the pack `openPack` gives (the server's warm one), opened once the request is checked. */
  async answer(openPack: () => Promise<TariffPack>, input: Omit<EffectiveRateInput, 'tariffs'>, name?: OptionNamer): Promise<EffectiveRateAnswer> {
    const { dates, options } = parseRateRequest(input, name);
    const pack = await openPack();
    const { where, options: loadOptions } = openTradeData(input.data);
    const weightsKey = where.version ?? where.dir;
    const loaded = await this.weightsOf(weightsKey, () => loadImportData(where.dir, loadOptions));
    const reports = await Promise.all(dates.map((date) => this.report(pack, weightsKey, loaded.data, date, options)));
    return { reports, data: { ...where, files: loaded.files, warnings: loaded.warnings }, tariffs: tariffsUsed(pack) };
  }

  /** Reports held now (for tests and metrics). */
  get size(): number {
    return this.reports.size;
  }

  private weightsOf(key: string, load: () => Promise<Loaded<ImportData>>): Promise<Loaded<ImportData>> {
    if (this.weights?.key !== key) {
      const entry = { key, loaded: load() };
      this.weights = entry;
      // Weights that failed to load are not kept: the next request tries again.
      entry.loaded.catch(() => this.weights === entry && (this.weights = undefined));
    }
    return this.weights.loaded;
  }

  private report(pack: TariffPack, weightsKey: string, data: ImportData, date: string, options: RateOptions): Promise<EffectiveRateReport> {
    const key = JSON.stringify([pack.version, weightsKey, date, options.metalShare ?? null, options.preferences ?? null, options.usmcaShare ?? null]);
    const held = this.reports.get(key);
    if (held) {
      // Most recently used last, so the oldest is the first key.
      this.reports.delete(key);
      this.reports.set(key, held);
      return held;
    }
    const computed = new Promise<EffectiveRateReport>((resolve, reject) => {
      setImmediate(() => {
        try {
          resolve(effectiveRatesOf(pack, data, [date], options)[0]!);
        } catch (err) {
          reject(err);
        }
      });
    });
    this.reports.set(key, computed);
    computed.catch(() => this.reports.get(key) === computed && this.reports.delete(key));
    while (this.reports.size > this.maxReports) this.reports.delete(this.reports.keys().next().value!);
    return computed;
  }
}
