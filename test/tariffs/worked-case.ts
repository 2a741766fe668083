import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Worked entry-line cases for the duty engine, written from the official texts and data (HTS
 * revisions, chapter 99 notes, Federal Register notices, proclamations and executive orders), not
 * from the engine. One file per era and program: `<era>-<program>.json`, an array of cases.
 *
 * `expect` holds only what the texts make certain:
 * - `error_field`: the line must be refused with an error naming that field;
 * - `base_duty_usd`: the column 1 (or column 2 / special) duty, when the texts fix its split;
 * - `additional`: chapter 99 headings that must be present; `duty_usd` when their amount is certain
 *   (the 15% all-in headings leave the split between base and heading to the reporting rules, so
 *   those cases assert the heading and the total only);
 * - `additional_exact` (default true): no other heading may carry a non-zero duty;
 * - `total_duty_usd`: always, unless the line is refused;
 * - `mpf_usd`, `hmf_usd`: fees, when computed from the official rates and fiscal-year limits;
 * - `notes_include`: regular expressions (case-insensitive) each matching one of the answer's notes.
 */

export interface ExpectedAdditional {
  heading: string;
  duty_usd?: number;
}

export interface WorkedCaseExpect {
  error_field?: string;
  base_duty_usd?: number;
  additional?: ExpectedAdditional[];
  additional_exact?: boolean;
  total_duty_usd?: number;
  mpf_usd?: number;
  hmf_usd?: number;
  notes_include?: string[];
}

export interface WorkedCase {
  id: string;
  why: string;
  sources: string[];
  line: Record<string, unknown>;
  expect: WorkedCaseExpect;
  /** The file the case came from, without `.json` (era and program). */
  file: string;
}

/** The part of a duty answer the cases judge (the output shape). */
export interface JudgedAnswer {
  base_duty_usd: number | null;
  additional: { heading: string; duty_usd: number }[];
  total_duty_usd: number | null;
  fees?: { mpf_usd?: number | null; hmf_usd?: number | null };
  notes?: string[];
}

/** Every case of every `*.json` file in `dir`, in file then array order. */
export function loadWorkedCases(dir: string): WorkedCase[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.flatMap((f) => {
    const parsed = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<WorkedCase, 'file'>[];
    return parsed.map((c) => ({ ...c, file: basename(f, '.json') }));
  });
}

const cents = (usd: number): number => Math.round(usd * 100);
const usd = (c: number): string => (c / 100).toFixed(2);

/** What is wrong with an answer against a case (empty when it is right to the cent). */
export function judgeAnswer(answer: JudgedAnswer, expect: WorkedCaseExpect): string[] {
  const problems: string[] = [];
  const same = (label: string, got: number | null | undefined, want: number | undefined): void => {
    if (want === undefined) return;
    if (got === null || got === undefined) problems.push(`${label}: none where ${usd(cents(want))} is due`);
    else if (cents(got) !== cents(want)) problems.push(`${label}: ${usd(cents(got))} where ${usd(cents(want))} is due`);
  };
  same('base_duty_usd', answer.base_duty_usd, expect.base_duty_usd);
  same('total_duty_usd', answer.total_duty_usd, expect.total_duty_usd);
  same('mpf_usd', answer.fees?.mpf_usd, expect.mpf_usd);
  same('hmf_usd', answer.fees?.hmf_usd, expect.hmf_usd);
  if (expect.additional) {
    for (const want of expect.additional) {
      const lines = answer.additional.filter((a) => a.heading === want.heading);
      if (lines.length === 0) problems.push(`heading ${want.heading} missing`);
      else if (want.duty_usd !== undefined) same(`${want.heading} duty_usd`, lines.reduce((s, a) => s + cents(a.duty_usd), 0) / 100, want.duty_usd);
    }
    if (expect.additional_exact !== false) {
      const wanted = new Set(expect.additional.map((a) => a.heading));
      for (const a of answer.additional) {
        if (!wanted.has(a.heading) && cents(a.duty_usd) !== 0) problems.push(`unexpected ${a.heading} ${usd(cents(a.duty_usd))}`);
      }
    }
  }
  if (answer.total_duty_usd !== null && answer.base_duty_usd !== null) {
    const sum = cents(answer.base_duty_usd) + answer.additional.reduce((s, a) => s + cents(a.duty_usd), 0);
    if (sum !== cents(answer.total_duty_usd)) problems.push(`total ${usd(cents(answer.total_duty_usd))} is not the sum of its lines ${usd(sum)}`);
  }
  for (const pattern of expect.notes_include ?? []) {
    const re = new RegExp(pattern, 'i');
    if (!(answer.notes ?? []).some((n) => re.test(n))) problems.push(`no note matches /${pattern}/i`);
  }
  return problems;
}

/** What is wrong with a refusal (empty when the line was refused naming the expected field). */
export function judgeRefusal(error: unknown, field: string): string[] {
  if (error === undefined) return [`accepted a line that must be refused naming ${field}`];
  const got = (error as { field?: unknown }).field;
  if (got !== field) return [`refused naming ${String(got)} where ${field} is due: ${error instanceof Error ? error.message : String(error)}`];
  return [];
}
