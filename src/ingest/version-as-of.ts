import type { ListVersionManifest } from './data-folder.js';
import type { SourceInfo } from '../model/snapshot.js';

/**
 * Which stored list version was in force on a date, read from the data folder's manifests alone
 * (pure: no files are opened). A version's date is that of its newest source, by the publisher's own
 * date when the file gives one, else the day it was added. The version in force on `asOf` is the
 * newest one dated on or before it; when every version is newer, the oldest is the nearest there is,
 * and the answer says it postdates `asOf`, so listings made after that date must be set aside by
 * their own dates.
 */

export interface VersionAsOf {
  id: string;
  /** The version's date: its newest source's date. */
  date: string;
  postdatesAsOf: boolean;
  note: string;
}

/** The date of a set of sources: the newest publisher date, else the newest day added. */
export function sourcesDate(sources: readonly (Pick<SourceInfo, 'sourceDate'> & { addedAt?: string })[], fallback?: string): string | undefined {
  const dates = sources.map((s) => s.sourceDate ?? s.addedAt?.slice(0, 10)).filter((d): d is string => typeof d === 'string' && d.length >= 10).map((d) => d.slice(0, 10));
  if (dates.length === 0) return fallback?.slice(0, 10);
  return dates.sort().at(-1);
}

export function versionAsOf(manifests: readonly ListVersionManifest[], asOf: string): VersionAsOf | undefined {
  const dated = manifests
    .map((m) => ({ id: m.id, date: sourcesDate(m.sources, m.createdAt) ?? m.createdAt.slice(0, 10), createdAt: m.createdAt }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  if (dated.length === 0) return undefined;
  const inForce = dated.filter((v) => v.date <= asOf).at(-1);
  if (inForce) return { id: inForce.id, date: inForce.date, postdatesAsOf: false, note: `the newest list version dated on or before ${asOf} (${inForce.date})` };
  const oldest = dated[0]!;
  return { id: oldest.id, date: oldest.date, postdatesAsOf: true, note: `no stored list version predates ${asOf}; the oldest (${oldest.date}) was used, and listings made after ${asOf} are set aside by their own dates` };
}
