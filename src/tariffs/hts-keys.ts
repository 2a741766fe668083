import { ClearanceError } from '../model/errors.js';
import type { TariffEngine } from './engine.js';
import { LawPeriods } from './law-periods.js';
import type { RateFormula } from './rate.js';

/**
 * What the duty engine reads of an HTS number on a plain line, as a small integer: its general and
 * column 2 base rates (their shapes and ad valorem parts) and the product sets it is in on the date,
 * so that numbers alike share a pricing key (BookPricer). Resolved once per number and law period,
 * and shared by a scenario's engine when the scenario leaves the schedule and every product set as
 * they are (the same objects): a scenario that only changes measures then does not resolve each
 * number's rates and sets a second time.
 */

export interface HtsKey {
  sig: number;
  display: string;
  /** The shapes of the column 1 general and column 2 rates, without their ad valorem figures ('E' when the number has none on the date). */
  shapes: string;
  /** Parts per million of each rate when it is ad valorem only, else null. */
  generalPpm: number | null;
  otherPpm: number | null;
  /** The sets the number is in (or split across), sorted, and their `id=membership` texts. */
  setIds: readonly string[];
  members: readonly string[];
}

/** '-' no rate, 'u' a rate the engine cannot apply, 'v' ad valorem only, 'n' with a specific part. */
function shapeOf(f: RateFormula | undefined): string {
  if (!f) return '-';
  if (f.unsupported) return 'u';
  return f.parts.every((p) => p.kind === 'ad_valorem') ? 'v' : 'n';
}

function ppmOf(f: RateFormula | undefined): number | null {
  if (!f || f.unsupported || !f.parts.every((p) => p.kind === 'ad_valorem')) return null;
  let ppm = 0;
  for (const p of f.parts) if (p.kind === 'ad_valorem') ppm += p.ppm;
  return ppm;
}

function formulaSig(f: RateFormula | undefined): string {
  if (!f) return '-';
  if (f.unsupported) return 'u';
  let s = 'f';
  for (const p of f.parts) s += p.kind === 'ad_valorem' ? `+${p.ppm}` : '+n';
  return s;
}

export class HtsKeys {
  private readonly periods: LawPeriods;
  /** Law period -> HTS number -> key (a period's dates have the same schedule edition and sets). */
  private readonly byPeriod = new Map<string, Map<string, HtsKey>>();
  /** Date -> its period's keys (a book repeats its dates, so the period is found once per date). */
  private readonly byDate = new Map<string, Map<string, HtsKey>>();
  private readonly sigs = new Map<string, number>();

  constructor(readonly engine: TariffEngine) {
    this.periods = new LawPeriods(engine.pack);
  }

  /** These keys when `other` reads numbers exactly as this engine does (same schedule, same product sets), else its own. */
  sharedWith(other: TariffEngine): HtsKeys {
    const a = this.engine.pack;
    const b = other.pack;
    if (a === b) return this;
    const sameSchedule = a.editions === b.editions && a.texts === b.texts && a.lines === b.lines;
    const ids = Object.keys(a.productSets);
    const sameSets = ids.length === Object.keys(b.productSets).length && ids.every((id) => a.productSets[id] === b.productSets[id]);
    return sameSchedule && sameSets ? this : new HtsKeys(other);
  }

  /** The keys of `date`'s law period: `of(keys, hts)` then costs one lookup per line. */
  onDate(date: string): Map<string, HtsKey> {
    let keys = this.byDate.get(date);
    if (!keys) {
      const period = this.periods.periodOf(date);
      keys = this.byPeriod.get(period);
      if (!keys) {
        keys = new Map();
        this.byPeriod.set(period, keys);
      }
      this.byDate.set(date, keys);
    }
    return keys;
  }

  /** The key of a number on `date`, from `onDate(date)`'s keys. */
  of(date: string, keys: Map<string, HtsKey>, hts: string): HtsKey {
    let key = keys.get(hts);
    if (!key) {
      key = this.resolve(date, hts);
      keys.set(hts, key);
    }
    return key;
  }

  private resolve(date: string, hts: string): HtsKey {
    const facts = this.engine.view(date).line(hts);
    let rates = 'E';
    let shapes = 'E';
    let setIds: string[] = [];
    let generalPpm: number | null = null;
    let otherPpm: number | null = null;
    if (!(facts.rates instanceof ClearanceError)) {
      const { general, other } = facts.rates;
      rates = `${formulaSig(general)};${formulaSig(other)}`;
      shapes = `${shapeOf(general)};${shapeOf(other)}`;
      [generalPpm, otherPpm] = [ppmOf(general), ppmOf(other)];
      setIds = [...facts.sets.keys()].sort();
    }
    const members = setIds.map((id) => `${id}=${facts.sets.get(id)}`);
    const text = `${rates};${members.join('|')}`;
    let sig = this.sigs.get(text);
    if (sig === undefined) {
      sig = this.sigs.size;
      this.sigs.set(text, sig);
    }
    return { sig, display: facts.display, shapes, generalPpm, otherPpm, setIds, members };
  }
}
