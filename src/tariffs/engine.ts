import { ClearanceError, invalidInput } from '../model/errors.js';
import type { EntryLine } from './entry.js';
import { formatHts } from './hts.js';
import type { Measure } from './measure.js';
import type { TariffPack } from './pack.js';
import { ALL_PRODUCTS, CompiledSet, type Membership } from './products.js';
import { Schedule, type LineRates } from './schedule.js';
import { LawPeriods } from './law-periods.js';

/**
 * A pack ready to answer: the schedule indexed, and the measures in force on a date resolved once
 * into a DayView (by origin, product sets compiled for that date). Answering many lines for one date
 * reuses the view; the dates of one law period (LawPeriods) share what their views resolve.
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
  /**
   * Turn what the line lacks (a quantity for a specific rate, a number not in the schedule on that
   * date, 10 digits where the rate needs them) into an indeterminate answer with the reason, instead
   * of an error: for statistics over trade data, where every line must come back.
   */
  lenient?: boolean;
  /** Leave notes and citations out of the answers (amounts, headings and status only), for bulk work. */
  quiet?: boolean;
}

export class TariffEngine {
  readonly schedule: Schedule;
  private readonly views = new Map<string, DayView>();
  private readonly periodStates = new Map<string, PeriodState>();
  private periods?: LawPeriods;
  private sets?: SetIndex;
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
      if (this.views.size >= VIEWS_KEPT) this.views.delete(this.views.keys().next().value as string);
      v = new DayView(this, date, this.periodState(date));
      this.views.set(date, v);
    }
    return v;
  }

  /**
   * Every prefix any product set lists or carves out on any date, so that a line finds the few sets
   * that can hold it; which of them do on a date is then decided by the set compiled for that date.
   * One index for all dates: a new date compiles only the sets its lines touch.
   * @internal
   */
  setIndex(): SetIndex {
    if (!this.sets) {
      const byPrefix = new Map<string, string[]>();
      const bySplit = new Map<string, string[]>();
      const push = (map: Map<string, string[]>, key: string, id: string): void => {
        const list = map.get(key);
        if (!list) map.set(key, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      };
      for (const [id, set] of Object.entries(this.pack.productSets)) {
        for (const e of set.entries) {
          const code = typeof e === 'string' ? e : e[0];
          push(byPrefix, code, id);
          if (code.length === 10) push(bySplit, code.slice(0, 8), id);
        }
        for (const code of set.except ?? []) {
          push(byPrefix, code, id);
          if (code.length === 10) push(bySplit, code.slice(0, 8), id);
        }
      }
      this.sets = { byPrefix, bySplit };
    }
    return this.sets;
  }

  /** What the views of a date's law period resolve, shared (the last few periods asked). */
  private periodState(date: string): PeriodState {
    this.periods ??= new LawPeriods(this.pack);
    const key = this.periods.periodOf(date);
    let state = this.periodStates.get(key);
    if (!state) {
      if (this.periodStates.size >= PERIODS_KEPT) this.periodStates.delete(this.periodStates.keys().next().value as string);
      state = newPeriodState();
      this.periodStates.set(key, state);
    }
    return state;
  }
}

/** Views are cheap once their period's state exists; each state holds compiled sets and line facts. */
const VIEWS_KEPT = 64;
const PERIODS_KEPT = 16;

/** Prefix -> ids of the sets naming it; 8-digit prefix -> ids of the sets with 10-digit codes under it. */
interface SetIndex {
  byPrefix: Map<string, string[]>;
  bySplit: Map<string, string[]>;
}

/** What a DayView resolves, the same for every date of one law period. */
interface PeriodState {
  sets: Map<string, CompiledSet>;
  countries: Map<string, Measure[]>;
  lineSets: Map<string, Map<string, Membership>>;
  lines: Map<string, LineFacts>;
  indexes: Map<string, { all: Measure[]; bySet: Map<string, Measure[]> }>;
}

function newPeriodState(): PeriodState {
  return { sets: new Map(), countries: new Map(), lineSets: new Map(), lines: new Map(), indexes: new Map() };
}

/** Whether a measure is in force for entries on `date` (its own window; in-transit terms are per line). */
export function inWindow(m: Measure, date: string): boolean {
  return m.from <= date && (m.until === undefined || date <= m.until);
}

export interface LineFacts {
  rates: LineRates | ClearanceError;
  sets: Map<string, Membership>;
  display: string;
}

export class DayView {
  readonly edition: number;
  private readonly sets: Map<string, CompiledSet>;
  private readonly countries: Map<string, Measure[]>;
  private readonly lineSets: Map<string, Map<string, Membership>>;
  private readonly lines: Map<string, LineFacts>;
  private readonly indexes: Map<string, { all: Measure[]; bySet: Map<string, Measure[]> }>;

