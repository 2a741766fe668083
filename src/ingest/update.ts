import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { commitVersion, guardFindings, stagingDir, type CommitOptions, type CommitResult, type IncomingSource } from './data-folder.js';
import { downloadToFile, type DownloadOptions } from './download.js';
import { parseDetected } from './load.js';
import type { RemoteSource } from './official-sources.js';

export interface UpdateOptions {
  sources: readonly RemoteSource[];
  /** Accept a source that the guards refuse (malformed rows, cut off, shrunk against the active version). */
  force?: boolean;
  /** Largest accepted drop in entry count against the previous version (default INGEST_GUARDS.maxDrop). */
  maxDrop?: number;
  /** Take the sources that succeeded even when others failed (default: all or nothing). */
  partial?: boolean;
  /** Mark the stored parties for re-screening against the new version (default true; see rescreen-marker.ts). */
  rescreen?: boolean;
  download?: DownloadOptions;
  onEvent?: (event: UpdateEvent) => void;
  /** See CommitOptions.beforeActivate: what --force overrode, recorded before the version goes live. */
  beforeActivate?: CommitOptions['beforeActivate'];
}

export type UpdateEvent =
  | { type: 'download'; source: string; url: string }
  | { type: 'downloaded'; source: string; url: string; bytes: number }
  | { type: 'failed'; source: string; error: string };

export interface UpdateResult {
  /** The version written, or undefined when nothing was written. */
  commit?: CommitResult;
  /** Each source that was not taken, with why (download failure, or the guards' reasons). */
  failures: { source: string; error: string }[];
}

/**
 * `clearance data update`: downloads every source, validates each one alone (parses it, and applies the
 * guards of `data import` against the active version) and writes one new version. A refused source is
 * reported by name with its reasons. Unless `partial` is set, any failure leaves the active version as it
 * was. Downloads land in a hidden folder of the data folder, so that a killed update leaves nothing
 * outside it and the next import clears it.
 */
export async function updateFromRemote(home: string, options: UpdateOptions): Promise<UpdateResult> {
  const scratch = stagingDir(home, 'download');
  const failures: UpdateResult['failures'] = [];
  const ready: IncomingSource[] = [];
  const force = options.force ?? false;
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
          files.push({ role: remote.role, path, shownAs: remote.url });
        }
        const detected = { name: source.name, format: source.format, files };
        // Each source is parsed and checked alone first so that one bad source is reported by name with its
        // reasons, not as a failed commit; the commit reuses this parse and applies the same checks.
        const forced: string[] = [];
        const parsed = await parseDetected(detected, { force, onForced: (file, reason) => forced.push(`${file}: ${reason}`) });
        const findings = guardFindings(home, source.name, files, parsed, options);
        if (findings.length > 0 && !force) throw new Error(`refused: ${findings.join('; ')}; use --force to accept`);
        ready.push({ detected, origin: source.files.map((f) => f.url), parsed, forced });
      } catch (err) {
        const error = (err as Error).message;
        failures.push({ source: source.name, error });
        options.onEvent?.({ type: 'failed', source: source.name, error });
      }
    }
    if (ready.length === 0 || (failures.length > 0 && !options.partial)) return { failures };
    try {
      const commit = await commitVersion(home, ready, { force, maxDrop: options.maxDrop, rescreen: options.rescreen, beforeActivate: options.beforeActivate });
      return { commit, failures };
    } catch (err) {
      failures.push({ source: 'commit', error: (err as Error).message });
      return { failures };
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
