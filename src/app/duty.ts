import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { parseIsoDate } from '../model/dates.js';
import { ClearanceError, isClearanceError } from '../model/errors.js';
import type { DutyAnswer } from '../tariffs/answer.js';
import { computeDuty } from '../tariffs/duty.js';
import type { DutyOptions, TariffEngine } from '../tariffs/engine.js';
import { parseEntryLine } from '../tariffs/entry.js';
import { ExposureAccumulator, type ExposureReport } from '../tariffs/exposure.js';
import { readBook } from './duty-book.js';

export type { ExposureReport };

/**
 * The duty use cases: one entry line, a book of lines written as JSON Lines, and the exposure of a
 * book by program, origin and chapter at one or two dates. They take an engine (see
 * app/tariffs.ts to open one from a data folder) and return values; a book's output file appears
 * only when every line was answered.
 */

/**
 * The answer for one entry line (the input shape); `asOf` applies another date's law
 * (`asOfField` names it in an error: the CLI's option or the API's query parameter).
 */
export function dutyOfLine(engine: TariffEngine, line: unknown, options: DutyOptions = {}, asOfField = '--as-of'): DutyAnswer {
  if (options.asOf !== undefined) options = { ...options, asOf: parseIsoDate(options.asOf, asOfField) };
  return computeDuty(engine, parseEntryLine(line), options);
}

/**
 * The answers for a batch of entry lines, in order, all on the same pack; a wrong line stops the batch
 * with its error naming the line's place (`lines[3].entry_date`), and nothing is answered.
 */
export function dutyOfLines(engine: TariffEngine, lines: readonly unknown[], options: DutyOptions = {}, asOfField = '--as-of'): DutyAnswer[] {
  if (options.asOf !== undefined) options = { ...options, asOf: parseIsoDate(options.asOf, asOfField) };
  return lines.map((line, i) => {
    try {
      return computeDuty(engine, parseEntryLine(line), options);
    } catch (err) {
      if (!isClearanceError(err)) throw err;
      const field = `lines[${i}].${err.field ?? 'line'}`;
      throw new ClearanceError(err.code, err.kind, `${field}: ${err.message}`, { field, value: err.value, details: err.details, cause: err });
    }
  });
}

/** A book line's error, naming the line: "line 12: customs_value_usd: must be a number (got ...)". */
function atLine(err: unknown, line: number): unknown {
  if (!isClearanceError(err)) return err;
  const field = `line ${line}: ${err.field ?? 'line'}`;
  return new ClearanceError(err.code, err.kind === 'not_found' ? 'invalid' : err.kind, `line ${line}: ${err.message}`, { field, value: err.value, details: err.details, cause: err });
}

export interface BookSummary {
  lines: number;
  determined: number;
  indeterminate: number;
  total_duty_usd: number;
  output: string;
}

/** Answers every line of a book (JSONL or CSV) into `output` as JSON Lines, in input order. */
export async function dutyBook(engine: TariffEngine, input: { inputPath: string; outputPath: string; options?: DutyOptions }): Promise<BookSummary> {
  const options = input.options ?? {};
  if (options.asOf !== undefined) options.asOf = parseIsoDate(options.asOf, '--as-of');
  const tmp = `${input.outputPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const out = createWriteStream(tmp);
  const summary: BookSummary = { lines: 0, determined: 0, indeterminate: 0, total_duty_usd: 0, output: input.outputPath };
  let totalCents = 0;
  let buffer = '';
  try {
    for await (const row of readBook(input.inputPath)) {
      let answer: DutyAnswer;
      try {
        answer = computeDuty(engine, parseEntryLine(row.raw), options);
      } catch (err) {
        throw atLine(err, row.line);
      }
      summary.lines++;
      if (answer.status === 'determined') {
        summary.determined++;
        totalCents += Math.round((answer.total_duty_usd ?? 0) * 100);
      } else summary.indeterminate++;
      buffer += `${JSON.stringify(answer)}\n`;
      if (buffer.length > 65_536) {
        if (!out.write(buffer)) await once(out, 'drain');
        buffer = '';
      }
    }
    out.end(buffer);
    await once(out, 'finish');
    renameSync(tmp, input.outputPath);
  } catch (err) {
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
  summary.total_duty_usd = totalCents / 100;
  return summary;
}

/**
 * The exposure of a book: each line at its entry date, or priced at the law of `from` and of `to`
 * side by side (either alone prices the whole book at that date).
 */
export async function dutyExposure(engine: TariffEngine, input: { inputPath: string; from?: string; to?: string; options?: DutyOptions }): Promise<ExposureReport> {
  const dates = [input.from, input.to].filter((d): d is string => d !== undefined).map((d, i) => parseIsoDate(d, i === 0 && input.from ? '--from' : '--to'));
  const pricings = dates.length === 0 ? ['entry dates'] : dates.map((d) => `law of ${d}`);
  const acc = new ExposureAccumulator(pricings);
  for await (const row of readBook(input.inputPath)) {
    try {
      const line = parseEntryLine(row.raw);
      const answers = dates.length === 0 ? [computeDuty(engine, line, input.options)] : dates.map((asOf) => computeDuty(engine, line, { ...input.options, asOf }));
      acc.add(answers, line.valueCents / 100);
    } catch (err) {
      throw atLine(err, row.line);
    }
  }
  return acc.report();
}
