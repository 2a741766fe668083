import type { ListSnapshot } from '../model/snapshot.js';
import { loadActiveSnapshot, resolveDataDir } from '../ingest/data-folder.js';
import { UnknownListFormatError } from '../ingest/detect.js';
import { loadSnapshotFromPaths } from '../ingest/load.js';
import { RejectedFileError } from '../ingest/malformed.js';
import { SAMPLE_WARNING, sampleSnapshot } from '../sample/sample-list.js';
import { UsageError } from './errors.js';

export interface ResolvedSnapshot {
  snapshot: ListSnapshot;
  /** Where it came from, for messages and decision records. */
  origin: 'list-files' | 'data-folder' | 'sample';
}

/**
 * The lists a command screens against: the `--list` files when given, else the data folder's active
 * version, else the built-in sample (with a loud warning on stderr).
 */
export async function resolveSnapshot(options: { list?: string[]; dataDir?: string; force?: boolean }): Promise<ResolvedSnapshot> {
  if (options.list && options.list.length > 0) {
    try {
      return { snapshot: await loadSnapshotFromPaths(options.list, { force: options.force }), origin: 'list-files' };
    } catch (err) {
      if (err instanceof UnknownListFormatError || err instanceof RejectedFileError) throw new UsageError(`--list ${err.message}`);
      throw err;
    }
  }
  const active = await loadActiveSnapshot(resolveDataDir(options.dataDir));
  if (active) return { snapshot: active, origin: 'data-folder' };
  process.stderr.write(`\n${'!'.repeat(100)}\n${SAMPLE_WARNING}\n${'!'.repeat(100)}\n\n`);
  return { snapshot: sampleSnapshot(), origin: 'sample' };
}
