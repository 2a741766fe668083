import { loadSnapshotFromPaths, parsePaths } from '../../src/ingest/load.js';
import type { ListSnapshot } from '../../src/model/snapshot.js';
import type { NamedParseResult } from '../../src/snapshot/build.js';
import { buildCandidateIndex, type CandidateIndex } from '../../src/screening/index.js';

/**
 * Real list files parsed, and their screening index built, once per test file however many of its tests
 * screen against them: each costs seconds on the full lists, and a parsed list or a built index is never
 * changed by what reads it (snapshots are frozen). Each is made on first use, so that any test may run
 * alone or first. The paths are taken as given (dataPath, which throws when a file is missing).
 */

const parsed = new Map<string, Promise<NamedParseResult[]>>();
const snapshots = new Map<string, Promise<ListSnapshot>>();
const indexes = new Map<string, Promise<CandidateIndex>>();

function memo<T>(cache: Map<string, Promise<T>>, paths: readonly string[], make: () => Promise<T>): Promise<T> {
  const key = JSON.stringify(paths);
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** parsePaths(paths), once per file. */
export function parsedLists(paths: readonly string[]): Promise<NamedParseResult[]> {
  return memo(parsed, paths, () => parsePaths(paths));
}

/** loadSnapshotFromPaths(paths), once per file. */
export function listSnapshot(paths: readonly string[]): Promise<ListSnapshot> {
  return memo(snapshots, paths, () => loadSnapshotFromPaths(paths));
}

/** The screening index of every entry of parsePaths(paths), as createScreener builds it, once per file. */
export function listIndex(paths: readonly string[]): Promise<CandidateIndex> {
  return memo(indexes, paths, async () => buildCandidateIndex((await parsedLists(paths)).flatMap((p) => p.result.entries)));
}
