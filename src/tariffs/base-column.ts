import { COLUMN_2_CITATION, isColumn2Country } from './countries.js';
import type { EntryLine } from './entry.js';
import { formatHts } from './hts.js';
import type { Work } from './line-work.js';
import { programUnavailable } from './programs-knowledge.js';
import type { RateFormula } from './rate.js';
import type { LineRates } from './schedule.js';

/**
 * Which column of the schedule a line pays: column 2 for general note 3(b) countries, a claimed
 * special program where the line lists it and it has not lapsed (USMCA entries claim S or S+),
 * else column 1 general.
 */
export function baseColumn(rates: LineRates, line: EntryLine, date: string, w: Work): { formula?: RateFormula; column: string; program?: string } {
  if (isColumn2Country(line.country, date)) {
    w.citations.push(`HTSUS ${formatHts(rates.code)}, column 2 (${COLUMN_2_CITATION})`);
    if (line.specialProgram) w.notes.push(`special_program ${line.specialProgram} ignored: products of ${line.country} pay the column 2 rate`);
    return { formula: rates.other, column: 'column 2' };
  }
  let program = line.specialProgram;
  if (!program && line.usmcaQualifying && (line.country === 'CA' || line.country === 'MX') && !programUnavailable('S', date)) {
    // Goods that qualify under the USMCA are entered under it (indicator S, or S+ where only that is listed).
    program = rates.special.has('S') ? 'S' : rates.special.has('S+') ? 'S+' : undefined;
    if (program) w.notes.push(`usmca_qualifying: entered under the USMCA (special program ${program})`);
  }
  if (program) {
    const lapsed = programUnavailable(program, date);
    const special = rates.special.get(program);
    if (lapsed) w.notes.push(`special_program ${program} not applied: ${lapsed}`);
    else if (!special) w.notes.push(`special_program ${program} is not listed for HTS ${formatHts(rates.code)} in the column 1 special rates; column 1 general applied`);
    else {
      w.citations.push(`HTSUS ${formatHts(rates.code)}, column 1 special (${program}); eligibility (origin rules) as claimed, not verified`);
      return { formula: special, column: `column 1 special (${program})`, program };
    }
  }
  w.citations.push(`HTSUS ${formatHts(rates.code)}, column 1 general`);
  return { formula: rates.general, column: 'column 1 general' };
}

