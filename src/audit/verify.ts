import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { GENESIS_HASH } from '../store/migration-names.js';
import { recordHash } from './chain.js';
import { checkpointSignatureValid, type AuditKey, type Checkpoint } from './checkpoint.js';
import { auditTableMissing } from './missing-table.js';

export interface VerifyResult {
  ok: boolean;
  records: number;
  headSeq: number;
  /** The first record that fails, and why; the seq where a record is missing when one was deleted. */
  firstBad?: { seq: number; problem: string };
  /** The latest signed checkpoint the chain agrees with, when checkpoints were given. */
  witnessed?: { seq: number; at: string };
  /** Records after the latest checkpoint: intact by their hashes, but no signature vouches for them yet. */
  unwitnessed?: number;
}

export interface VerifyOptions {
  /** Signed checkpoints (the data folder's file, and any a witness kept), in any order. */
  checkpoints?: readonly Checkpoint[];
  /** The key the checkpoints must be signed with. Required when checkpoints are given. */
  key?: AuditKey;
}

const PAGE = 5000;

/**
 * Walks the chain in order, recomputing every hash; reads in pages so that memory stays flat. With
 * checkpoints, the chain must also reach and agree with every one of them: a chain cut short with its
 * head rewritten, or edited with every later hash recomputed, verifies on its own but not against a
 * signature made before. Missing audit tables are reported as a failure, not thrown.
 */
export async function verifyAudit(db: Kysely<Database>, options: VerifyOptions = {}): Promise<VerifyResult> {
  try {
    return await verifyChain(db, options);
  } catch (err) {
    const missing = auditTableMissing(undefined, err);
    if (!missing) throw err;
    return { ok: false, records: 0, headSeq: 0, firstBad: { seq: 0, problem: missing.message } };
  }
}

async function verifyChain(db: Kysely<Database>, options: VerifyOptions): Promise<VerifyResult> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  const checkpoints = [...(options.checkpoints ?? [])].sort((a, b) => a.seq - b.seq);
  const wanted = new Map<number, string>();
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let records = 0;
  const fail = (seq: number, problem: string): VerifyResult => ({ ok: false, records, headSeq: head?.seq ?? 0, firstBad: { seq, problem } });
  if (!head) return fail(0, 'the chain head row is missing');
  for (const [i, cp] of checkpoints.entries()) {
    if (!options.key) return fail(cp.seq, 'checkpoints were given without the key to check their signatures');
    if (!checkpointSignatureValid(cp, options.key)) {
      return fail(cp.seq, `checkpoint ${i + 1} (record ${cp.seq}, ${cp.at}) is not signed by the audit key ${options.key.id}: it was edited or forged`);
    }
  }
  const atCheckpoint = new Set(checkpoints.map((c) => c.seq));
  while (true) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(PAGE).execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) return fail(expectedSeq, `record ${expectedSeq} is missing (next present is ${row.seq})`);
      if (row.prev_hash !== prev) return fail(row.seq, `record ${row.seq} does not follow record ${row.seq - 1} (prev_hash differs)`);
      if (recordHash(row) !== row.hash) return fail(row.seq, `record ${row.seq} was altered (its content no longer matches its hash)`);
      if (atCheckpoint.has(row.seq)) wanted.set(row.seq, row.hash);
      prev = row.hash;
      expectedSeq += 1;
      records += 1;
    }
  }
  const last = expectedSeq - 1;
  // Against the signatures first: a rewritten head agrees with a shortened chain, never with a checkpoint.
  let agreed: Checkpoint | undefined;
  for (const cp of checkpoints) {
    if (cp.seq > last) {
      return fail(last + 1, `the chain ends at record ${last}, but a checkpoint signed ${cp.at} witnessed record ${cp.seq}: records after ${last} were deleted`);
    }
    if (wanted.get(cp.seq) !== cp.hash) {
      const from = (agreed?.seq ?? 0) + 1;
      return fail(from, `record ${cp.seq} is not the one the checkpoint signed ${cp.at} witnessed: records ${from} to ${cp.seq} were rewritten and their hashes recomputed`);
    }
    agreed = cp;
  }
  if (head.seq !== last || head.hash !== prev) {
    return fail(expectedSeq, `the chain ends at record ${last} but the head says ${head.seq}: records after ${last} were deleted`);
  }
  const result: VerifyResult = { ok: true, records, headSeq: head.seq };
  if (options.checkpoints) {
    if (agreed) result.witnessed = { seq: agreed.seq, at: agreed.at };
    result.unwitnessed = last - (agreed?.seq ?? 0);
  }
  return result;
}
