import { hitSummary } from '../jobs/hits-to-alerts.js';
import { outputHit, type OutputHit } from '../screening/hit-json.js';
import type { ScreeningQuery } from '../screening/types.js';
import { recordAudit } from './audit-record.js';
import type { Runtime } from './runtime.js';

export interface ScreenPartyRequest {
  party: ScreeningQuery;
  threshold?: number;
  limit?: number;
  /** List files to screen against; else the data folder's active version (else the sample). */
  list?: readonly string[];
  actor: string;
}

export interface ScreenPartyResult {
  /** In the shape `clearance screen` writes, best first. */
  hits: OutputHit[];
  /** The list version screened against (a data folder version id, or the snapshot hash). */
  listVersion: string;
}

/**
 * Screens one party and records the question and its answer in the audit trail (kind `screen`, which
 * `audit replay` decides again).
 */
export async function screenParty(rt: Runtime, req: ScreenPartyRequest): Promise<ScreenPartyResult> {
  const lists = await rt.lists.resolve({ list: req.list });
  const hits = lists.screener().screen(req.party, { threshold: req.threshold, limit: req.limit });
  await rt.store.use('write', (store) =>
    recordAudit(rt, store, [{ kind: 'screen', actor: req.actor, inputs: { party: req.party, threshold: req.threshold }, outputs: { hits: hitSummary(hits) }, versions: { lists: lists.version } }]),
  );
  return { hits: hits.map(outputHit), listVersion: lists.version };
}
