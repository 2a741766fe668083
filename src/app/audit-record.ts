import { appendAudit, type AuditEntry } from '../audit/log.js';
import type { Store } from '../store/database.js';
import { writeTransaction } from '../store/transaction.js';
import type { Runtime } from './runtime.js';

/** Appends records in a transaction of their own, at the runtime clock's time. */
export async function recordAudit(rt: Runtime, store: Store, entries: readonly AuditEntry[]): Promise<number[]> {
  const at = rt.clock.now().toISOString();
  return writeTransaction(store, (trx) => appendAudit(trx, store.dialect, entries.map((e) => ({ at, ...e }))));
}
