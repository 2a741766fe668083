import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import { readRescreenMarker, clearRescreenMarker, rescreenMarkerPath } from '../ingest/rescreen-marker.js';
import { finishPendingWork, type RecoveryResult } from '../jobs/pending-rescreen.js';
import type { Store } from '../store/database.js';

/*
 * What a killed `data import`/`update`/`activate` left undone (the re-screen of the stored parties against
 * the version it activated, its working folders) is finished by the next command that opens the store for
 * writing, whichever it is, CLI or server alike (see store-source.ts). It never fails that command: a
 * re-screen that cannot be finished now is reported and stays pending for the next.
 */

/** What finishing the pending work did, for the adapter to say; `error` when it could not be finished. */
export type RecoveryReport = RecoveryResult | { error: string };

/** Whether a re-screen is pending in the data folder: one file check. */
export function rescreenPending(dataDir: string): boolean {
  return existsSync(rescreenMarkerPath(dataDir));
}

/** Forgets a pending re-screen that has nothing to do (no store, or no parties in it). */
export function dropPendingRescreen(dataDir: string): void {
  const marker = readRescreenMarker(dataDir);
  if (marker) clearRescreenMarker(dataDir, marker);
}

/** Finishes the pending work on a store just opened for writing; reports instead of throwing. */
export async function recoverPendingWork(store: Store, dataDir: string, actor: string, log: Logger): Promise<RecoveryReport> {
  try {
    const result = await finishPendingWork(store, dataDir, { actor });
    if (result.removedStaging.length > 0 || result.rescreen.status !== 'none') log.info({ recovery: result }, 'finished work a stopped command left');
    return result;
  } catch (err) {
    const error = ((err as Error | null)?.message ?? String(err)).split('\n')[0]!;
    log.warn({ error }, 'pending re-screen not finished');
    return { error };
  }
}
