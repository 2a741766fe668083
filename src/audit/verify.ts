import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { GENESIS_HASH } from '../store/migrations.js';
import { recordHash } from './chain.js';

export interface VerifyResult {
  ok: boolean;
  records: number;
  headSeq: number;
  /** The first record that fails, and why; the seq where a record is missing when one was deleted. */
  firstBad?: { seq: number; problem: string };
}

const PAGE = 5000;

/** Walks the chain in order, recomputing every hash; reads in pages so that memory stays flat. */
export async function verifyAudit(db: Kysely<Database>): Promise<VerifyResult> {
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let records = 0;
  const fail = (seq: number, problem: string): VerifyResult => ({ ok: false, records, headSeq: head?.seq ?? 0, firstBad: { seq, problem } });
  if (!head) return fail(0, 'the chain head row is missing');
  while (true) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(PAGE).execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq) return fail(expectedSeq, `record ${expectedSeq} is missing (next present is ${row.seq})`);
      if (row.prev_hash !== prev) return fail(row.seq, `record ${row.seq} does not follow record ${row.seq - 1} (prev_hash differs)`);
      if (recordHash(row) !== row.hash) return fail(row.seq, `record ${row.seq} was altered (its content no longer matches its hash)`);
      prev = row.hash;
      expectedSeq += 1;
      records += 1;
    }
  }
  if (head.seq !== expectedSeq - 1 || head.hash !== prev) {
    return fail(expectedSeq, `the chain ends at record ${expectedSeq - 1} but the head says ${head.seq}: records after ${expectedSeq - 1} were deleted`);
  }
  return { ok: true, records, headSeq: head.seq };
}
