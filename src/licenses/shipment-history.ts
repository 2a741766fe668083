import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { fromCents, fromMilli } from './amounts.js';

/** A shipment drawn against a license, as the register keeps it (cancelled ones stay, marked). */
export interface ShipmentRecord {
  id: number;
  line: number;
  eccn: string;
  quantity: number;
  unit: string;
  valueUsd: number;
  party?: string;
  destination?: string;
  status: 'drawn' | 'cancelled';
  actor: string;
  at: string;
  cancelledAt?: string;
}

/** The shipments of one license, newest first. */
export async function shipmentsOf(db: Kysely<Database>, licenseId: number): Promise<ShipmentRecord[]> {
  const rows = await db
    .selectFrom('shipments')
    .innerJoin('license_lines', 'license_lines.id', 'shipments.line_id')
    .select([
      'shipments.id',
      'license_lines.line_no',
      'license_lines.unit',
      'shipments.eccn',
      'shipments.quantity_milli',
      'shipments.value_cents',
      'shipments.party',
      'shipments.destination',
      'shipments.status',
      'shipments.actor',
      'shipments.created_at',
      'shipments.cancelled_at',
    ])
    .where('shipments.license_id', '=', licenseId)
    .orderBy('shipments.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    line: r.line_no,
    eccn: r.eccn,
    quantity: fromMilli(r.quantity_milli),
    unit: r.unit,
    valueUsd: fromCents(r.value_cents),
    ...(r.party !== null ? { party: r.party } : {}),
    ...(r.destination !== null ? { destination: r.destination } : {}),
    status: r.status,
    actor: r.actor,
    at: r.created_at,
    ...(r.cancelled_at !== null ? { cancelledAt: r.cancelled_at } : {}),
  }));
}
