import { activeVersionId, removeStaleStaging } from '../ingest/data-folder.js';
import { clearRescreenMarker, readRescreenMarker } from '../ingest/rescreen-marker.js';
import type { Store } from '../store/database.js';
import { getSetting, SCREENED_VERSION } from '../store/settings.js';
import type { DeltaRescreenResult } from './delta-rescreen.js';
import type { RescreenDataFolderOptions } from './rescreen-data-folder.js';

export type PendingRescreenOutcome =
  /** No marker: nothing was left unfinished. */
  | { status: 'none' }
  /** The marker was stale (the parties were already at the active version, or none were screened from the data folder). */
  | { status: 'cleared'; reason: string }
  /** The parties were brought to the active version. */
  | { status: 'finished'; result: DeltaRescreenResult | { upToDate: string } };

export interface RecoveryResult {
  /** Working folders of dead imports and updates that were removed. */
  removedStaging: string[];
  rescreen: PendingRescreenOutcome;
}

/**
 * Finishes what a killed `data import`/`data update`/`data activate` left undone: the re-screen of the
 * stored parties against the version it activated (marked before activation, see rescreen-marker.ts), and
 * its working folders. The application calls this when it opens the store for a command, so that any
 * command after a crash converges to what the interrupted one would have left; an interrupted re-screen
 * resumes after its last committed page. Cheap when nothing is pending: one file check.
 */
export async function finishPendingWork(store: Store, home: string, opts: Omit<RescreenDataFolderOptions, 'from' | 'to'>): Promise<RecoveryResult> {
  const removedStaging = removeStaleStaging(home);
  const marker = readRescreenMarker(home);
  if (!marker) return { removedStaging, rescreen: { status: 'none' } };
  const active = activeVersionId(home);
  const recorded = await getSetting(store.db, SCREENED_VERSION);
  if (!active || !recorded) {
    clearRescreenMarker(home, marker);
    return { removedStaging, rescreen: { status: 'cleared', reason: active ? 'no parties have been screened against a data-folder version' : 'no version is active' } };
  }
  if (recorded === active) {
    clearRescreenMarker(home, marker);
    return { removedStaging, rescreen: { status: 'cleared', reason: `the parties are already screened against ${active}` } };
  }
  // Loaded only when there is a re-screen to finish: every command that writes comes through here.
  const { rescreenDataFolder } = await import('./rescreen-data-folder.js');
  const result = await rescreenDataFolder(store, home, opts);
  clearRescreenMarker(home, marker);
  return { removedStaging, rescreen: { status: 'finished', result } };
}
