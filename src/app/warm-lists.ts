import type { Logger } from 'pino';
import { activeVersionId, listVersions } from '../ingest/data-folder.js';
import { versionAsOf } from '../ingest/version-as-of.js';
import { preloadLazyPackages } from '../names/lazy-package.js';
import { errors } from '../model/error-catalogue.js';
import { traced } from '../util/stall-trace.js';
import { dataFolderLists, fileLists, sampleLists, type Lists, type ListsSource } from './lists.js';

/**
 * The lists of a long-running process (the server, a worker): the active version's index is held in
 * memory and answers every request. When another version becomes active (by `data import`, `data
 * update` or `data activate`, in this process or another), the new one is loaded and indexed beside the
 * old, then swapped in one assignment: requests already running keep the Lists they took and finish on
 * the old version; later ones get the new. A version that fails to load leaves the old one serving.
 */
export interface WarmLists extends ListsSource {
  /** The lists answering now; undefined until the first have been indexed. */
  current(): Lists | undefined;
  /** Loads the active version when it is not the one held; true when it swapped. */
  refresh(): Promise<boolean>;
  /** Looks for a newly active version every `pollMs` milliseconds. */
  watch(pollMs: number): void;
  stop(): void;
}

const SAMPLE = 'sample';

export function createWarmLists(dataDir: string, log: Logger): WarmLists {
  let held: Lists | undefined;
  // The last older version a dated question chose (as the command line's lists source keeps it).
  let past: Lists | undefined;
  let loading: Promise<boolean> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function load(): Promise<boolean> {
    const id = activeVersionId(dataDir) ?? SAMPLE;
    if (held && (held.versionId ?? SAMPLE) === id) return false;
    const started = performance.now();
    const next = id === SAMPLE ? sampleLists() : await dataFolderLists(dataDir, id);
    if (id === SAMPLE) log.warn('no list version is active: answering from the built-in SAMPLE list, which is not a screening list');
    next.index();
    // Names in Chinese characters need tables a cold command loads only when it meets one; a server
    // loads them now, not in the middle of the first such request.
    preloadLazyPackages();
    const previous = held?.version;
    held = next;
    log.info({ listVersion: next.version, previous, entries: next.snapshot.entries.length, ms: Math.round(performance.now() - started) }, 'lists version in service');
    return true;
  }

  const refresh = (): Promise<boolean> =>
    (loading ??= load()
      .catch((err: unknown) => {
        log.error({ err }, 'loading the active list version failed; the version in service stays');
        if (!held) throw err;
        return false;
      })
      .finally(() => {
        loading = undefined;
      }));

  return {
    current: () => held,
    refresh,
    async resolve(request = {}) {
      if (request.list && request.list.length > 0) return fileLists(request.list, request.force);
      if (!held) throw errors.notReady();
      // A question about a past date is screened against the version in force on it, as on the command line.
      const chosen = request.asOf !== undefined ? versionAsOf(listVersions(dataDir), request.asOf) : undefined;
      if (!chosen) return held;
      if (chosen.id === held.versionId) return { ...held, asOf: chosen };
      if (past?.versionId !== chosen.id) past = await dataFolderLists(dataDir, chosen.id);
      return { ...past, asOf: chosen };
    },
    watch(pollMs) {
      timer ??= setInterval(() => void traced('lists-poll', refresh).catch(() => {}), pollMs).unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
