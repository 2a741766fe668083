import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseIsoDate } from '../model/dates.js';
import { ClearanceError, isClearanceError } from '../model/errors.js';
import { parseScenario } from '../scenarios/parse.js';

/** Checks a scenario document given as JSON (the API's body), naming the first wrong field. */
export { checkScenario } from '../scenarios/parse.js';
import { scenarioTariffPack } from '../scenarios/apply.js';
import type { Scenario } from '../scenarios/schema.js';
import { UntouchedOrigins } from '../scenarios/untouched-origins.js';
import type { DutyAnswer } from '../tariffs/answer.js';
import { BookPricer } from '../tariffs/book-pricer.js';
import { TariffEngine, type DutyOptions } from '../tariffs/engine.js';
import { memoFieldReaders, parseEntryLine, type EntryLine } from '../tariffs/entry.js';
import { lineTotalCents, type LineDuty } from '../tariffs/line-duty.js';
import { ExposureAccumulator, type ExposureReport } from '../tariffs/exposure.js';
import type { TariffPack } from '../tariffs/pack.js';
import { readBookBatches, type BookRow } from './duty-book.js';

/**
 * `scenario run`: a book of entry lines priced by the duty engine on the base tariff pack and on the
 * pack with the scenario laid over it, line by line and in totals by program and origin. Static: the
 * same lines and values before and after (no change in trade volumes).
 */

export interface ScenarioLine {
  line: number;
  id?: string;
  hts: string;
  country_of_origin: string;
  entry_date: string;
  customs_value_usd: number;
  before_usd: number;
  after_usd: number;
  change_usd: number;
  status_before: DutyAnswer['status'];
  status_after: DutyAnswer['status'];
  /** Chapter 99 headings whose duty differs, with their rates before and after. */
  changed_headings: string[];
}

export interface ScenarioRun {
  scenario: { name: string; description: string };
  packs: { base: string; scenario: string };
  pricing: string;
  static_note: string;
  /** Parts of the scenario this run does not apply (lists and chart bear on parties and licenses, not duty). */
  not_applied: string[];
  lines: ScenarioLine[];
  totals: ExposureReport;
}

/** The scenario file at `path` (YAML or JSON), validated. */
export function readScenarioFile(path: string, field = '--scenario'): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ClearanceError('scenario_missing', 'invalid', `${field} '${path}': no such file`, { field, value: path });
  }
  const scenario = parseScenario(text, path);
  // A chart the scenario names is read relative to the scenario file, wherever the command runs.
  if (scenario.chart_from !== undefined && !isAbsolute(scenario.chart_from)) scenario.chart_from = resolve(dirname(path), scenario.chart_from);
  return scenario;
}

/** Chapter 99 headings whose amount differs, in the order the answers list them (first the base's). */
function headingDeltas(before: LineDuty, after: LineDuty): string[] {
  const b = before.headings;
  const f = after.headings;
  if (b.length === f.length && b.every((h, i) => h === f[i] && before.cents[i] === after.cents[i])) return [];
  const amounts = (d: LineDuty): Map<string, number> => new Map(d.headings.map((h, i) => [h, d.cents[i]! / 100]));
  const bm = amounts(before);
  const fm = amounts(after);
  const out: string[] = [];
  for (const h of new Set([...bm.keys(), ...fm.keys()])) if (bm.get(h) !== fm.get(h)) out.push(`${h}: ${bm.get(h) ?? 0} -> ${fm.get(h) ?? 0}`);
  return out;
}

function notApplied(s: Scenario): string[] {
  const out: string[] = [];
  if ((s.lists?.add ?? []).length + (s.lists?.remove ?? []).length > 0) out.push('lists (bear on parties and licenses, not on duty)');
  if ((s.chart ?? []).length > 0 || s.chart_from !== undefined) out.push('chart (bears on licenses, not on duty)');
  return out;
}

/**
 * Prices every line of the book file before and after the scenario (at `date`'s law when given, else at
 * each entry date). With `onLine` each line is handed over as it is priced and none is kept (`lines` is
 * empty): a book of millions of lines then costs no memory beyond its totals.
 */
