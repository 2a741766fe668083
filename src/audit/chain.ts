import { sha256 } from '../snapshot/hash.js';

/** The stored fields of one audit record that its hash covers. */
export interface AuditFields {
  seq: number;
  kind: string;
  actor: string;
  at: string;
  inputs: string;
  outputs: string;
  versions: string;
  prev_hash: string;
}

/**
 * Hash over the stored text, not over re-serialised objects, so that verification needs no knowledge of
 * how a record was built and any edited byte shows.
 */
export function recordHash(r: AuditFields): string {
  return sha256(JSON.stringify([r.seq, r.kind, r.actor, r.at, r.inputs, r.outputs, r.versions, r.prev_hash]));
}
