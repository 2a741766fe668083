import type { ListsUsed } from '../ear/index.js';
import { sourcesDate } from '../ingest/version-as-of.js';
import type { Lists } from './lists.js';

/** What a decision records about the lists it was made against, relative to the date asked about. */
export function listsUsed(lists: Lists, asOf: string | undefined): ListsUsed {
  const date = sourcesDate(lists.snapshot.sources, lists.snapshot.createdAt);
  const out: ListsUsed = { version: lists.version };
  if (date) out.sourceDate = date;
  if (!asOf) return out;
  out.postdatesAsOf = lists.asOf?.postdatesAsOf ?? (date !== undefined && date > asOf);
  out.note =
    lists.asOf?.note ??
    (out.postdatesAsOf ? `the lists (${date}) are newer than ${asOf}: listings made after it are set aside by their own dates` : `the lists (${date ?? 'undated'}) predate ${asOf}`);
  return out;
}
