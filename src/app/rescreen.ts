import type { DeltaRescreenResult } from '../jobs/delta-rescreen.js';
import { NothingToRescreenError, rescreenDataFolder } from '../jobs/rescreen-data-folder.js';
import { DatabaseUnavailableError } from '../store/database.js';
import { countParties } from '../store/parties.js';
import { dropPendingRescreen } from './pending-work.js';
import type { Runtime } from './runtime.js';

export interface RescreenRequest {
  /** The list version parties were screened against; default the recorded one. */
  from?: string;
  /** The version to bring them to; default the active one. */
  to?: string;
  threshold?: number;
  /** Screen every stored party, not only those sharing a name key with the change. */
  fullScan?: boolean;
  actor: string;
}

export type Progress = (done: number, total: number) => void;

/**
 * `clearance parties rescreen`: brings the stored parties to a list version by screening them against
 * only the entries added or changed since the version they were last screened against.
 */
export async function rescreenParties(rt: Runtime, req: RescreenRequest, onProgress: Progress = () => {}): Promise<DeltaRescreenResult | { upToDate: string }> {
  // This is the re-screen a stopped command may have left pending: done here, and reported as this command's.
  return rt.store.use(
    'write',
    async (store) => {
      const total = await countParties(store.db);
      return rescreenDataFolder(store, rt.dataDir, { ...req, onProgress: (done) => onProgress(done, total) });
    },
    { recover: false },
  );
}

/** What re-screening after a new version became active did. */
export type RescreenOutcome =
  /** No store, or no parties in it: nothing opened or created. */
  | { status: 'no_parties' }
  | { status: 'up_to_date'; parties: number; version: string }
  | { status: 'rescreened'; parties: number; result: DeltaRescreenResult }
  /** The parties have no recorded version to start from; `parties rescreen --from` does it. */
  | { status: 'no_recorded_version'; message: string }
  /** The database could not be reached: the version is active, the parties wait for `parties rescreen`. */
  | { status: 'store_unavailable'; message: string };

/**
 * After a new list version became active: when the store holds parties, brings them to it by delta
 * re-screening (which is also what a stopped activation left pending). Without a store, or with an empty
 * one, nothing is opened or created, and nothing is left pending.
 */
export async function rescreenAfterActivation(rt: Runtime, actor: string, onProgress: Progress = () => {}): Promise<RescreenOutcome> {
  let parties: number | undefined;
  try {
    parties = await rt.store.partyCount();
  } catch (err) {
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    return { status: 'store_unavailable', message: err.message };
  }
  if (!parties) {
    dropPendingRescreen(rt.dataDir);
    return { status: 'no_parties' };
  }
  const total = parties;
  try {
    const result = await rt.store.use('write', (store) => rescreenDataFolder(store, rt.dataDir, { actor, onProgress: (done) => onProgress(done, total) }), { recover: false });
    return 'upToDate' in result ? { status: 'up_to_date', parties: total, version: result.upToDate } : { status: 'rescreened', parties: total, result };
  } catch (err) {
    if (err instanceof NothingToRescreenError) return { status: 'no_recorded_version', message: err.message };
    throw err;
  }
}
