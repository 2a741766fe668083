import { activeVersionId, listVersions, loadVersionSnapshot, versionDir } from '../ingest/data-folder.js';
import { UnknownListFormatError } from '../ingest/detect.js';
import { loadSnapshotFromPaths } from '../ingest/load.js';
import { RejectedFileError } from '../ingest/malformed.js';
import { versionAsOf, type VersionAsOf } from '../ingest/version-as-of.js';
import { ClearanceError } from '../model/errors.js';
import type { ListSnapshot } from '../model/snapshot.js';
import { SAMPLE_WARNING, sampleSnapshot } from '../sample/sample-list.js';
import type { CandidateIndex } from '../screening/index.js';
import { indexForSnapshot } from '../screening/index-cache.js';
import { screenerOver, type Screener } from '../screening/screen.js';

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

function listsOf(snapshot: ListSnapshot, origin: ListsOrigin, versionId?: string, cacheDir?: string): Lists {
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
      if (request.list && request.list.length > 0) {
        try {
          return listsOf(await loadSnapshotFromPaths(request.list, { force: request.force }), 'list-files');
        } catch (err) {
          if (err instanceof UnknownListFormatError || err instanceof RejectedFileError) throw aboutListFlag(err);
          throw err;
        }
      }
      const id = activeVersionId(dataDir);
      // A question about a past date is screened against the version in force on it, when the folder has one.
      const chosen = request.asOf !== undefined ? versionAsOf(listVersions(dataDir), request.asOf) : undefined;
      if (chosen && chosen.id !== id) {
        if (past?.versionId !== chosen.id) past = listsOf(await loadVersionSnapshot(dataDir, chosen.id), 'data-folder', chosen.id, versionDir(dataDir, chosen.id));
        return { ...past, asOf: chosen };
      }
      if (id) {
        if (active?.versionId !== id) active = listsOf(await loadVersionSnapshot(dataDir, id), 'data-folder', id, versionDir(dataDir, id));
        return chosen ? { ...active, asOf: chosen } : active;
      }
      options.onSample?.();
      return (sample ??= listsOf(sampleSnapshot(), 'sample'));
    },
  };
}
