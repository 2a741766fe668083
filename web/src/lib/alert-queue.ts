import { ageInDays } from './time.js';

/** What the queue filters and sorts on: the fields every alert has. */
export interface QueueAlert {
  id: number;
  status: string;
  list: string;
  score: number;
  party: { id: string; name: string };
  entryName: string;
  createdAt: string;
}

/** Statuses that wait for an analyst: new alerts, and clearances waiting for a second analyst. */
export const WAITING = ['open', 'pending_clearance'];

export interface QueueFilter {
  /** A status, or 'waiting' for every status that waits for an analyst. */
  status?: string;
  list?: string;
  /** Alerts scoring at least this. */
  minScore?: number;
  /** Text the party's name or id contains (case and accents ignored). */
  party?: string;
  /** Alerts at least this many days old. */
  minAgeDays?: number;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** The alerts that pass every filter given, in their order. */
export function filterAlerts<A extends QueueAlert>(alerts: readonly A[], f: QueueFilter, now: Date): A[] {
  const party = f.party?.trim() ? fold(f.party.trim()) : undefined;
  return alerts.filter(
    (a) =>
      (!f.status || a.status === f.status || (f.status === 'waiting' && WAITING.includes(a.status))) &&
      (!f.list || a.list === f.list) &&
      (f.minScore === undefined || a.score >= f.minScore) &&
      (!party || fold(a.party.name).includes(party) || fold(a.party.id).includes(party)) &&
      (f.minAgeDays === undefined || ageInDays(a.createdAt, now) >= f.minAgeDays),
  );
}

/** The id after (or before, with step -1) `current` in the queue, staying at the ends. */
export function stepInQueue(ids: readonly number[], current: number | undefined, step: 1 | -1): number | undefined {
  if (ids.length === 0) return undefined;
  const at = current === undefined ? -1 : ids.indexOf(current);
  if (at < 0) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))];
}
