import { sql } from 'kysely';
import type { Store } from '../store/database.js';
import { writeTransaction } from '../store/transaction.js';
import { appendAudit } from '../audit/log.js';
import { formatBalance, fromCents, fromMilli, toCents, toMilli } from './amounts.js';
import { checkDraw, today, type BlockCode, type DrawRequest } from './eligibility.js';
import { getLicense } from './register.js';

export type DrawResult =
  | {
      status: 'drawn';
      shipmentId: number;
      license: string;
      line: number;
      eccn: string;
      quantity: number;
      valueUsd: number;
      balanceAfter: { quantity: number; unit: string; valueUsd: number };
      text: string;
    }
  | { status: 'blocked'; license: string; code: BlockCode; reason: string };

export class UnknownLicenseError extends Error {
  constructor(number: string) {
    super(`license ${number} is not in the register (see 'clearance licenses list')`);
    this.name = 'UnknownLicenseError';
  }
}

export class ShipmentStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShipmentStateError';
  }
}

/**
 * Draws a shipment against a license line. The balance check that matters is the conditional UPDATE
 * (`remaining >= q`): it is atomic on both databases, so parallel shipments can only ever take what
 * is there. The shipment row and its audit record commit in the same transaction.
 */
export async function drawShipment(store: Store, req: DrawRequest, actor: string): Promise<DrawResult> {
  const asOf = req.asOf ?? today();
  const license = await getLicense(store.db, req.license);
  if (!license) throw new UnknownLicenseError(req.license);
  const inputs = { ...req, asOf };
  const eligibility = checkDraw(license, req, asOf);
  if (!eligibility.ok) {
    const blocked: DrawResult = { status: 'blocked', license: license.number, code: eligibility.code, reason: eligibility.reason };
    await writeTransaction(store, (trx) => appendAudit(trx, store.dialect, [{ kind: 'license_draw', actor, inputs, outputs: blocked, versions: {} }]));
    return blocked;
  }
  const line = eligibility.line;
  const q = toMilli(req.quantity);
  const v = toCents(req.valueUsd);
  return writeTransaction(store, async (trx): Promise<DrawResult> => {
    const updated = await trx
      .updateTable('license_lines')
      .set({
        remaining_quantity_milli: sql`remaining_quantity_milli - ${q}`,
        remaining_value_cents: sql`remaining_value_cents - ${v}`,
      })
      .where('id', '=', line.id)
      .where('remaining_quantity_milli', '>=', q)
      .where('remaining_value_cents', '>=', v)
      .executeTakeFirst();
    const after = await trx.selectFrom('license_lines').select(['remaining_quantity_milli', 'remaining_value_cents']).where('id', '=', line.id).executeTakeFirstOrThrow();
    const balanceAfter = { quantity: fromMilli(after.remaining_quantity_milli), unit: line.unit, valueUsd: fromCents(after.remaining_value_cents) };
    if (Number(updated.numUpdatedRows) === 0) {
      const blocked: DrawResult = {
        status: 'blocked',
        license: license.number,
        code: 'over_balance',
        reason: `over balance on license ${license.number} line ${line.lineNo} (${line.eccn}): requested ${formatBalance(req.quantity, line.unit, req.valueUsd)}, remaining ${formatBalance(balanceAfter.quantity, line.unit, balanceAfter.valueUsd)}`,
      };
      await appendAudit(trx, store.dialect, [{ kind: 'license_draw', actor, inputs, outputs: blocked, versions: {} }]);
      return blocked;
    }
    const { id } = await trx
      .insertInto('shipments')
      .values({
        license_id: license.id,
        line_id: line.id,
        eccn: req.eccn,
        quantity_milli: q,
        value_cents: v,
        party: req.party ?? null,
        destination: req.destination ?? null,
        status: 'drawn',
        actor,
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const drawn: DrawResult = {
      status: 'drawn',
      shipmentId: id,
      license: license.number,
      line: line.lineNo,
      eccn: req.eccn,
      quantity: req.quantity,
      valueUsd: req.valueUsd,
      balanceAfter,
      text: `drawn on ${license.number} line ${line.lineNo}, balance after: ${formatBalance(balanceAfter.quantity, line.unit, balanceAfter.valueUsd)}`,
    };
    await appendAudit(trx, store.dialect, [{ kind: 'license_draw', actor, inputs, outputs: drawn, versions: {} }]);
    return drawn;
  });
}

export interface CancelResult {
  shipmentId: number;
  license: string;
  line: number;
  returned: { quantity: number; valueUsd: number };
  balanceAfter: { quantity: number; unit: string; valueUsd: number };
}

/** Cancels a drawn shipment and gives its quantity and value back to the line, once. */
export async function cancelShipment(store: Store, shipmentId: number, actor: string): Promise<CancelResult> {
  return writeTransaction(store, async (trx) => {
    const cancelled = await trx
      .updateTable('shipments')
      .set({ status: 'cancelled', cancelled_at: new Date().toISOString() })
      .where('id', '=', shipmentId)
      .where('status', '=', 'drawn')
      .executeTakeFirst();
    if (Number(cancelled.numUpdatedRows) === 0) {
      const exists = await trx.selectFrom('shipments').select('status').where('id', '=', shipmentId).executeTakeFirst();
      throw new ShipmentStateError(exists ? `shipment ${shipmentId} is already cancelled` : `no shipment ${shipmentId}`);
    }
    const s = await trx.selectFrom('shipments').selectAll().where('id', '=', shipmentId).executeTakeFirstOrThrow();
    await trx
      .updateTable('license_lines')
      .set({
        remaining_quantity_milli: sql`remaining_quantity_milli + ${s.quantity_milli}`,
        remaining_value_cents: sql`remaining_value_cents + ${s.value_cents}`,
      })
      .where('id', '=', s.line_id)
      .execute();
    const line = await trx.selectFrom('license_lines').selectAll().where('id', '=', s.line_id).executeTakeFirstOrThrow();
    const lic = await trx.selectFrom('licenses').select('number').where('id', '=', s.license_id).executeTakeFirstOrThrow();
    const result: CancelResult = {
      shipmentId,
      license: lic.number,
      line: line.line_no,
      returned: { quantity: fromMilli(s.quantity_milli), valueUsd: fromCents(s.value_cents) },
      balanceAfter: { quantity: fromMilli(line.remaining_quantity_milli), unit: line.unit, valueUsd: fromCents(line.remaining_value_cents) },
    };
    await appendAudit(trx, store.dialect, [{ kind: 'license_cancel', actor, inputs: { shipmentId }, outputs: result, versions: {} }]);
    return result;
  });
}
