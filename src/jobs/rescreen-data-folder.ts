import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { activeVersionId, loadVersionSnapshot, resolveVersionId } from '../ingest/data-folder.js';
import { clearRescreenMarker, readRescreenMarker } from '../ingest/rescreen-marker.js';
import { diffEntries } from '../snapshot/diff.js';
import type { Store } from '../store/database.js';
import { getSetting, SCREENED_VERSION } from '../store/settings.js';
import { rescreenDelta, type DeltaRescreenResult } from './delta-rescreen.js';

export class NothingToRescreenError extends ClearanceError {
  constructor(message: string) {
    super(classErrors.nothingToRescreen.code, classErrors.nothingToRescreen.kind, message);
    this.name = 'NothingToRescreenError';
  }
}

export interface RescreenDataFolderOptions {
  from?: string;
  to?: string;
  threshold?: number;
  actor: string;
  fullScan?: boolean;
  pageSize?: number;
  onProgress?: (done: number) => void;
  /** Called once the parties are at the version, before the pending marker is removed (for crash tests). */
  onRescreened?: () => void;
}

/**
 * Delta re-screening between two versions of the data folder: by default from the version the parties
 * were last screened against to the active one. Once the parties are at the active version, the data
 * folder's "re-screen pending" marker is removed.
 */
export async function rescreenDataFolder(store: Store, home: string, opts: RescreenDataFolderOptions): Promise<DeltaRescreenResult | { upToDate: string }> {
  const marker = readRescreenMarker(home);
  const to = resolveVersionId(home, opts.to ?? 'active');
  const recorded = await getSetting(store.db, SCREENED_VERSION);
  const fromRef = opts.from ?? recorded;
  if (!fromRef) {
    throw new NothingToRescreenError(`no list version is recorded for the stored parties (import parties from the data folder first, or give --from); active is ${activeVersionId(home) ?? 'none'}`);
  }
  const from = resolveVersionId(home, fromRef);
  let result: DeltaRescreenResult | { upToDate: string };
  if (from === to) result = { upToDate: to };
  else {
    const [before, after] = await Promise.all([loadVersionSnapshot(home, from), loadVersionSnapshot(home, to)]);
    result = await rescreenDelta(store, diffEntries(before.entries, after.entries), {
      fromVersion: from,
      toVersion: to,
      threshold: opts.threshold,
      actor: opts.actor,
      onProgress: opts.onProgress,
      background: after.entries,
      fullScan: opts.fullScan,
      pageSize: opts.pageSize,
    });
  }
  opts.onRescreened?.();
  if (marker && to === activeVersionId(home)) clearRescreenMarker(home, marker);
  return result;
}
