import { invalidInput, invalidInputMessage } from '../model/errors.js';
import type { EntryLine, Quantity } from './entry.js';
import { adValorem, plus, specific, type Exact } from './money.js';
import type { RateFormula, RatePart } from './rate.js';
import { convertMilli, type Unit } from './units.js';

/**
 * A rate formula applied to an entry line: the exact duty in nanocents. A specific part takes the
 * line's quantity in the part's unit (converted when the line gives another unit of the same
 * dimension); a missing quantity is an error naming the field, as is one in a unit that does not
 * convert.
 */

const UNIT_WORDS: Record<Unit, string> = {
  kg: 'kg', liter: 'liters', pf_liter: 'proof liters', each: 'units (no.)', pair: 'pairs', dozen: 'dozens', gross: 'gross',
  thousand: 'thousands', bbl: 'barrels', m2: 'm2', m3: 'm3', jewel: 'jewels', line_gross: 'line/gross', t: 'metric tons',
};

function quantityFor(part: SpecificPart, formula: RateFormula, line: EntryLine, used: Set<Quantity>): number {
  const untyped = line.quantities.filter((q) => q.unit === undefined && !used.has(q));
  for (const q of line.quantities) {
    if (used.has(q) || q.unit === undefined) continue;
    const milli = convertMilli(q.milli, q.unit, part.unit);
    if (milli !== undefined) {
      used.add(q);
      return milli;
    }
  }
  // A quantity without a unit is read in the rate's own unit (the one the schedule writes it in).
  if (untyped.length > 0) {
    used.add(untyped[0]!);
    return untyped[0]!.milli;
  }
  const typed = line.quantities.find((q) => !used.has(q) && q.unit !== undefined);
  const field = line.quantities.length === 0 || used.size === 0 ? 'quantity' : 'quantity_2';
  if (typed) {
    const unitField = typed.field === 'quantity' ? 'unit' : 'unit_2';
    throw invalidInput(unitField, typed.unit, `the rate "${formula.text}" is per ${part.unit}: give the quantity in ${UNIT_WORDS[part.unit]}`, 'unit_mismatch');
  }
  throw invalidInput(field, undefined, quantityRequired(part, formula), 'missing_quantity');
}

type SpecificPart = Extract<RatePart, { kind: 'specific' }>;

function quantityRequired(part: SpecificPart, formula: RateFormula): string {
  return `is required: the rate "${formula.text}" is specific (per ${part.unit}); give the quantity in ${UNIT_WORDS[part.unit]}`;
}

/**
 * The error applyFormula would throw for a line with no quantity at all and a formula with a specific
 * part, as its message: a lenient caller pricing many such lines (the effective rate's weights carry
 * no quantities) notes it without the cost of an exception each time.
 */
export function missingQuantity(formula: RateFormula, line: EntryLine): string | undefined {
  if (line.quantities.length > 0) return undefined;
  for (const part of formula.parts) if (part.kind === 'specific') return invalidInputMessage('quantity', undefined, quantityRequired(part, formula));
  return undefined;
}

/** The duty of `formula` on `line`, exactly, and what the engine assumed about the quantities. */
const NO_NOTES: string[] = [];

export function applyFormula(formula: RateFormula, line: EntryLine): { nanocents: Exact; notes: string[] } {
  const parts = formula.parts;
  // The common rates ("Free", "6.8%") need no quantity and leave no note.
  if (parts.length === 0) return { nanocents: 0, notes: NO_NOTES };
  if (parts.length === 1 && parts[0]!.kind === 'ad_valorem') return { nanocents: adValorem(line.valueCents, parts[0]!.ppm), notes: NO_NOTES };
  let total: Exact = 0;
  const notes: string[] = [];
  const used = new Set<Quantity>();
  for (const part of parts) {
    if (part.kind === 'ad_valorem') {
      total = plus(total, adValorem(line.valueCents, part.ppm));
      continue;
    }
    total = plus(total, specific(quantityFor(part, formula, line, used), part.microcents));
    if (part.basis) notes.push(`the quantity is taken as measured ${part.basis} (the basis of the rate "${formula.text}")`);
  }
  return { nanocents: total, notes };
}

/** Whether applying the formula needs a quantity. */
export function needsQuantity(formula: RateFormula): boolean {
  return formula.parts.some((p) => p.kind === 'specific');
}
