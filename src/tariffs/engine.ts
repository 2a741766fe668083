import { ClearanceError, invalidInput } from '../model/errors.js';
import type { EntryLine } from './entry.js';
import { formatHts } from './hts.js';
import type { Measure } from './measure.js';
import type { TariffPack } from './pack.js';
import { ALL_PRODUCTS, CompiledSet, type Membership } from './products.js';
import { Schedule } from './schedule.js';

/**
 * A pack ready to answer: the schedule indexed, and the measures in force on a date resolved once
 * into a DayView (by origin, product sets compiled for that date). Answering many lines for one date
 * reuses the view; a view is cheap to drop.
 */

export interface DutyOptions {
  /** The date whose law applies; the line's entry date when absent. */
  asOf?: string;
  /**
   * What to do when a measure taxes the metal content and the line does not declare it: refuse the
   * line naming metal_content_value_usd (the default), or assume the whole value is metal (an upper
   * bound, for estimates over trade statistics).
   */
  missingMetalContent?: 'error' | 'full_value';
}

export class TariffEngine {
  readonly schedule: Schedule;
  private readonly views = new Map<string, DayView>();
  private readonly byCountry: Map<string, Measure[]>;
  private readonly global: Measure[];

  constructor(readonly pack: TariffPack) {
    this.schedule = new Schedule(pack);
    this.byCountry = new Map();
    this.global = [];
    for (const m of pack.measures) {
      if (m.countries === 'all') this.global.push(m);
      else for (const c of m.countries) {
        const list = this.byCountry.get(c);
        if (list) list.push(m);
        else this.byCountry.set(c, [m]);
      }
    }
  }

  /** The measures that could reach an origin on some date. */
  measuresOf(country: string): Measure[] {
    return [...this.global, ...(this.byCountry.get(country) ?? [])].filter((m) => !m.exceptCountries?.includes(country));
  }

  /** The view of one date (cached: the last few dates asked). */
  view(date: string): DayView {
    let v = this.views.get(date);
    if (!v) {
      if (this.views.size >= 16) this.views.delete(this.views.keys().next().value as string);
      v = new DayView(this, date);
      this.views.set(date, v);
    }
    return v;
  }
}

/** Whether a measure is in force for entries on `date` (its own window; in-transit terms are per line). */
export function inWindow(m: Measure, date: string): boolean {
  return m.from <= date && (m.until === undefined || date <= m.until);
}

export class DayView {
  readonly edition: number;
  private readonly sets = new Map<string, CompiledSet>();
  private readonly countries = new Map<string, Measure[]>();
  private readonly memo = new Map<string, Membership>();

  constructor(readonly engine: TariffEngine, readonly date: string) {
    this.edition = engine.schedule.editionIndexOn(date);
    if (this.edition < 0) {
      const first = engine.schedule.editions[0]?.from ?? 'the first edition';
      throw new ClearanceError('date_before_data', 'invalid', `entry_date: ${date} is before the earliest schedule in the tariff pack (${first})`, { field: 'entry_date', value: date });
    }
  }

  /** Measures in force on this date that can reach an origin (in-transit headings included). */
  measuresFor(country: string): Measure[] {
    let list = this.countries.get(country);
    if (!list) {
      list = this.engine.measuresOf(country).filter((m) => inWindow(m, this.date));
      this.countries.set(country, list);
    }
    return list;
  }

  private compiled(id: string): CompiledSet {
    let set = this.sets.get(id);
    if (!set) {
      const def = this.engine.pack.productSets[id];
      if (!def) throw new Error(`tariff pack: measure names unknown product set ${id}`);
      set = new CompiledSet(def, this.date);
      this.sets.set(id, set);
    }
    return set;
  }

  /**
   * Membership of an HTS number in a product set; an 8-digit number split at 10 digits is in (or out)
   * when every statistical line under it in this edition is.
   */
  member(setId: string, code: string): Membership {
    if (setId === ALL_PRODUCTS) return 'in';
    const key = `${setId}|${code}`;
    const known = this.memo.get(key);
    if (known) return known;
    const set = this.compiled(setId);
    let result = set.match(code);
    if (result === 'split') {
      const kids = this.engine.schedule.statisticalLines(code).filter((c) => this.engine.schedule.has(c, this.edition));
      const each = kids.map((c) => set.match(c));
      if (each.length > 0 && each.every((r) => r === 'in')) result = 'in';
      else if (each.length > 0 && each.every((r) => r === 'out')) result = 'out';
    }
    if (this.memo.size > 200_000) this.memo.clear();
    this.memo.set(key, result);
    return result;
  }

  /** The statistical lines of an 8-digit number that are in a set (for the message asking for 10 digits). */
  membersUnder(setId: string, code8: string): string[] {
    const set = this.compiled(setId);
    return this.engine.schedule.statisticalLines(code8).filter((c) => set.match(c) === 'in').map(formatHts);
  }
}

/** The metal content of a line, or the whole value when allowed; refuses otherwise. */
export function metalContent(line: EntryLine, heading: string, options: DutyOptions): { cents: number; assumed: boolean } {
  if (line.metalContentCents !== undefined) return { cents: line.metalContentCents, assumed: false };
  if (options.missingMetalContent === 'full_value') return { cents: line.valueCents, assumed: true };
  throw invalidInput('metal_content_value_usd', undefined, `is required: heading ${heading} is assessed on the declared value of the metal content`, 'missing_metal_content');
}
