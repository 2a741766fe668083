import type { EntryKind, ListEntry } from '../model/list-entry.js';
import { buildCandidateIndex } from '../screening/index.js';
import { screenerOver } from '../screening/screen.js';
import type { ListDiff } from '../snapshot/diff.js';
import type { Store } from '../store/database.js';
import { writeTransaction } from '../store/transaction.js';
import { allParties, partiesById, partiesWithKeys, type StoredParty } from '../store/parties.js';
import { indexKeys } from './name-keys.js';
import { raiseAlerts } from '../store/alerts.js';
import { deleteSetting, getSetting, RESCREEN_PROGRESS, SCREENED_VERSION, setSetting } from '../store/settings.js';
import { appendAudit, type AuditEntry } from '../audit/log.js';
import { entryHasher, hitSummary, hitsToCandidates } from './hits-to-alerts.js';

export interface DeltaRescreenOptions {
  fromVersion: string;
  toVersion: string;
  threshold?: number;
  actor: string;
  pageSize?: number;
  onProgress?: (done: number) => void;
  /**
   * Every entry of the new version. Token rarity is counted over them, so that a delta of a hundred
   * entries scores "trading" or "mohammed" as common, exactly as a full screen would.
   */
  background?: readonly ListEntry[];
  /** Screen every stored party instead of only those sharing a name key with the change. */
  fullScan?: boolean;
}

export interface DeltaRescreenResult {
  from: string;
  to: string;
  added: number;
  changed: number;
  removed: number;
  /** Entries the stored parties were screened against: the added and changed ones only. */
  entriesScreened: number;
  /** 'keys': only parties sharing a name key with the changed entries; 'full': every stored party. */
  mode: 'keys' | 'full';
  partiesScreened: number;
  alertsRaised: number;
  ms: number;
}

/** Parties sharing a name key with the change, after party `startAfter`, a page at a time. */
async function* candidatePages(store: Store, keys: readonly string[], pageSize: number, startAfter: number): AsyncGenerator<StoredParty[]> {
  const ids = (await partiesWithKeys(store.db, keys)).filter((id) => id > startAfter);
  for (let i = 0; i < ids.length; i += pageSize) yield partiesById(store.db, ids.slice(i, i + pageSize));
}

/** What RESCREEN_PROGRESS holds: the run and how far its committed pages reach. */
interface Progress {
  from: string;
  to: string;
  mode: 'keys' | 'full';
  /** Every party up to this id has been screened and its alerts committed. */
  lastPartyId: number;
  partiesScreened: number;
  alertsRaised: number;
}

/** The progress of an interrupted run of the same re-screen, if there is one. */
async function resumePoint(store: Store, from: string, to: string, mode: Progress['mode']): Promise<Progress | undefined> {
  const raw = await getSetting(store.db, RESCREEN_PROGRESS);
  if (!raw) return undefined;
  try {
    const p = JSON.parse(raw) as Progress;
    return p.from === from && p.to === to && p.mode === mode ? p : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Brings stored parties from one list version to the next by screening them against an index of only
 * the added and changed entries. Unchanged entries cannot produce a new hit, so they are not looked at;
 * removed entries need no alert. By default only the parties sharing a name key (canonical token or
 * sound, stored at import) with a changed entry are screened, so the cost follows the size of the
 * change and not the number of stored parties. The keys cover exact, canonical and phonetic token
 * matches; a party whose every token reaches the listed name only through a fuzzy spelling match
 * (trigrams, one deletion) with no shared sound is not a candidate: `fullScan` screens everyone.
 * An interrupted run can simply run again: alerts are unique per party,
 * entry and version, and an existing alert on the same entry content is not raised twice.
 */
export async function rescreenDelta(store: Store, diff: ListDiff, opts: DeltaRescreenOptions): Promise<DeltaRescreenResult> {
  const started = performance.now();
  const entries: ListEntry[] = [...diff.added, ...diff.changed.map((c) => c.after)];
  const result: DeltaRescreenResult = {
    from: opts.fromVersion,
    to: opts.toVersion,
    added: diff.added.length,
    changed: diff.changed.length,
    removed: diff.removed.length,
    entriesScreened: entries.length,
    mode: opts.fullScan ? 'full' : 'keys',
    partiesScreened: 0,
    alertsRaised: 0,
    ms: 0,
  };
  // A run killed midway resumes after the last page it committed: no party is screened, alerted or
  // recorded twice, and the counts come out as an uninterrupted run's.
  const resumed = await resumePoint(store, opts.fromVersion, opts.toVersion, result.mode);
  let lastPartyId = resumed?.lastPartyId ?? 0;
  result.partiesScreened = resumed?.partiesScreened ?? 0;
  result.alertsRaised = resumed?.alertsRaised ?? 0;
  if (entries.length > 0) {
    const rarityFrom = opts.background ? buildCandidateIndex(opts.background) : undefined;
    const index = buildCandidateIndex(entries, { rarityFrom });
    const screener = screenerOver(index);
    const hash = entryHasher();
    const pageSize = opts.pageSize ?? 2000;
    const pages = opts.fullScan ? allParties(store.db, pageSize, lastPartyId) : candidatePages(store, indexKeys(index), pageSize, lastPartyId);
    for await (const page of pages) {
      const hits = page.map((p) => screener.screen({ name: p.name, type: p.type as EntryKind | undefined, country: p.country, dob: p.dob, identifiers: p.identifiers }, { threshold: opts.threshold }));
      const withHits = page.map((p, i) => ({ p, h: hits[i]! })).filter((x) => x.h.length > 0);
      lastPartyId = page.at(-1)!.partyId;
      result.partiesScreened += page.length;
      if (withHits.length > 0) {
        result.alertsRaised += await writeTransaction(store, async (trx) => {
          const ids = await raiseAlerts(trx, withHits.flatMap(({ p, h }) => hitsToCandidates(p.partyId, h, opts.toVersion, hash)));
          const audit: AuditEntry[] = withHits.map(({ p, h }) => ({
            kind: 'rescreen',
            actor: opts.actor,
            inputs: { party: { id: p.id, name: p.name, type: p.type, country: p.country, dob: p.dob, identifiers: p.identifiers }, from: opts.fromVersion, to: opts.toVersion, threshold: opts.threshold },
            outputs: { hits: hitSummary(h) },
            versions: { lists: opts.toVersion },
          }));
          await appendAudit(trx, store.dialect, audit);
          const progress: Progress = { from: opts.fromVersion, to: opts.toVersion, mode: result.mode, lastPartyId, partiesScreened: result.partiesScreened, alertsRaised: result.alertsRaised + ids.length };
          await setSetting(trx, RESCREEN_PROGRESS, JSON.stringify(progress));
          return ids.length;
        });
      }
      opts.onProgress?.(result.partiesScreened);
    }
  }
  result.ms = Math.round(performance.now() - started);
  await writeTransaction(store, async (trx) => {
    await setSetting(trx, SCREENED_VERSION, opts.toVersion);
    await deleteSetting(trx, RESCREEN_PROGRESS);
    await appendAudit(trx, store.dialect, [{ kind: 'rescreen', actor: opts.actor, inputs: { from: opts.fromVersion, to: opts.toVersion }, outputs: result, versions: { lists: opts.toVersion } }]);
  });
  return result;
}
