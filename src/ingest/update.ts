import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceInfo } from '../model/snapshot.js';
import { commitVersion, type CommitResult, type IncomingSource, type ManifestSource } from './data-folder.js';
import { downloadToFile, type DownloadOptions } from './download.js';
import { parseDetected } from './load.js';
import type { RemoteSource } from './official-sources.js';

export interface UpdateOptions {
  sources: readonly RemoteSource[];
  /** Accept a source that drops more than `maxDrop` of the previous version's entries, or has malformed rows. */
  force?: boolean;
  /** Largest accepted drop in entry count against the previous version (default 0.10). */
  maxDrop?: number;
  /** Take the sources that succeeded even when others failed (default: all or nothing). */
  partial?: boolean;
  download?: DownloadOptions;
  onEvent?: (event: UpdateEvent) => void;
}

export type UpdateEvent =
  | { type: 'download'; source: string; url: string }
  | { type: 'downloaded'; source: string; url: string; bytes: number }
  | { type: 'failed'; source: string; error: string };

export interface UpdateResult {
  /** The version written, or undefined when nothing was written. */
  commit?: CommitResult;
  failures: { source: string; error: string }[];
}

/** Raised when a parsed source shrank too much against the previous version. */
export class EntryDropError extends ClearanceError {
  constructor(source: string, previous: number, next: number, maxDrop: number) {
    super(
      classErrors.listShrank.code,
      classErrors.listShrank.kind,
      `${source}: ${next} entries against ${previous} in the active version, a drop of ${(((previous - next) / previous) * 100).toFixed(1)}% ` +
        `(more than ${(maxDrop * 100).toFixed(0)}%); use --force to accept`,
    );
    this.name = 'EntryDropError';
  }
}

function dropCheck(maxDrop: number, force: boolean) {
  return (name: string, parsed: SourceInfo, previous: ManifestSource | undefined) => {
    if (force || !previous || previous.entryCount === 0) return;
    if (parsed.entryCount < previous.entryCount * (1 - maxDrop)) {
      throw new EntryDropError(name, previous.entryCount, parsed.entryCount, maxDrop);
    }
  };
}

/**
 * `clearance data update`: downloads every source, validates each one (parses, refuses empty or shrunken
 * lists) and writes one new version. Unless `partial` is set, any failure leaves the active version as it was.
 */
export async function updateFromRemote(home: string, options: UpdateOptions): Promise<UpdateResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'clearance-update-'));
  const failures: UpdateResult['failures'] = [];
  const ready: IncomingSource[] = [];
  const check = dropCheck(options.maxDrop ?? 0.1, options.force ?? false);
  try {
    for (const source of options.sources) {
      const dir = join(scratch, source.name);
      try {
        const files: IncomingSource['detected']['files'] = [];
        for (const remote of source.files) {
          options.onEvent?.({ type: 'download', source: source.name, url: remote.url });
          const path = join(dir, remote.file);
          mkdirSync(dir, { recursive: true });
          const bytes = await downloadToFile(remote.url, path, options.download);
          if (bytes === 0) throw new Error(`${remote.url}: empty file`);
          options.onEvent?.({ type: 'downloaded', source: source.name, url: remote.url, bytes });
          files.push({ role: remote.role, path });
        }
        const detected = { name: source.name, format: source.format, files };
        // Parse each source alone first so that one bad source is reported by name, not as a failed commit;
        // the commit reuses this parse.
        const parsed = await parseDetected(detected, { force: options.force ?? false });
        ready.push({ detected, origin: source.files.map((f) => f.url), parsed });
      } catch (err) {
        const error = (err as Error).message;
        failures.push({ source: source.name, error });
        options.onEvent?.({ type: 'failed', source: source.name, error });
      }
    }
    if (ready.length === 0 || (failures.length > 0 && !options.partial)) return { failures };
    try {
      const commit = await commitVersion(home, ready, { force: options.force ?? false, check });
      return { commit, failures };
    } catch (err) {
      failures.push({ source: 'commit', error: (err as Error).message });
      return { failures };
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
