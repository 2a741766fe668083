import { canonicalUnit, type Unit } from './units.js';

/**
 * Rates of duty as the schedule writes them ("6.8%", "4.4¢/kg", "46.3¢/kg + 14.9%", "$1.61/kg on
 * drained weight", "Free"), parsed into parts the engine can compute from an entry line. Text the
 * engine cannot compute from the line's value and quantities ("the rate applicable to each garment",
 * "6% on the case + 14% on the strap", sugar by polarity) stays unsupported with the reason, so that
 * the answer says so instead of guessing.
 */

export type RatePart =
  | { kind: 'ad_valorem'; ppm: number }
  /** Microcents per unit; `basis` is what the quantity measures when it is not the goods as entered. */
  | { kind: 'specific'; microcents: number; unit: Unit; basis?: string };

export interface RateFormula {
  /** The rate as published. */
  text: string;
  /** Parts summed to make the duty; empty for "Free". */
  parts: RatePart[];
  /** Why the text cannot be computed from an entry line, when it cannot. */
  unsupported?: string;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const AD_VALOREM = new RegExp(`^${NUMBER}\\s*%$`);
/** Percentages of the whole value written out ("on the entire set" is the value of the set as entered). */
const AD_VALOREM_WHOLE = new RegExp(`^${NUMBER}\\s*% on (?:the )?entire set$`);
const CENTS = new RegExp(`^${NUMBER}\\s*¢\\s*(?:/\\s*(.+)|(each))$`);
const DOLLARS = new RegExp(`^\\$${NUMBER}\\s*(?:/\\s*(.+)|(each))$`);

function normalise(text: string): string {
  return text
    .replace(/Â¢/g, '¢')
    .replace(/\bcents?\b/g, '¢')
    .replace(/\s+/g, ' ')
    .replace(/\s*\+\s*/g, ' + ')
    .trim();
}

/** Splits "kg on drained weight" into the unit and what the quantity measures. */
function unitAndBasis(text: string): { unit: Unit; basis?: string } | undefined {
  const words = text.trim().split(' ');
  for (let n = words.length; n >= 1; n--) {
    const unit = canonicalUnit(words.slice(0, n).join(' '));
    if (!unit) continue;
    const rest = words.slice(n).join(' ').trim();
    // Only a statement of what is weighed or counted ("on drained weight", "of total sugars", "on
    // tungsten content"); anything else ("over 7 jewels") changes the formula and is not computed.
    if (rest !== '' && !/^(on|of) /.test(rest)) return undefined;
    const lead = words.slice(0, n).join(' ').toLowerCase();
    const basis = [lead.startsWith('clean') ? 'clean kg' : '', rest].filter(Boolean).join(', ');
    return basis ? { unit, basis } : { unit };
  }
  return undefined;
}

function specificPart(amount: number, perCent: number, unitText: string | undefined, each: string | undefined): RatePart | undefined {
  const unit = each ? { unit: 'each' as Unit } : unitText ? unitAndBasis(unitText) : undefined;
  if (!unit) return undefined;
  return { kind: 'specific', microcents: Math.round(amount * perCent * 1_000_000), ...unit };
}

function parsePart(piece: string): RatePart | undefined {
  let m = AD_VALOREM.exec(piece) ?? AD_VALOREM_WHOLE.exec(piece);
  if (m) return { kind: 'ad_valorem', ppm: Math.round(Number(m[1]) * 10_000) };
  m = CENTS.exec(piece);
  if (m) return specificPart(Number(m[1]), 1, m[2], m[3]);
  m = DOLLARS.exec(piece);
  if (m) return specificPart(Number(m[1]), 100, m[2], m[3]);
  return undefined;
}

/** The formula of a rate text, or undefined when the line carries no rate (its parent's applies). */
export function parseRate(raw: string | null | undefined): RateFormula | undefined {
  if (raw === null || raw === undefined) return undefined;
  const text = normalise(raw);
  if (text === '') return undefined;
  if (/^free\b/i.test(text)) return { text, parts: [] };
  const parts: RatePart[] = [];
  for (const piece of text.split(' + ')) {
    const part = parsePart(piece.trim());
    if (!part) return { text, parts: [], unsupported: `the rate "${text}" is not computed from an entry line's value and quantity ("${piece.trim()}")` };
    parts.push(part);
  }
  return { text, parts };
}

/** Whether a formula is purely ad valorem (no quantity needed). */
export function isAdValoremOnly(formula: RateFormula): boolean {
  return !formula.unsupported && formula.parts.every((p) => p.kind === 'ad_valorem');
}
