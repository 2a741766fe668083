import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { activeVersionId, loadVersionSnapshot, resolveVersionId } from '../ingest/data-folder.js';
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

/**
 * Delta re-screening between two versions of the data folder: by default from the version the parties
 * were last screened against to the active one.
 */
export async function rescreenDataFolder(
  store: Store,
  home: string,
  opts: { from?: string; to?: string; threshold?: number; actor: string; fullScan?: boolean; onProgress?: (done: number) => void },
): Promise<DeltaRescreenResult | { upToDate: string }> {
  const to = resolveVersionId(home, opts.to ?? 'active');
  const recorded = await getSetting(store.db, SCREENED_VERSION);
  const fromRef = opts.from ?? recorded;
  if (!fromRef) {
    throw new NothingToRescreenError(`no list version is recorded for the stored parties (import parties from the data folder first, or give --from); active is ${activeVersionId(home) ?? 'none'}`);
  }
  const from = resolveVersionId(home, fromRef);
  if (from === to) return { upToDate: to };
  const [before, after] = await Promise.all([loadVersionSnapshot(home, from), loadVersionSnapshot(home, to)]);
  return rescreenDelta(store, diffEntries(before.entries, after.entries), { fromVersion: from, toVersion: to, threshold: opts.threshold, actor: opts.actor, onProgress: opts.onProgress, background: after.entries, fullScan: opts.fullScan });
}
