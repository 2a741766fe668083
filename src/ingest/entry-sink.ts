import type { ListEntry } from '../model/list-entry.js';

/**
 * Where a parser puts the entries it maps: into the result, or, when the caller passes `onEntry`, straight
 * to the caller, so that a 50 MB file can be processed with only one record in memory at a time.
 */
export class EntrySink {
  readonly entries: ListEntry[] = [];
  count = 0;

  constructor(private readonly onEntry?: (entry: ListEntry) => void) {}

  push(entry: ListEntry): void {
    this.count++;
    if (this.onEntry) this.onEntry(entry);
    else this.entries.push(entry);
  }
}
