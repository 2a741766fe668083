import type { Citation, Condition, Question } from './decision.js';
import type { Reason as ControlReason } from './pack.js';

/**
 * What the steps found for one item, before the outcome is decided. Steps only add findings; the
 * outcome is computed once at the end, so the order of the steps never hides a stricter finding.
 */

/** Which license exceptions can overcome a requirement. */
export type ExceptionScope =
  /** CCL/Country Chart requirement: Part 740 exceptions subject to § 740.2 and the ECCN's own flags. */
  | 'ccl'
  /** Part 744/746 requirement whose text allows only the exceptions listed. */
  | { only: string[] }
  | 'none';

export interface Finding {
  code: string;
  text: string;
  citations: Citation[];
  exceptions: ExceptionScope;
  controlReason?: ControlReason;
  /** For an unresolved finding: the question whose answer would settle it. */
  question?: Question;
}

/** A rule evaluated and found not to apply (or a hit set aside), with why. */
export interface CheckedRule {
  code: string;
  text: string;
  citations: Citation[];
}

export interface ItemState {
  requirements: Finding[];
  unresolved: Finding[];
  prohibitions: Finding[];
  /** Findings that block every license exception (Entity List, UVL), whatever else applies. */
  exceptionBlocks: Finding[];
  conditions: Condition[];
  notes: Finding[];
  checked: CheckedRule[];
}

export function newItemState(): ItemState {
  return { requirements: [], unresolved: [], prohibitions: [], exceptionBlocks: [], conditions: [], notes: [], checked: [] };
}

export const cfr = (ref: string, note?: string): Citation => (note ? { kind: 'cfr', ref, note } : { kind: 'cfr', ref });

export function check(state: ItemState, code: string, text: string, citations: Citation[] = []): void {
  state.checked.push({ code, text, citations });
}
