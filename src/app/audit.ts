import { getAuditRecord, listAudit as recordsIn, type AuditRecord } from '../audit/log.js';
import type { VerifyResult } from '../audit/verify.js';
import { errors } from '../model/error-catalogue.js';
import { verifyAuditTrail, type VerifyRequest } from './audit-checkpoint.js';
import type { Runtime } from './runtime.js';

export const AUDIT_KINDS = ['screen', 'screen_batch', 'check', 'license_draw', 'license_cancel', 'license_add', 'analyst_action', 'rescreen', 'list_forced'] as const;

/** The newest audit records first. */
export async function listAudit(rt: Runtime, options: { limit?: number; kind?: string } = {}): Promise<AuditRecord[]> {
  return rt.store.use('read', (store) => recordsIn(store.db, options));
}

export async function showAudit(rt: Runtime, seq: number): Promise<AuditRecord> {
  const record = await rt.store.use('read', (store) => getAuditRecord(store.db, seq));
  if (!record) throw errors.auditRecordNotFound(seq);
  return record;
}

/**
 * Recomputes the hash chain and checks it against the signed checkpoints; the result names the first
 * record edited, deleted or out of place, and how many records no checkpoint witnesses yet.
 */
export async function verifyAudit(rt: Runtime, req: VerifyRequest = {}): Promise<VerifyResult> {
  return verifyAuditTrail(rt, req);
}
