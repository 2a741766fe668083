import type { AdditionalDuty } from './answer.js';
import type { Measure } from './measure.js';

/** What answering one line gathers on the way: notes, reasons it cannot be decided, citations, reliefs. */

export interface Applied {
  measure: Measure;
  /** The value the rate applies to, in cents (customs value unless reduced or metal content). */
  basisCents: number;
  basisNote?: string;
}

export interface Work {
  /** False for quiet answers: notes are neither built nor kept. */
  loud: boolean;
  notes: string[];
  indeterminate: string[];
  citations: string[];
  /** Exemption headings that relieved the line of a measure (reported with no duty). */
  reliefs: AdditionalDuty[];
}

/** A notes list that keeps nothing (quiet answers): one instance, shared. */
class Discard extends Array<string> {
  override push(): number {
    return 0;
  }
}
export const DISCARD = new Discard();

