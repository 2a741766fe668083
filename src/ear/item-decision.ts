import type { Checked, Citation, ItemDecision, Outcome, Question } from './decision.js';
import type { Finding, ItemState } from './item-state.js';

/**
 * An item's findings as the decision shows them: the findings that decided the outcome, one reason
 * per rule (the first finding of each code), every citation once, the rules found not to apply, and
 * the questions that would settle what stayed open.
 */

function onePerRule(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (seen.has(f.code)) return false;
    seen.add(f.code);
    return true;
  });
}

function deciding(outcome: Outcome, state: ItemState): Finding[] {
  switch (outcome) {
    case 'prohibited':
      return [...state.prohibitions, ...state.requirements];
    case 'license_required':
      return [...state.requirements, ...state.exceptionBlocks, ...state.unresolved];
    case 'license_exception':
      return [...state.requirements, ...state.unresolved];
    case 'indeterminate':
      return [...state.unresolved, ...state.requirements];
    default:
      return [];
  }
}

export function toItemDecision(eccn: string, outcome: Outcome, state: ItemState, extra: Citation[], exception?: ItemDecision['exception']): ItemDecision {
  const findings = onePerRule([...deciding(outcome, state), ...state.notes]);
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const c of [...extra, ...findings.flatMap((f) => f.citations)]) {
    const k = `${c.kind}|${c.ref}`;
    if (!seen.has(k)) {
      seen.add(k);
      citations.push(c);
    }
  }
  const checked: Checked[] = [];
  const seenChecked = new Set<string>();
  for (const c of state.checked) {
    const k = `${c.code}|${c.text}`;
    if (!seenChecked.has(k)) {
      seenChecked.add(k);
      checked.push(c);
    }
  }
  const questions: Question[] = [...new Map([...state.requirements, ...state.unresolved].flatMap((f) => (f.question ? [[f.question.id, f.question] as const] : []))).values()];
  const d: ItemDecision = {
    eccn,
    outcome,
    reasons: findings.map((f) => ({ code: f.code, text: f.text })),
    conditions: state.conditions,
    citations,
    checked,
    questions,
  };
  if (exception) d.exception = exception;
  return d;
}
