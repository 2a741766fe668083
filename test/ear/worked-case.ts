import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Worked cases written from the regulation text and the data (test/ear/worked-cases/*.json), and the
 * judgement of one decision against one case. The judgement reads only the decision's public shape
 * (outcome, items[].outcome/reasons/citations/conditions/exception), so it holds whatever the engine
 * does inside.
 */

/**
 * Outcomes from least to most strict, as issue 18 orders them: prohibited > license_required >
 * indeterminate > license_exception > nlr > not_subject_to_ear. Kept here rather than imported from the
 * engine, so that the judge does not inherit a mistake in the engine's own order.
 */
export const OUTCOMES = ['not_subject_to_ear', 'nlr', 'license_exception', 'indeterminate', 'license_required', 'prohibited'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const strictness = (o: string): number => OUTCOMES.indexOf(o as Outcome);

export interface ItemExpectation {
  outcome: Outcome;
  /** Case-insensitive substrings that must each appear in some citation ref of the item. */
  citations_include?: string[];
  /** Case-insensitive substrings that must each appear in some reason code or text of the item. */
  reasons_include?: string[];
  /** Case-insensitive substrings that must each appear in some condition code or text of the item. */
  conditions_include?: string[];
  /** The license exception symbol the item must carry (LVS, GBS, STA, ENC, SPP, ...). */
  exception?: string;
}

export interface Expectation {
  outcome?: Outcome;
  items?: ItemExpectation[];
  /** For input cases (class 10): the input must be refused naming this field. */
  error_field?: string;
}

export interface WorkedCase {
  id: string;
  class: number;
  why: string;
  cite: string[];
  transaction: Record<string, unknown>;
  expect: Expectation;
  /** The file it came from, filled in by the loader. */
  file: string;
}

/** The shape of a decision this judgement reads (a subset of src/ear/decision.ts Decision). */
export interface DecisionView {
  outcome: string;
  items: {
    outcome: string;
    reasons: { code: string; text: string }[];
    citations: { ref: string }[];
    conditions?: { code: string; text: string }[];
    exception?: { symbol: string };
  }[];
}

/** Every case of every file in `dir`, in file then array order; malformed cases throw naming the file. */
export function loadWorkedCases(dir: string): WorkedCase[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const cases: WorkedCase[] = [];
  for (const file of files) {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    if (!Array.isArray(parsed)) throw new Error(`${file}: expected an array of cases`);
    for (const raw of parsed as WorkedCase[]) {
      const where = `${file} ${raw.id ?? '(no id)'}`;
      if (typeof raw.id !== 'string' || typeof raw.class !== 'number' || typeof raw.transaction !== 'object' || !raw.expect) {
        throw new Error(`${where}: id, class, transaction and expect are required`);
      }
      const e = raw.expect;
      if (e.error_field === undefined && strictness(e.outcome ?? '') < 0) throw new Error(`${where}: expect.outcome missing or unknown`);
      for (const item of e.items ?? []) if (strictness(item.outcome) < 0) throw new Error(`${where}: an item outcome is missing or unknown`);
      cases.push({ ...raw, file });
    }
  }
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    seen.add(c.id);
  }
  return cases;
}

function missing(needles: string[] | undefined, haystack: string[]): string[] {
  const lower = haystack.map((h) => h.toLowerCase());
  return (needles ?? []).filter((n) => !lower.some((h) => h.includes(n.toLowerCase())));
}

/** What in `decision` falls short of `expect`; empty when the decision is right. */
export function judge(decision: DecisionView, expect: Expectation): string[] {
  const problems: string[] = [];
  if (expect.outcome !== undefined && decision.outcome !== expect.outcome) {
    problems.push(`outcome ${decision.outcome}, expected ${expect.outcome}`);
  }
  (expect.items ?? []).forEach((want, i) => {
    const got = decision.items[i];
    if (!got) {
      problems.push(`items[${i}] missing`);
      return;
    }
    if (got.outcome !== want.outcome) problems.push(`items[${i}].outcome ${got.outcome}, expected ${want.outcome}`);
    for (const m of missing(want.citations_include, got.citations.map((c) => c.ref))) problems.push(`items[${i}] cites no "${m}"`);
    const reasons = got.reasons.flatMap((r) => [r.code, r.text]);
    for (const m of missing(want.reasons_include, reasons)) problems.push(`items[${i}] has no reason mentioning "${m}"`);
    const conditions = (got.conditions ?? []).flatMap((c) => [c.code, c.text]);
    for (const m of missing(want.conditions_include, conditions)) problems.push(`items[${i}] has no condition mentioning "${m}"`);
    if (want.exception !== undefined && got.exception?.symbol.toLowerCase() !== want.exception.toLowerCase()) {
      problems.push(`items[${i}] exception ${got.exception?.symbol ?? 'none'}, expected ${want.exception}`);
    }
  });
  return problems;
}

/** True when the answer lets through what the expected answer holds back (lower on the strictness scale). */
export function lessStrict(actual: string, expected: string): boolean {
  const a = strictness(actual);
  const e = strictness(expected);
  return a >= 0 && e >= 0 && a < e;
}
