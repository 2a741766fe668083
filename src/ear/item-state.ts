import type { Citation, Condition } from './decision.js';
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
}

export interface ItemState {
  requirements: Finding[];
  unresolved: Finding[];
  prohibitions: Finding[];
  /** Findings that block every license exception (Entity List, UVL), whatever else applies. */
  exceptionBlocks: Finding[];
  conditions: Condition[];
  notes: Finding[];
}

export function newItemState(): ItemState {
  return { requirements: [], unresolved: [], prohibitions: [], exceptionBlocks: [], conditions: [], notes: [] };
}

export const cfr = (ref: string, note?: string): Citation => (note ? { kind: 'cfr', ref, note } : { kind: 'cfr', ref });
