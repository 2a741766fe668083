import { dutyOn, engineOf, PROGRAM_ORDER, type DutyAnswer, type EntryLine, type Measure, type TariffPack } from '../tariffs/index.js';
import type { DayView } from '../tariffs/engine.js';
import type { DatePricer, LineToPrice, RatePricing } from '../flows/effective-rate-types.js';

/**
 * The duty engine as the flows engine's pricing: each line of the import weights is handed to `dutyOn`
 * as an already-checked entry line (the weights' numbers and origins are validated when read), with
 * quiet, lenient answers (amounts only; a line the data cannot price comes back with its reason).
 */

export const RATE_PROGRAM_ORDER: readonly string[] = PROGRAM_ORDER;

/** Measures on the declared metal content (not articles of the metal itself, which are all metal). */
function onContent(m: Measure): boolean {
  return m.rate.kind === 'metal_content' && !m.rate.wholeIfUndeclared;
}

class DutyDatePricer implements DatePricer {
  private readonly answer: (line: EntryLine) => DutyAnswer;
  private readonly view: DayView;
  private readonly contentMeasures = new Map<string, Measure[]>();

  constructor(pack: TariffPack, private readonly date: string) {
    this.answer = dutyOn(pack, date, { quiet: true, lenient: true, missingMetalContent: 'full_value' });
    this.view = engineOf(pack).view(date);
  }

  price(l: LineToPrice): DutyAnswer {
    const line: EntryLine = {
      hts: l.hts,
      country: l.origin,
      entryDate: this.date,
      valueCents: Math.round(l.valueUsd * 100),
      quantities: [],
      usmcaQualifying: l.preference === 'S' && (l.origin === 'CA' || l.origin === 'MX'),
      deMinimisClaim: false,
    };
    if (l.metalContentUsd !== undefined) line.metalContentCents = Math.round(l.metalContentUsd * 100);
    if (l.preference !== undefined && !line.usmcaQualifying) line.specialProgram = l.preference;
    return this.answer(line);
  }

  taxesMetalContent(hts: string, origin: string): boolean {
    let measures = this.contentMeasures.get(origin);
    if (!measures) {
      measures = this.view.measuresFor(origin).filter(onContent);
      this.contentMeasures.set(origin, measures);
    }
    return measures.some((m) => this.view.member(m.products, hts) === 'in');
  }
}

export function dutyPricing(pack: TariffPack): RatePricing {
  return { on: (date) => new DutyDatePricer(pack, date) };
}

/**
 * Origins the measures in force on a date treat differently from `origin` (the EU block is priced as
 * one member: this says whether another member would have paid otherwise).
 */
export function treatedOtherwise(pack: TariffPack, date: string, origin: string, others: readonly string[]): string[] {
  const view = engineOf(pack).view(date);
  const ids = (c: string) => view.measuresFor(c).map((m) => m.id).sort().join(' ');
  const reference = ids(origin);
  return others.filter((c) => ids(c) !== reference);
}
