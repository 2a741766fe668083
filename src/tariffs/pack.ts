import type { Measure, ProductSet } from './measure.js';

/**
 * The tariff pack: clearance's versioned model of the US import tariff from 2017 to the last
 * revision in the data. Built from the official files (USITC tariff databases and HTS JSON
 * revisions, chapter 99 texts and change records) plus curated product lists where the official
 * lists are not machine-readable, and treated as immutable once built.
 *
 * The schedule is stored once per HTS number as spans over editions (a rate text kept while it does
 * not change), not as one copy of the schedule per revision.
 */

export const PACK_FORMAT = 'clearance-tariff-pack/1';

/** One schedule in force from a date: a tariff database year or an HTS revision. */
export interface Edition {
  id: string;
  label: string;
  /** First entry date it serves (publication date of a revision; January 1 of a database's year). */
  from: string;
  source: string;
  note?: string;
}

export interface PackSource {
  file: string;
  sha256: string;
  role: string;
  /** Curated by a third party (not an official text). */
  curated: boolean;
}

export interface PackBody {
  format: typeof PACK_FORMAT;
  /** The last edition in the data, from when it serves: answers dated later say so. */
  horizon: { edition: string; from: string; note: string };
  editions: Edition[];
  /** Distinct rate texts, referenced by index from `lines`. */
  texts: string[];
  /**
   * HTS number (8 or 10 digits) -> flat spans of 4: edition index where the span starts, then the
   * indexes in `texts` of the column 1 general, column 1 special and column 2 rates (-1: none on this line).
   */
  lines: Record<string, number[]>;
  productSets: Record<string, ProductSet>;
  measures: Measure[];
  sources: PackSource[];
  /** Measures and rules the engine does not model, said in the answers they could touch. */
  notModelled: string[];
}

export interface TariffPack extends PackBody {
  /** sha256 of the stored body: equal content, equal version. */
  version: string;
  builtAt: string;
  sourceDir: string;
}