export function runScenario(base: TariffPack, input: { scenario: Scenario; bookPath: string; date?: string; options?: DutyOptions; onLine?: (line: ScenarioLine) => void }): Promise<ScenarioRun> {
  return priceBook(base, { ...input, rows: readBookBatches(input.bookPath), dateField: '--date', place: (line) => `--book line ${line}` });
}

/** The same for lines given as values (the API): a wrong line is named `lines[i]`, the date by `dateField`. */
export function runScenarioLines(base: TariffPack, input: { scenario: Scenario; lines: readonly unknown[]; date?: string; dateField: string }): Promise<ScenarioRun> {
  return priceBook(base, { ...input, rows: [input.lines.map((raw, i) => ({ line: i, raw }))], place: (line) => `lines[${line}]` });
}

interface BookInput {
  scenario: Scenario;
  /** The book's rows, in batches. */
  rows: AsyncIterable<readonly BookRow[]> | Iterable<readonly BookRow[]>;
  date?: string;
  dateField: string;
  place: (line: number) => string;
  options?: DutyOptions;
  onLine?: (line: ScenarioLine) => void;
}

async function priceBook(base: TariffPack, input: BookInput): Promise<ScenarioRun> {
  const after = scenarioTariffPack(base, input.scenario);
  const options: DutyOptions = { ...input.options };
  if (input.date !== undefined) options.asOf = parseIsoDate(input.date, input.dateField);
  const baseEngine = new TariffEngine(base);
  const engines = [baseEngine, after === base ? baseEngine : new TariffEngine(after)] as const;
  const basePricer = new BookPricer(engines[0], options);
  // A scenario that changes only measures reads each HTS number as the base does: resolved once for both.
  const pricers = [basePricer, new BookPricer(engines[1], options, basePricer.htsKeys)] as const;
  const untouched = new UntouchedOrigins(engines[0], engines[1]);
  const acc = new ExposureAccumulator(['base', 'scenario']);
  const read = memoFieldReaders();
  const lines: ScenarioLine[] = [];
  const keep = (line: ScenarioLine): void => {
    lines.push(line);
  };
  // One pair for every line: the accumulator reads it and keeps nothing of it.
  const duties: [LineDuty, LineDuty] = [undefined as unknown as LineDuty, undefined as unknown as LineDuty];
  for await (const batch of input.rows) for (const row of batch) {
    let entry: EntryLine;
    let id: string | undefined;
    try {
      entry = parseEntryLine(row.raw, read);
      const before = pricers[0].price(entry);
      duties[0] = before;
      duties[1] = untouched.has(options.asOf ?? entry.entryDate, entry.country) ? before : pricers[1].price(entry);
      id = (row.raw as { id?: unknown }).id === undefined ? undefined : String((row.raw as { id?: unknown }).id);
    } catch (err) {
      if (!isClearanceError(err)) throw err;
      const field = `${input.place(row.line)}: ${err.field ?? 'line'}`;
      throw new ClearanceError(err.code, err.kind === 'not_found' ? 'invalid' : err.kind, `${input.place(row.line)}: ${err.message}`, { field, value: err.value, cause: err });
    }
    acc.addLine(duties, entry.valueCents);
    const [b, a] = duties;
    const bc = lineTotalCents(b);
    const ac = a === b ? bc : lineTotalCents(a);
    (input.onLine ?? keep)({
      line: row.line,
      ...(id === undefined ? {} : { id }),
      hts: b.hts,
      country_of_origin: b.country,
      entry_date: b.entryDate,
      customs_value_usd: entry.valueCents / 100,
      before_usd: bc / 100,
      after_usd: ac / 100,
      change_usd: (ac - bc) / 100,
      status_before: b.status,
      status_after: a.status,
      changed_headings: a === b ? [] : headingDeltas(b, a),
    });
  }
  return {
    scenario: { name: input.scenario.name, description: input.scenario.description },
    packs: { base: base.version, scenario: after.version },
    pricing: input.date === undefined ? 'each line at its entry date' : `every line at the law of ${options.asOf}`,
    static_note: 'static: the same lines and values before and after (no change in trade volumes or sourcing is modelled)',
    not_applied: notApplied(input.scenario),
    lines,
    totals: acc.report(),
  };
}
