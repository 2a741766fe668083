import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { formatBalance, fromCents, fromMilli } from './amounts.js';
import type { DrawResult } from './drawdown.js';

/**
 * The shipment a request with this key drew, as a draw answers it (with the line's balance as it is
 * now), or undefined when no shipment carries the key.
 */
export async function shipmentByRequestKey(db: Kysely<Database>, requestKey: string): Promise<Extract<DrawResult, { status: 'drawn' }> | undefined> {
  const row = await db
    .selectFrom('shipments')
    .innerJoin('licenses', 'licenses.id', 'shipments.license_id')
    .innerJoin('license_lines', 'license_lines.id', 'shipments.line_id')
    .select([
      'shipments.id',
      'shipments.eccn',
      'shipments.quantity_milli',
      'shipments.value_cents',
      'licenses.number',
      'license_lines.line_no',
      'license_lines.unit',
      'license_lines.remaining_quantity_milli',
      'license_lines.remaining_value_cents',
    ])
    .where('shipments.request_key', '=', requestKey)
    .executeTakeFirst();
  if (!row) return undefined;
  const balanceAfter = { quantity: fromMilli(row.remaining_quantity_milli), unit: row.unit, valueUsd: fromCents(row.remaining_value_cents) };
  return {
    status: 'drawn',
    shipmentId: row.id,
    license: row.number,
    line: row.line_no,
    eccn: row.eccn,
    quantity: fromMilli(row.quantity_milli),
    valueUsd: fromCents(row.value_cents),
    balanceAfter,
    text: `drawn on ${row.number} line ${row.line_no} by an earlier request with the same key, balance now: ${formatBalance(balanceAfter.quantity, row.unit, balanceAfter.valueUsd)}`,
  };
}

/** Whether a database error is a unique-key refusal (SQLite, PostgreSQL). */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
