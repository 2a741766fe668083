import type { DutyAnswer } from './answer.js';
import { computeDuty } from './duty.js';
import type { DayView, DutyOptions, TariffEngine } from './engine.js';
import type { EntryLine } from './entry.js';
import { HtsKeys, type HtsKey } from './hts-keys.js';
import { ALL_PRODUCTS } from './products.js';
import { LinearTrace } from './linear-trace.js';
import { lineDutyOf, type LineDuty } from './line-duty.js';
import { isColumn2Country } from './countries.js';
import type { Measure, Program } from './measure.js';
import { adValorem, roundCents } from './money.js';

/**
 * Many lines of a book priced by one engine, each line exactly as `computeDuty` would price it, but
 * the engine runs once per pricing key instead of once per line.
 *
 * The key is what the engine reads of a plain line (one with no quantity, export date, claimed
 * exclusion, special program, USMCA claim, metal content or de minimis claim): the date; of the origin
 * only whether it pays column 2 and the measures in force that can reach it; of the HTS number only
 * the shape of its base rates (none, not applicable, ad valorem, with a specific part) and its
 * membership of the product sets those measures name (as products or exemptions): the engine reads
 * no other set for such a line, and an ad valorem base rate bears on no chapter 99 amount but a
 * top-up (which the trace marks nonlinear). So origins and numbers alike share a key, and a line's
 * base duty is its own number's ad valorem rate times its value. Duty is not linear in the value in general (specific and compound rates, top-ups to a floor,
 * bases reduced by metal content, de minimis), so a key is priced by multiplying only when the engine's
 * answer for it says every amount is a rate on the whole value (LinearTrace); each amount is then the
 * value times its rate, rounded half-up to the cent exactly as the engine rounds it. Every other key,
 * and every line that is not plain, goes through the engine each time.
 */

interface DutyPlan {
  status: DutyAnswer['status'];
  /** Whether the base duty is computed: then it is the line's own number's ad valorem rate times the value (the key keeps only the rate's shape). */
  hasBase: boolean;
  headings: string[];
  programs: Program[];
  ppm: number[];
}

interface DatePlans {
  view: DayView;
  /** The HTS keys of the date's law period. */
  keys: Map<string, HtsKey>;
  /** Origin -> the plans of the signature of the measures that can reach it (origins alike share plans). */
  countries: Map<string, OriginPlans>;
  /** Origin signature -> its plans. */
  plans: Map<number, OriginPlans>;
}

/** The plans of one origin signature on one date. */
interface OriginPlans {
  /** Whether the origin pays column 2 (its lines' base rate is the number's column 2 rate). */
  column2: boolean;
  /** The product sets the origin's measures name (as their products or their exemptions): the only sets its lines' duty can depend on. */
  relevant: ReadonlySet<string>;
  /** HTS signature -> the signature of its rates and its memberships of the relevant sets (numbers alike for this origin). */
  narrowed: Map<number, number>;
  /** Narrowed signature -> plan, or null where the engine must price each line (small integer keys: fast maps). */
  plans: Map<number, DutyPlan | null>;
}

/** Whether a line carries nothing beyond number, origin, date and value that the duty depends on. */
function plain(line: EntryLine): boolean {
  return (
    line.quantities.length === 0 &&
    line.exportDate === undefined &&
    line.claimedExclusion === undefined &&
    line.specialProgram === undefined &&
    !line.usmcaQualifying &&
    line.metalContentCents === undefined &&
    !line.deMinimisClaim
  );
}

function centsAt(valueCents: number, ppm: number): number {
  return ppm === 0 ? 0 : roundCents(adValorem(valueCents, ppm));
}

function priced(plan: DutyPlan, line: EntryLine, hts: string, basePpm: number | null): LineDuty {
  const cents = plan.ppm.map((p) => centsAt(line.valueCents, p));
  return {
    hts,
    country: line.country,
    entryDate: line.entryDate,
    status: plan.status,
    baseCents: plan.hasBase && basePpm !== null ? centsAt(line.valueCents, basePpm) : null,
    headings: plan.headings,
    programs: plan.programs,
    cents,
  };
}

/** The plan of a key from the engine's answer for one of its lines, checked against that answer. */
function planOf(answer: DutyAnswer, duty: LineDuty, trace: LinearTrace, line: EntryLine, display: string, basePpm: number | null): DutyPlan | null {
  if (!trace.linear || (duty.baseCents === null) !== (trace.basePpm === null)) return null;
  if (trace.basePpm !== null && trace.basePpm !== basePpm) return null;
  // Reliefs (exemption headings) carry no amount at any value: they are the amounts the trace did not see.
  const ppm = answer.additional.map((x) => trace.ppm.get(x) ?? 0);
  const plan: DutyPlan = { status: duty.status, hasBase: trace.basePpm !== null, headings: [...duty.headings], programs: [...duty.programs], ppm };
  return same(priced(plan, line, display, basePpm), duty) ? plan : null;
}

