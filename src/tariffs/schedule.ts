import { ClearanceError } from '../model/errors.js';
import { formatHts } from './hts.js';
import type { Edition, PackBody } from './pack.js';
import { parseRate, type RateFormula } from './rate.js';

/**
 * The schedule in force on a date: which edition serves the date, and the column 1 general, column 1
 * special and column 2 rates of an HTS number in it. A statistical (10-digit) number takes its
 * tariff line's rate unless it carries its own; an 8-digit number whose rate is set only at 10 digits
 * is answered when every statistical line agrees, and otherwise asks for the 10 digits.
 */

const ABSENT = -2;

export interface LineRates {
  /** The HTS number whose record carried the rates. */
  code: string;
  general?: RateFormula;
  /** Column 1 special, by program code ("KR", "S", "A+"). */
  special: Map<string, RateFormula>;
  other?: RateFormula;
  /** Set when the rates come from another edition than the date's (a number the stand-in database lacks). */
  from?: string;
}

export class Schedule {
  private readonly children8 = new Map<string, string[]>();
  private readonly formulas = new Map<number, RateFormula | undefined>();
  private readonly specials = new Map<number, Map<string, RateFormula>>();

  constructor(private readonly body: Pick<PackBody, 'editions' | 'texts' | 'lines'>) {
    for (const code of Object.keys(body.lines)) {
      if (code.length !== 10) continue;
      const parent = code.slice(0, 8);
      const list = this.children8.get(parent);
      if (list) list.push(code);
      else this.children8.set(parent, [code]);
    }
  }

  get editions(): Edition[] {
    return this.body.editions;
  }

  /** Index of the edition serving `date`, or -1 before the first. */
  editionIndexOn(date: string): number {
    const eds = this.body.editions;
    let lo = 0;
    let hi = eds.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (eds[mid]!.from <= date) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The [general, special, other] text indexes of a code in an edition; undefined when absent. */
  private record(code: string, edition: number): [number, number, number] | undefined {
    const spans = this.body.lines[code];
    if (!spans) return undefined;
    let at = -1;
    for (let i = 0; i < spans.length; i += 4) {
      if (spans[i]! <= edition) at = i;
      else break;
    }
    if (at < 0 || spans[at + 1] === ABSENT) return undefined;
    return [spans[at + 1]!, spans[at + 2]!, spans[at + 3]!];
  }

  private formula(text: number): RateFormula | undefined {
    if (text < 0) return undefined;
    if (!this.formulas.has(text)) this.formulas.set(text, parseRate(this.body.texts[text]));
    return this.formulas.get(text);
  }

  private special(text: number): Map<string, RateFormula> {
    if (text < 0) return new Map();
    let map = this.specials.get(text);
    if (!map) {
      map = parseSpecial(this.body.texts[text] ?? '');
      this.specials.set(text, map);
    }
    return map;
  }

  private rates(code: string, rec: [number, number, number]): LineRates {
    const out: LineRates = { code, special: this.special(rec[1]) };
    const general = this.formula(rec[0]);
    const other = this.formula(rec[2]);
    if (general) out.general = general;
    if (other) out.other = other;
    return out;
  }

  /**
   * The rates of `code` in edition `edition`. Throws `not_found` when the number is not in that
   * edition, and `invalid` (field hts) when an 8-digit number's rate depends on its 10-digit line.
   */
  lineRates(code: string, edition: number): LineRates {
    const edLabel = this.body.editions[edition]?.label ?? 'the schedule';
    if (code.length === 10) {
      const own = this.record(code, edition);
      if (own && own[0] >= 0) return this.rates(code, own);
      const parent = this.record(code.slice(0, 8), edition);
      if (parent && parent[0] >= 0) return this.rates(code.slice(0, 8), parent);
      if (own || parent) return this.rates(code, own ?? parent!);
      throw notInSchedule(code, edLabel);
    }
    const own = this.record(code, edition);
    if (own && own[0] >= 0) return this.rates(code, own);
    const kids = (this.children8.get(code) ?? []).flatMap((c) => {
      const r = this.record(c, edition);
      return r && r[0] >= 0 ? [{ code: c, r }] : [];
    });
    if (kids.length === 0) {
      if (own) return this.rates(code, own);
      throw notInSchedule(code, edLabel);
    }
    const first = kids[0]!;
    if (kids.every((k) => k.r[0] === first.r[0] && k.r[1] === first.r[1] && k.r[2] === first.r[2])) return this.rates(code, first.r);
    throw new ClearanceError(
      'hts_needs_10_digits',
      'invalid',
      `hts: ${formatHts(code)} has different rates at 10 digits in ${edLabel} (${kids.map((k) => formatHts(k.code)).join(', ')}); give the 10-digit statistical number`,
      { field: 'hts', value: formatHts(code) },
    );
  }

  /** Whether a code (8 or 10 digits) exists in an edition, directly or through its tariff line. */
  has(code: string, edition: number): boolean {
    if (this.record(code, edition)) return true;
    if (code.length === 10) return this.record(code.slice(0, 8), edition) !== undefined;
    return (this.children8.get(code) ?? []).some((c) => this.record(c, edition) !== undefined);
  }

  /** The 10-digit numbers under an 8-digit line (in any edition). */
  statisticalLines(code8: string): string[] {
    return this.children8.get(code8) ?? [];
  }
}

function notInSchedule(code: string, edition: string): ClearanceError {
  return new ClearanceError('hts_not_in_schedule', 'not_found', `hts: ${formatHts(code)} is not in ${edition}`, { field: 'hts', value: formatHts(code) });
}

/**
 * Column 1 special text ("Free (A+,AU,BH,...) 6.6% (KR)") as program -> rate. Program codes keep
 * their marks (A*, A+, E*) as the schedule prints them.
 */
export function parseSpecial(text: string): Map<string, RateFormula> {
  const out = new Map<string, RateFormula>();
  const group = /([^()]+?)\s*\(([^)]*)\)/g;
  let m: RegExpExecArray | null;
  while ((m = group.exec(text)) !== null) {
    const formula = parseRate(m[1]!.trim());
    if (!formula) continue;
    for (const program of m[2]!.split(',')) {
      const p = program.trim();
      if (p !== '') out.set(p, formula);
    }
  }
  return out;
}