  /** @internal `period` is shared by the views of every date of the same law period. */
  constructor(
    readonly engine: TariffEngine,
    readonly date: string,
    private readonly period: PeriodState = newPeriodState(),
  ) {
    ({ sets: this.sets, countries: this.countries, lineSets: this.lineSets, lines: this.lines, indexes: this.indexes } = period);
    this.edition = engine.schedule.editionIndexOn(date);
    if (this.edition < 0) {
      const first = engine.schedule.editions[0]?.from ?? 'the first edition';
      throw new ClearanceError('date_before_data', 'invalid', `entry_date: ${date} is before the earliest schedule in the tariff pack (${first})`, { field: 'entry_date', value: date });
    }
  }

  /**
   * What a number is on this date, resolved once (a book repeats its numbers): its rates in the
   * schedule (or why it has none), the product sets it is in, and how it is printed.
   */
  line(code: string): LineFacts {
    let facts = this.lines.get(code);
    if (!facts) {
      let rates: LineRates | ClearanceError;
      try {
        rates = this.engine.schedule.lineRates(code, this.edition);
      } catch (err) {
        if (!(err instanceof ClearanceError)) throw err;
        rates = this.standIn(code, err);
      }
      facts = { rates, sets: this.setsOf(code), display: formatHts(code) };
      if (this.lines.size > 100_000) this.lines.clear();
      this.lines.set(code, facts);
    }
    return facts;
  }

  /** The schedule's rates of a number on this date; throws when it has none. */
  lineRates(code: string): LineRates {
    const r = this.line(code).rates;
    if (r instanceof ClearanceError) throw r;
    return r;
  }

  /**
   * The measures of an origin on this date split by product scope: those on every product, and
   * those on a set, by set id (a line then looks only at the sets it is in).
   */
  indexFor(country: string): { all: Measure[]; bySet: Map<string, Measure[]> } {
    let idx = this.indexes.get(country);
    if (!idx) {
      const all: Measure[] = [];
      const bySet = new Map<string, Measure[]>();
      for (const m of this.measuresFor(country)) {
        if (m.products === ALL_PRODUCTS) all.push(m);
        else {
          const list = bySet.get(m.products);
          if (list) list.push(m);
          else bySet.set(m.products, [m]);
        }
      }
      idx = { all, bySet };
      this.indexes.set(country, idx);
    }
    return idx;
  }

  /**
   * The annual databases stand in for the years the data has no schedule of: a number those years
   * used that the database of 2017 (or 2024) lacks is read from the next edition that has it, and
   * the answer says so. Within the 2025-2026 revisions a number absent on the date is refused.
   */
  private standIn(code: string, err: ClearanceError): LineRates | ClearanceError {
    const editions = this.engine.schedule.editions;
    if (err.code !== 'hts_not_in_schedule' || !editions[this.edition]!.id.startsWith('tdb_')) return err;
    for (let e = this.edition + 1; e < editions.length; e++) {
      try {
        const rates = this.engine.schedule.lineRates(code, e);
        return { ...rates, from: editions[e]!.label };
      } catch (next) {
        if (!(next instanceof ClearanceError) || next.code !== 'hts_not_in_schedule') return err;
      }
    }
    return err;
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

  /** The sets a code is in (or split across) on this date; sets not listed are 'out'. */
  setsOf(code: string): Map<string, Membership> {
    let found = this.lineSets.get(code);
    if (found) return found;
    const { byPrefix, bySplit } = this.engine.setIndex();
    found = new Map();
    const touched = new Set<string>();
    for (let n = 2; n <= code.length; n += 2) for (const id of byPrefix.get(code.slice(0, n)) ?? []) touched.add(id);
    if (code.length === 8) for (const id of bySplit.get(code) ?? []) touched.add(id);
    for (const id of touched) {
      const r = this.resolve(id, code);
      if (r !== 'out') found.set(id, r);
    }
    if (this.lineSets.size > 100_000) this.lineSets.clear();
    this.lineSets.set(code, found);
    return found;
  }

  /**
   * Membership of an 8-digit number split at 10 digits is in (or out) when every statistical line
   * under it in this edition is.
   */
  private resolve(setId: string, code: string): Membership {
    const set = this.compiled(setId);
    const result = set.match(code);
    if (result !== 'split') return result;
    const kids = this.engine.schedule.statisticalLines(code).filter((c) => this.engine.schedule.has(c, this.edition));
    const each = kids.map((c) => set.match(c));
    if (each.length > 0 && each.every((r) => r === 'in')) return 'in';
    if (each.length > 0 && each.every((r) => r === 'out')) return 'out';
    return 'split';
  }

  member(setId: string, code: string): Membership {
    if (setId === ALL_PRODUCTS) return 'in';
    return this.setsOf(code).get(setId) ?? 'out';
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
