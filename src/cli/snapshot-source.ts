import type { ListSnapshot } from '../model/snapshot.js';
import { activeVersionId, listVersions, loadVersionSnapshot, resolveDataDir, versionDir } from '../ingest/data-folder.js';
import { sourcesDate, versionAsOf, type VersionAsOf } from '../ingest/version-as-of.js';
import type { ListsUsed } from '../ear/decision.js';
import { UnknownListFormatError } from '../ingest/detect.js';
import { loadSnapshotFromPaths } from '../ingest/load.js';
import { RejectedFileError } from '../ingest/malformed.js';
import type { CandidateIndex } from '../screening/index.js';
import { indexForSnapshot } from '../screening/index-cache.js';
import { screenerOver, type Screener } from '../screening/screen.js';
import { SAMPLE_WARNING, sampleSnapshot } from '../sample/sample-list.js';
import { UsageError } from './errors.js';

export interface ResolvedSnapshot {
  snapshot: ListSnapshot;
  /** Where it came from, for messages and decision records. */
  origin: 'list-files' | 'data-folder' | 'sample';
  /** For a data folder version: its folder, where its screening index is cached. */
  cacheDir?: string;
  /** For a data folder version: its id. */
  versionId?: string;
  /** When a date was asked about: the version chosen as the one in force on it. */
  asOf?: VersionAsOf;
}

/**
 * The lists a command screens against: the `--list` files when given, else the data folder's active
 * version, else the built-in sample (with a loud warning on stderr).
 */
export async function resolveSnapshot(options: { list?: string[]; dataDir?: string; force?: boolean; asOf?: string }): Promise<ResolvedSnapshot> {
  if (options.list && options.list.length > 0) {
    try {
      return { snapshot: await loadSnapshotFromPaths(options.list, { force: options.force }), origin: 'list-files' };
    } catch (err) {
      if (err instanceof UnknownListFormatError || err instanceof RejectedFileError) throw new UsageError(`--list ${err.message}`);
      throw err;
    }
  }
  const home = resolveDataDir(options.dataDir);
  // A question about a past date is screened against the list version in force on it, when the folder has one.
  const chosen = options.asOf ? versionAsOf(listVersions(home), options.asOf) : undefined;
  if (chosen) {
    const cacheDir = chosen.id === activeVersionId(home) ? versionDir(home, chosen.id) : undefined;
    return { snapshot: await loadVersionSnapshot(home, chosen.id), origin: 'data-folder', ...(cacheDir ? { cacheDir } : {}), versionId: chosen.id, asOf: chosen };
  }
  const active = activeVersionId(home);
  if (active) return { snapshot: await loadVersionSnapshot(home, active), origin: 'data-folder', cacheDir: versionDir(home, active), versionId: active };
  process.stderr.write(`\n${'!'.repeat(100)}\n${SAMPLE_WARNING}\n${'!'.repeat(100)}\n\n`);
  return { snapshot: sampleSnapshot(), origin: 'sample' };
}

/**
 * How decisions record the lists they were made against: a data folder version by its id (what
 * re-screening and `data diff` name it by), other lists by their snapshot hash.
 */
export function listVersionOf(resolved: ResolvedSnapshot): string {
  if (resolved.versionId !== undefined) return resolved.versionId;
  return resolved.origin === 'sample' ? `sample:${resolved.snapshot.hash}` : `sha256:${resolved.snapshot.hash}`;
}

/** The screening index of the resolved lists: a data folder version's cached one when there is one. */
export function indexOfResolved(resolved: ResolvedSnapshot): CandidateIndex {
  return indexForSnapshot(resolved.snapshot, resolved.cacheDir);
}

export function screenerOfResolved(resolved: ResolvedSnapshot): Screener {
  return screenerOver(indexOfResolved(resolved));
}

/** What a decision records about the lists it was made against, relative to the date asked about. */
export function listsUsed(resolved: ResolvedSnapshot, asOf: string | undefined): ListsUsed {
  const version = listVersionOf(resolved);
  const date = sourcesDate(resolved.snapshot.sources, resolved.snapshot.createdAt);
  const out: ListsUsed = { version };
  if (date) out.sourceDate = date;
  if (!asOf) return out;
  out.postdatesAsOf = resolved.asOf?.postdatesAsOf ?? (date !== undefined && date > asOf);
  out.note = resolved.asOf?.note ?? (out.postdatesAsOf ? `the lists (${date}) are newer than ${asOf}: listings made after it are set aside by their own dates` : `the lists (${date ?? 'undated'}) predate ${asOf}`);
  return out;
}
