import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { sql, type Kysely } from 'kysely';
import type { DialectName, Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import { writeTransaction } from '../store/transaction.js';
import { appendAudit } from '../audit/log.js';
import { formatBalance, fromCents, fromMilli, toCents, toMilli } from './amounts.js';
import { restrictedFieldsGiven, validDrawRequest } from './draw-request.js';
import { checkDraw, today, type BlockCode, type DrawRequest } from './eligibility.js';
import { getLicense, type License, type LicenseLine } from './register.js';

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
      /** Checks the license gave nothing to check against (a license naming no parties), recorded as skipped. */
      notChecked?: string[];
    }
  | { status: 'blocked'; license: string; code: BlockCode; reason: string };

export class UnknownLicenseError extends ClearanceError {
  constructor(number: string) {
    super(classErrors.licenseNotFound.code, classErrors.licenseNotFound.kind, `license ${number} is not in the register (see 'clearance licenses list')`, { field: 'license', value: number });
    this.name = 'UnknownLicenseError';
  }
}

/** A shipment to cancel that is not there, or was cancelled already. */
export class ShipmentStateError extends ClearanceError {
  constructor(shipmentId: number, exists: boolean) {
    const { code, kind } = exists ? classErrors.shipmentCancelled : classErrors.shipmentNotFound;
    super(code, kind, exists ? `shipment ${shipmentId} is already cancelled` : `no shipment ${shipmentId}`, { field: 'shipment', value: shipmentId });
    this.name = 'ShipmentStateError';
  }
}

interface PreparedDraw {
  req: DrawRequest;
  inputs: DrawRequest & { asOf: string };
  license: License;
  line: LicenseLine;
  notChecked: string[];
}

type Prepared = { ok: true; draw: PreparedDraw } | { ok: false; inputs: DrawRequest & { asOf: string }; blocked: DrawResult };

/** Reads the license and applies the rules that do not depend on the balance (dates, destination, party, ECCN). */
async function prepare(store: Store, given: DrawRequest): Promise<Prepared> {
  const req = validDrawRequest(given);
  const asOf = req.asOf ?? today();
  const license = await getLicense(store.db, req.license);
  if (!license) throw new UnknownLicenseError(req.license);
  const notChecked = restrictedFieldsGiven(license, req);
  const inputs = { ...req, asOf };
  const eligibility = checkDraw(license, req, asOf);
  if (!eligibility.ok) return { ok: false, inputs, blocked: { status: 'blocked', license: license.number, code: eligibility.code, reason: eligibility.reason } };
  return { ok: true, draw: { req, inputs, license, line: eligibility.line, notChecked } };
}

/**
 * Takes the quantity and value from the line inside the caller's transaction. The balance check that
 * matters is the conditional UPDATE (`remaining >= q`): it is atomic on both databases, so parallel
 * shipments can only ever take what is there. The shipment row and its audit record go in the same
 * transaction.
 */
async function drawIn(trx: Kysely<Database>, dialect: DialectName, d: PreparedDraw, actor: string): Promise<DrawResult> {
  const { req, license, line } = d;
  const q = toMilli(req.quantity);
  const v = toCents(req.valueUsd);
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
    return {
      status: 'blocked',
      license: license.number,
      code: 'over_balance',
      reason: `over balance on license ${license.number} line ${line.lineNo} (${line.eccn}): requested ${formatBalance(req.quantity, line.unit, req.valueUsd)}, remaining ${formatBalance(balanceAfter.quantity, line.unit, balanceAfter.valueUsd)}`,
    };
  }
  const { id } = await trx
    .insertInto('shipments')
    .values({
      license_id: license.id,
      line_id: line.id,
      eccn: req.eccn,
      quantity_milli: q,
      value_cents: v,
      party: req.party ?? req.parties?.join('; ') ?? null,
      destination: req.destination ?? null,
      status: 'drawn',
      actor,
      created_at: new Date().toISOString(),
      request_key: req.requestKey ?? null,
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
  if (d.notChecked.length > 0) drawn.notChecked = d.notChecked;
  await appendAudit(trx, dialect, [{ kind: 'license_draw', actor, inputs: d.inputs, outputs: drawn, versions: {} }]);
  return drawn;
}

async function auditBlocked(store: Store, inputs: unknown, blocked: DrawResult, actor: string): Promise<void> {
  await writeTransaction(store, (trx) => appendAudit(trx, store.dialect, [{ kind: 'license_draw', actor, inputs, outputs: blocked, versions: {} }]));
}

/** Draws one shipment against a license line; a refusal is recorded in the audit trail too. */
export async function drawShipment(store: Store, req: DrawRequest, actor: string): Promise<DrawResult> {
  const prepared = await prepare(store, req);
  if (!prepared.ok) {
    await auditBlocked(store, prepared.inputs, prepared.blocked, actor);
    return prepared.blocked;
  }
  return writeTransaction(store, async (trx) => {
    const result = await drawIn(trx, store.dialect, prepared.draw, actor);
    if (result.status === 'blocked') await appendAudit(trx, store.dialect, [{ kind: 'license_draw', actor, inputs: prepared.draw.inputs, outputs: result, versions: {} }]);
    return result;
  });
}

class Refused extends Error {
  constructor(readonly inputs: unknown, readonly result: DrawResult) {
    super('draw refused');
  }
}

/**
 * Draws several shipments all or nothing (the items of one transaction): one transaction, rolled back
 * as a whole when any line lacks the balance. Returns every draw, or the first refusal.
 */
export async function drawShipments(store: Store, reqs: readonly DrawRequest[], actor: string): Promise<{ status: 'drawn'; draws: DrawResult[] } | { status: 'blocked'; refusal: DrawResult }> {
  const prepared: PreparedDraw[] = [];
  for (const req of reqs) {
    const p = await prepare(store, req);
    if (!p.ok) {
      await auditBlocked(store, p.inputs, p.blocked, actor);
      return { status: 'blocked', refusal: p.blocked };
    }
    prepared.push(p.draw);
  }
  try {
    const draws = await writeTransaction(store, async (trx) => {
      const out: DrawResult[] = [];
      for (const d of prepared) {
        const r = await drawIn(trx, store.dialect, d, actor);
        if (r.status === 'blocked') throw new Refused(d.inputs, r);
        out.push(r);
      }
      return out;
    });
    return { status: 'drawn', draws };
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    await auditBlocked(store, err.inputs, err.result, actor);
    return { status: 'blocked', refusal: err.result };
  }
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
      throw new ShipmentStateError(shipmentId, exists !== undefined);
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
