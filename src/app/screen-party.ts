import type { AuditEntry } from '../audit/log.js';
import { hitSummary } from '../jobs/hits-to-alerts.js';
import { outputHit, type OutputHit } from '../screening/hit-json.js';
import type { ScreeningHit, ScreeningQuery } from '../screening/types.js';
import { recordAuditTogether } from './audit-record.js';
import type { Lists } from './lists.js';
import type { Runtime } from './runtime.js';
import { DEFAULT_LIMIT } from '../screening/screen.js';

export interface ScreenOptions {
  threshold?: number;
  /** At most this many hits per party; default the screener's (API requests default to DEFAULT_HIT_LIMIT). */
  limit?: number;
  /** Only hits on these lists (codes such as SDN, EL, UN). */
  listCodes?: readonly string[];
  actor: string;
}

export interface ScreenPartyResult {
  /** In the shape `clearance screen` writes, best first. */
  hits: OutputHit[];
  /** The list version screened against (a data folder version id, or the snapshot hash). */
  listVersion: string;
}

/** Hits per party of an API request that names no limit: as `clearance screen --limit`. */
export const DEFAULT_HIT_LIMIT = 10;
/** With a list filter, this many more candidates are scored so that the filter still leaves `limit`. */
const FILTERED_LIMIT_FACTOR = 5;

/** The hits of one party as a use case asks for them (threshold, limit, lists); `audit replay` asks alike. */
export function screenWith(lists: Lists, party: ScreeningQuery, o: Omit<ScreenOptions, 'actor'>): ScreeningHit[] {
  if (!o.listCodes || o.listCodes.length === 0) return lists.screener().screen(party, { threshold: o.threshold, limit: o.limit });
  const limit = o.limit ?? DEFAULT_LIMIT;
  const wanted = new Set(o.listCodes.map((c) => c.toUpperCase()));
  return lists
    .screener()
    .screen(party, { threshold: o.threshold, limit: limit * FILTERED_LIMIT_FACTOR })
    .filter((h) => wanted.has(h.list.toUpperCase()))
    .slice(0, limit);
}

function auditOf(party: ScreeningQuery, hits: readonly ScreeningHit[], o: ScreenOptions, listVersion: string): AuditEntry {
  return { kind: 'screen', actor: o.actor, inputs: { party, threshold: o.threshold, limit: o.limit, lists: o.listCodes }, outputs: { hits: hitSummary(hits) }, versions: { lists: listVersion } };
}

/**
 * Screens one party and records the question and its answer in the audit trail (kind `screen`, which
 * `audit replay` decides again).
 */
export async function screenParty(rt: Runtime, party: ScreeningQuery, o: ScreenOptions): Promise<ScreenPartyResult> {
  const lists = await rt.lists.resolve();
  const hits = screenWith(lists, party, o);
  await recordAuditTogether(rt, [auditOf(party, hits, o, lists.version)]);
  return { hits: hits.map(outputHit), listVersion: lists.version };
}

/** Screens many parties against one list version (all of them, even if another becomes active meanwhile), one audit record each. */
export async function screenParties(rt: Runtime, parties: readonly ScreeningQuery[], o: ScreenOptions): Promise<{ results: OutputHit[][]; listVersion: string }> {
  const lists = await rt.lists.resolve();
  const hits = parties.map((p) => screenWith(lists, p, o));
  await recordAuditTogether(rt, parties.map((p, i) => auditOf(p, hits[i]!, o, lists.version)));
  return { results: hits.map((h) => h.map(outputHit)), listVersion: lists.version };
}
