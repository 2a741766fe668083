import { join } from 'node:path';
import { activeVersionId, listVersions, loadVersionSnapshot, versionDir } from '../ingest/data-folder.js';
import { UnknownListFormatError } from '../ingest/detect.js';
import { RejectedFileError } from '../ingest/malformed.js';
import { versionAsOf, type VersionAsOf } from '../ingest/version-as-of.js';
import { ClearanceError } from '../model/errors.js';
import type { ListSnapshot } from '../model/snapshot.js';
import { SAMPLE_WARNING, sampleSnapshot } from '../sample/sample-list.js';
import type { CandidateIndex } from '../screening/index.js';
import { indexForSnapshot } from '../screening/index-cache.js';
import { screenerOver, type Screener } from '../screening/screen.js';
import { listFilesKey, readListFilesCache, writeListFilesCache } from './list-file-cache.js';

export type ListsOrigin = 'list-files' | 'data-folder' | 'sample';

/** The lists a use case screens against, with their index built once, on first use. */
export interface Lists {
  readonly snapshot: ListSnapshot;
  readonly origin: ListsOrigin;
  /** For a data folder version: its id. */
  readonly versionId?: string;
  /** For a data folder version: its folder, where its screening index is cached. */
  readonly cacheDir?: string;
  /**
   * How decisions record these lists: a data folder version by its id (what re-screening and
   * `data diff` name it by), other lists by their snapshot hash.
   */
  readonly version: string;
  /** When a date was asked about: the data folder version chosen as the one in force on it. */
  readonly asOf?: VersionAsOf;
  index(): CandidateIndex;
  screener(): Screener;
}

export interface ListsRequest {
  /** List files or folders named by the caller (`--list`); else the data folder's active version. */
  list?: readonly string[];
  /** Accept files with more than 1% malformed rows. */
  force?: boolean;
  /** A date (YYYY-MM-DD) asked about: the data folder version in force on it instead of the active one. */
  asOf?: string;
}

export interface ListsSource {
  /** The `list` files when given, else the data folder's active version, else the built-in sample. */
  resolve(request?: ListsRequest): Promise<Lists>;
}

export { SAMPLE_WARNING };

/** Lists over a snapshot; the index is built on first use (or read from `cacheDir` when cached there). */
export function listsOf(snapshot: ListSnapshot, origin: ListsOrigin, versionId?: string, cacheDir?: string): Lists {
  let index: CandidateIndex | undefined;
  let screener: Screener | undefined;
  const version = versionId ?? (origin === 'sample' ? `sample:${snapshot.hash}` : `sha256:${snapshot.hash}`);
  return {
    snapshot,
    origin,
    version,
    ...(versionId !== undefined ? { versionId } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    index: () => (index ??= indexForSnapshot(snapshot, cacheDir)),
    screener: () => (screener ??= screenerOver(index ??= indexForSnapshot(snapshot, cacheDir))),
  };
}

/** A stored version of the data folder as lists (its snapshot and index cached beside its files). */
export async function dataFolderLists(dataDir: string, id: string): Promise<Lists> {
  return listsOf(await loadVersionSnapshot(dataDir, id), 'data-folder', id, versionDir(dataDir, id));
}

/**
 * The lists of files a caller named (`--list`), or a ClearanceError naming the file that cannot be
 * read. With a `cacheRoot`, what parsing them and indexing them gives is kept there, by their content.
 */
export async function fileLists(paths: readonly string[], force?: boolean, cacheRoot?: string): Promise<Lists> {
  // The parsers load only when files are parsed, not when their snapshot comes from the cache.
  const loadSnapshotFromPaths = async (...args: Parameters<typeof import('../ingest/load.js').loadSnapshotFromPaths>) => (await import('../ingest/load.js')).loadSnapshotFromPaths(...args);
  try {
    if (cacheRoot === undefined) return listsOf(await loadSnapshotFromPaths(paths, { force }), 'list-files');
    const dir = join(cacheRoot, await listFilesKey(paths, force ?? false, cacheRoot));
    const cached = readListFilesCache(dir);
    if (cached) return listsOf(cached, 'list-files', undefined, dir);
    const snapshot = await loadSnapshotFromPaths(paths, { force });
    return listsOf(snapshot, 'list-files', undefined, writeListFilesCache(cacheRoot, dir, snapshot) ? dir : undefined);
  } catch (err) {
    if (err instanceof UnknownListFormatError || err instanceof RejectedFileError) throw aboutListFlag(err);
    throw err;
  }
}

/** Where parsed `--list` files are kept inside the data folder. */
export function listFilesCacheRoot(dataDir: string): string {
  return join(dataDir, 'cache', 'list-files');
}

export function sampleLists(): Lists {
  return listsOf(sampleSnapshot(), 'sample');
}

/** A list file the caller named that cannot be read: said about `--list`, as the caller typed it. */
function aboutListFlag(err: UnknownListFormatError | RejectedFileError): ClearanceError {
  return new ClearanceError(err.code, err.kind, `--list ${err.message}`, { field: 'list', value: err instanceof RejectedFileError ? err.file : err.path, cause: err });
}

/**
 * The lists of one Runtime. The active data folder version is kept once loaded (with its index), so a
 * long-running process answers from memory; it is looked up again on every call, so that a version
 * activated since is the one used.
 */
export function createListsSource(dataDir: string, options: { onSample?: () => void } = {}): ListsSource {
  let active: Lists | undefined;
  // The last older version a dated question chose, kept like the active one.
  let past: Lists | undefined;
  let sample: Lists | undefined;
  return {
    async resolve(request = {}) {
      if (request.list && request.list.length > 0) return fileLists(request.list, request.force, listFilesCacheRoot(dataDir));
      const id = activeVersionId(dataDir);
      // A question about a past date is screened against the version in force on it, when the folder has one.
      const chosen = request.asOf !== undefined ? versionAsOf(listVersions(dataDir), request.asOf) : undefined;
      if (chosen && chosen.id !== id) {
        if (past?.versionId !== chosen.id) past = await dataFolderLists(dataDir, chosen.id);
        return { ...past, asOf: chosen };
      }
      if (id) {
        if (active?.versionId !== id) active = await dataFolderLists(dataDir, id);
        return chosen ? { ...active, asOf: chosen } : active;
      }
      options.onSample?.();
      return (sample ??= sampleLists());
    },
  };
}
