import type { ListEntry } from './list-entry.js';
import type { SourceFormat } from './snapshot.js';

/** A row the parser could not map, reported with where it came from. */
export interface MalformedRow {
  file: string;
  line: number;
  reason: string;
}

export interface ParseResult {
  format: SourceFormat;
  entries: ListEntry[];
  /** Rows (or records) seen, malformed ones included. */
  rowsRead: number;
  malformed: MalformedRow[];
  /** Date the publisher generated the file, when the file says. */
  sourceDate?: string;
  files: string[];
}

export interface ParseOptions {
  /** Accept a file with more than the allowed share of malformed rows. */
  force?: boolean;
  /** Share of malformed rows above which a file is rejected (default 0.01). */
  maxMalformedShare?: number;
  /**
   * Receive each entry as it is mapped instead of in the result (whose `entries` then stays empty), so that
   * memory stays bounded by one record. The OFAC set cannot stream this way: its files join by ent_num.
   */
  onEntry?: (entry: ListEntry) => void;
  /**
   * Told of each check that would have refused a file (too many malformed rows, cut off, inconsistent)
   * and that `force` overrode, so that the caller can record what was accepted against the checks.
   */
  onForced?: (file: string, reason: string) => void;
}
