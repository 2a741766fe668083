import type { ListEntry } from './list-entry.js';

/** Official formats clearance reads, plus the built-in sample list (a list, so that tests can cover each). */
export const SOURCE_FORMATS = ['csl-csv', 'csl-json', 'ofac-csv', 'un-xml', 'bis-dpl', 'eu-fsf-xml', 'ofsi-csv', 'ofsi-xlsx', 'uk-fcdo-xml', 'builtin-sample'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** One official file (or OFAC file set) as loaded into a snapshot. */
export interface SourceInfo {
  /** Stable name of the source within a data folder, e.g. 'csl', 'ofac-sdn', 'ofac-cons', 'un', 'bis-dpl'. */
  name: string;
  format: SourceFormat;
  /** Files read, as given (paths or URLs). */
  files: string[];
  /** Date the publisher generated the file, when it says (ISO date). */
  sourceDate?: string;
  /** sha256 over the canonical entries of this source. */
  contentHash: string;
  entryCount: number;
  /** Entries per list code. */
  countsByList: Record<string, number>;
  malformedRows: number;
}

/** An immutable, hashed set of list entries from one or more sources. */
export interface ListSnapshot {
  /** sha256 over the sources' content hashes. */
  readonly hash: string;
  readonly createdAt: string;
  readonly sources: readonly SourceInfo[];
  readonly entries: readonly ListEntry[];
  readonly counts: Readonly<Record<string, number>>;
}