function same(a: LineDuty, b: LineDuty): boolean {
  return a.status === b.status && a.baseCents === b.baseCents && a.cents.length === b.cents.length && a.cents.every((c, i) => c === b.cents[i] && a.headings[i] === b.headings[i] && a.programs[i] === b.programs[i]);
}

export class BookPricer {
  private readonly options: DutyOptions;
  private readonly dates = new Map<string, DatePlans>();
  private readonly sigs = new Map<string, number>();
  private readonly measureNo = new Map<Measure, number>();

  private readonly keys: HtsKeys;

  /**
   * `options` as for computeDuty; answers are quiet (notes and citations do not change amounts).
   * `keys`: the HTS keys of another pricer's engine, shared when this engine reads numbers alike.
   */
  constructor(
    readonly engine: TariffEngine,
    options: DutyOptions = {},
    keys?: HtsKeys,
  ) {
    this.options = { ...options, quiet: true };
    this.keys = keys ? keys.sharedWith(engine) : new HtsKeys(engine);
  }

  /** The HTS keys this pricer uses (to share with a pricer of a scenario's engine). */
  get htsKeys(): HtsKeys {
    return this.keys;
  }

  price(line: EntryLine): LineDuty {
    if (!plain(line)) return lineDutyOf(computeDuty(this.engine, line, this.options));
    const date = this.options.asOf ?? line.entryDate;
    const d = this.dated(date);
    const key = this.keys.of(date, d.keys, line.hts);
    const origin = d.countries.get(line.country) ?? this.countryPlans(d, line.country);
    const sig = origin.narrowed.get(key.sig) ?? this.narrow(origin, key);
    const plan = origin.plans.get(sig);
    const basePpm = origin.column2 ? key.otherPpm : key.generalPpm;
    if (plan && (!plan.hasBase || basePpm !== null)) return priced(plan, line, key.display, basePpm);
    if (plan !== undefined) return lineDutyOf(computeDuty(this.engine, line, this.options));
    const trace = new LinearTrace();
    const answer = computeDuty(this.engine, line, this.options, trace);
    const duty = lineDutyOf(answer);
    origin.plans.set(sig, planOf(answer, duty, trace, line, key.display, basePpm));
    return duty;
  }

  private dated(date: string): DatePlans {
    let d = this.dates.get(date);
    if (!d) {
      d = { view: this.engine.view(date), keys: this.keys.onDate(date), countries: new Map(), plans: new Map() };
      this.dates.set(date, d);
    }
    return d;
  }

  private intern(text: string): number {
    let sig = this.sigs.get(text);
    if (sig === undefined) {
      sig = this.sigs.size;
      this.sigs.set(text, sig);
    }
    return sig;
  }

  /**
   * An HTS key narrowed to what this origin's measures can read of it: its base rates and its
   * membership of the sets they name. The engine reads a plain line's sets only to find the measures
   * of the origin on each set it is in and to test their exemption sets, so two numbers alike in these
   * are priced alike for this origin (the book pricer's property test checks it against the engine).
   */
  private narrow(origin: OriginPlans, key: HtsKey): number {
    let text = key.shapes;
    for (let i = 0; i < key.setIds.length; i++) if (origin.relevant.has(key.setIds[i]!)) text += `|${key.members[i]}`;
    const sig = this.intern(text);
    origin.narrowed.set(key.sig, sig);
    return sig;
  }

  private countryPlans(d: DatePlans, country: string): OriginPlans {
    const measures = d.view.measuresFor(country);
    const numbers = measures.map((m) => {
      let n = this.measureNo.get(m);
      if (n === undefined) {
        n = this.measureNo.size;
        this.measureNo.set(m, n);
      }
      return n;
    });
    const column2 = isColumn2Country(country, d.view.date);
    const sig = this.intern(`${column2 ? 'column 2' : 'column 1'}:${numbers.join(',')}`);
    let origin = d.plans.get(sig);
    if (!origin) {
      const relevant = new Set<string>();
      for (const m of measures) {
        if (m.products !== ALL_PRODUCTS) relevant.add(m.products);
        for (const ex of m.exceptProducts ?? []) relevant.add(ex.set);
      }
      origin = { column2, relevant, narrowed: new Map(), plans: new Map() };
      d.plans.set(sig, origin);
    }
    d.countries.set(country, origin);
    return origin;
  }
}
