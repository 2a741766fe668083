import { appendAudit, appendAuditDirect, type AuditEntry } from '../audit/log.js';
import type { Store } from '../store/database.js';
import { writeTransaction } from '../store/transaction.js';
import type { Runtime } from './runtime.js';

/** Appends records in a transaction of their own, at the runtime clock's time. */
export async function recordAudit(rt: Runtime, store: Store, entries: readonly AuditEntry[]): Promise<number[]> {
  const at = rt.clock.now().toISOString();
  return writeTransaction(store, (trx) => appendAudit(trx, store.dialect, entries.map((e) => ({ at, ...e }))));
}

interface Waiting {
  entries: AuditEntry[];
  done: (err?: unknown) => void;
}

interface Queue {
  waiting: Waiting[];
  flushing: boolean;
}

const queues = new WeakMap<Runtime, Queue>();

async function flush(rt: Runtime, queue: Queue): Promise<void> {
  queue.flushing = true;
  while (queue.waiting.length > 0) {
    const batch = queue.waiting.splice(0);
    try {
      const entries = batch.flatMap((w) => w.entries);
      // Nothing else is written with these records: SQLite takes them directly, without loading the query builder.
      await rt.store.use('write', async (store) => {
        const direct = store.direct();
        if (direct) appendAuditDirect(direct, entries);
        else await writeTransaction(store, (trx) => appendAudit(trx, store.dialect, entries));
      }, { builder: false });
      for (const w of batch) w.done();
    } catch (err) {
      for (const w of batch) w.done(err);
    }
  }
  queue.flushing = false;
}

/**
 * Appends records of a question that wrote nothing else (a screening, a check that draws nothing)
 * together with those of the questions asked at the same time: one transaction for all that arrived
 * while the previous one committed (group commit). Each caller's promise settles when its records
 * are committed, so an answer is never given before its record is kept; a busy server pays one
 * commit per batch, not per request. An idle one waits for nothing: the batch is flushed at the end of
 * the event loop's turn that brought its first record.
 */
export function recordAuditTogether(rt: Runtime, entries: readonly AuditEntry[]): Promise<void> {
  let queue = queues.get(rt);
  if (!queue) queues.set(rt, (queue = { waiting: [], flushing: false }));
  const at = rt.clock.now().toISOString();
  const q = queue;
  return new Promise<void>((resolve, reject) => {
    q.waiting.push({ entries: entries.map((e) => ({ at, ...e })), done: (err) => (err === undefined ? resolve() : reject(err)) });
    if (!q.flushing) {
      // The flush starts once this turn of the event loop has read every request that was waiting
      // (setImmediate runs after the poll phase), so a busy server commits them in one transaction.
      q.flushing = true;
      setImmediate(() => void flush(rt, q));
    }
  });
}
