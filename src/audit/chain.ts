import { sha256 } from '../snapshot/hash.js';
import type { AuditLogTable } from '../store/schema.js';

/** The stored fields of one audit record that its hash covers: every column but the hash itself. */
export type AuditFields = Omit<AuditLogTable, 'hash'>;

/**
 * Hash over the stored text, not over re-serialised objects, so that verification needs no knowledge of
 * how a record was built and any edited byte shows.
 */
export function recordHash(r: AuditFields): string {
  return sha256(JSON.stringify([r.seq, r.kind, r.actor, r.at, r.inputs, r.outputs, r.versions, r.prev_hash]));
}
