import type { EffectiveRateReport } from '../flows/effective-rate-types.js';
import type { ImportData } from '../model/trade.js';
import { loadImportData, type Loaded } from '../ingest/trade/load.js';
import type { TariffPack } from '../tariffs/pack.js';
import { effectiveRatesOf, parseRateRequest, tariffsUsed, type EffectiveRateAnswer, type EffectiveRateInput, type RateOptions } from './effective-rate.js';
import type { RateThread } from './effective-rate-thread.js';
import { openTradeData, type OptionNamer, type TradeDataChoice } from './trade.js';

/** One date's report with the trade files it read. */
interface Priced {
  report: EffectiveRateReport;
  files: string[];
  warnings: string[];
}

/**
 * The effective rate for a long-running process (the API): one date over the 209,616 lines of the
 * weights takes about two seconds, so each date's report is kept, per tariff pack version, trade data
 * version, date and options, and a chart of a dozen dates is computed once per server. The oldest
 * reports go first past `maxReports`; a date asked again while it is being computed waits for that
 * computation instead of starting another. With a RateThread the pricing runs on its worker thread, so
 * requests go on being answered meanwhile (the server); without one, one date per turn of the event loop.
 */
export class EffectiveRateMemo {
  private readonly reports = new Map<string, Promise<Priced>>();
  private weights?: { key: string; loaded: Promise<Loaded<ImportData>> };

  constructor(
    private readonly maxReports: number,
    private readonly thread?: RateThread,
  ) {}

  /** The same answer as getEffectiveRate, over the pack `openPack` gives (the server's warm one), opened once the request is checked. */
  async answer(openPack: () => Promise<TariffPack>, input: Omit<EffectiveRateInput, 'tariffs'>, name?: OptionNamer): Promise<EffectiveRateAnswer> {
    const { dates, options } = parseRateRequest(input, name);
    const pack = await openPack();
    const { where, options: loadOptions } = openTradeData(input.data);
    const weightsKey = where.version ?? where.dir;
    const price = this.thread
      ? (date: string) => this.thread!.run({ dataDir: input.data.home, packVersion: pack.version, data: choiceOf(input.data), date, options: withoutPack(options) })
      : async (date: string) => {
          const loaded = await this.weightsOf(weightsKey, () => loadImportData(where.dir, loadOptions));
          return { report: await nextTurn(() => effectiveRatesOf(pack, loaded.data, [date], options)[0]!), files: loaded.files, warnings: loaded.warnings };
        };
    const priced = await Promise.all(dates.map((date) => this.report(pack, weightsKey, date, options, price)));
    const first = priced[0]!;
    return { reports: priced.map((p) => p.report), data: { ...where, files: first.files, warnings: first.warnings }, tariffs: tariffsUsed(pack) };
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

  private report(pack: TariffPack, weightsKey: string, date: string, options: RateOptions, price: (date: string) => Promise<Priced>): Promise<Priced> {
    const key = JSON.stringify([pack.version, weightsKey, date, options.metalShare ?? null, options.preferences ?? null, options.usmcaShare ?? null]);
    const held = this.reports.get(key);
    if (held) {
      // Most recently used last, so the oldest is the first key.
      this.reports.delete(key);
      this.reports.set(key, held);
      return held;
    }
    const computed = price(date);
    this.reports.set(key, computed);
    computed.catch(() => this.reports.get(key) === computed && this.reports.delete(key));
    while (this.reports.size > this.maxReports) this.reports.delete(this.reports.keys().next().value!);
    return computed;
  }
}

/** Runs `work` on a later turn of the event loop, so that requests already read are answered first. */
function nextTurn<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(work());
      } catch (err) {
        reject(err);
      }
    });
  });
}

/** The trade data choice as plain data, for the worker thread. */
function choiceOf(c: TradeDataChoice): TradeDataChoice {
  return {
    home: c.home,
    ...(c.dir === undefined ? {} : { dir: c.dir }),
    ...(c.force === undefined ? {} : { force: c.force }),
    ...(c.folderOption === undefined ? {} : { folderOption: c.folderOption }),
  };
}

function withoutPack(options: RateOptions): Omit<RateOptions, 'estimateWith'> {
  if (options.estimateWith) throw new Error('an estimate pack cannot cross to the worker thread');
  const { estimateWith: _, ...rest } = options;
  return rest;
}
