import type { DutyAnswer } from './answer.js';
import { computeDuty } from './duty.js';
import { TariffEngine, type DutyOptions } from './engine.js';
import { parseEntryLine, type EntryLine, type EntryLineInput } from './entry.js';
import type { TariffPack } from './pack.js';

/**
 * The duty engine's public face. `duty(pack, line, {asOf})` answers one entry line;
 * `dutyOn(pack, date)` resolves the measures in force on a date once and answers many lines at that
 * date's law; `withMeasures` lays a scenario over a pack. The pack is always an explicit argument.
 */

export type { DutyAnswer, AdditionalDuty } from './answer.js';
export { PROGRAM_ORDER } from './answer.js';
export type { EntryLine, EntryLineInput } from './entry.js';
export { parseEntryLine } from './entry.js';
export type { Measure, MeasureRate, Program, ProductSet, StackingClass } from './measure.js';
export type { TariffPack, PackBody, Edition } from './pack.js';
export { TariffEngine, type DutyOptions } from './engine.js';
export { loadTariffPack, saveTariffPack, packOf } from './pack-store.js';
export { withMeasures, type MeasureOverlay } from './overlay.js';
export { STACKING_RULES, type StackingRule } from './stacking.js';
export { ExposureAccumulator, type ExposureReport, type ExposureRow } from './exposure.js';
export { FEE_CONFIG } from './fees.js';

const ENGINES = new WeakMap<TariffPack, TariffEngine>();

/** The engine of a pack (built once per pack object). */
export function engineOf(pack: TariffPack | TariffEngine): TariffEngine {
  if (pack instanceof TariffEngine) return pack;
  let engine = ENGINES.get(pack);
  if (!engine) {
    engine = new TariffEngine(pack);
    ENGINES.set(pack, engine);
  }
  return engine;
}

function lineOf(line: EntryLineInput | EntryLine): EntryLine {
  return 'valueCents' in line ? line : parseEntryLine(line);
}

/** The duty on one entry line (the input shape, or a parsed EntryLine). */
export function duty(pack: TariffPack | TariffEngine, line: EntryLineInput | EntryLine, options: DutyOptions = {}): DutyAnswer {
  return computeDuty(engineOf(pack), lineOf(line), options);
}

/**
 * Many lines at one date's law: the measures in force on `date` are resolved once (and the product
 * sets compiled for it), then each call answers a line as if entered on `date`.
 */
export function dutyOn(pack: TariffPack | TariffEngine, date: string, options: Omit<DutyOptions, 'asOf'> = {}): (line: EntryLineInput | EntryLine) => DutyAnswer {
  const engine = engineOf(pack);
  engine.view(date);
  const at: DutyOptions = { ...options, asOf: date };
  return (line) => computeDuty(engine, lineOf(line), at);
}

/** The measures in force on a date (their windows; in-transit and product terms are per line). */
export function measuresInForce(pack: TariffPack, date: string): TariffPack['measures'] {
  return pack.measures.filter((m) => m.from <= date && (m.until === undefined || date <= m.until));
}
