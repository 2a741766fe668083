import { cancelShipment as cancelDrawn, drawShipment, type CancelResult, type DrawResult } from '../licenses/drawdown.js';
import { formatBalance } from '../licenses/amounts.js';
import { hasAtMostDecimals, parseLicense } from '../licenses/license.js';
import { isUniqueViolation, shipmentByRequestKey } from '../licenses/shipments.js';
import { addLicense as addToRegister, getLicense, listLicenses as licensesIn, type License } from '../licenses/register.js';
import { isIsoDate } from '../model/dates.js';
import { errors } from '../model/error-catalogue.js';
import { MAX_QUANTITY, MAX_USD } from '../model/numbers.js';
import { today } from './clock.js';
import type { Runtime } from './runtime.js';

export { formatBalance };
export type { License };

/** Adds a license from its JSON document (validated field by field) to the register. */
export async function addLicense(rt: Runtime, document: unknown, actor: string): Promise<License> {
  const doc = parseLicense(document);
  return rt.store.use('write', (store) => addToRegister(store, doc, actor));
}

export async function showLicense(rt: Runtime, number: string): Promise<License> {
  const license = await rt.store.use('read', (store) => getLicense(store.db, number));
  if (!license) throw errors.licenseNotFound(number);
  return license;
}

export async function listLicenses(rt: Runtime): Promise<License[]> {
  return rt.store.use('read', (store) => licensesIn(store.db));
}

/** A shipment as an adapter received it: amounts may still be text (`--quantity 20`). */
export interface ShipRequest {
  license: string;
  eccn: string;
  quantity: string | number;
  value: string | number;
  party?: string;
  destination?: string;
  /** Shipment date YYYY-MM-DD; default the runtime clock's today. */
  date?: string;
  actor: string;
  /** The client's key of the request (HTTP Idempotency-Key): the same key draws once. */
  requestKey?: string;
}

/** A draw's answer; `replayed` when an earlier request with the same key drew it. */
export type ShipResult = DrawResult & { replayed?: boolean };

/** How the caller names the request's fields in messages; the CLI's flags by default. */
export type ShipFieldNames = Record<'eccn' | 'quantity' | 'value' | 'destination' | 'date', string>;

export const SHIP_FLAGS: ShipFieldNames = { eccn: '--eccn', quantity: '--quantity', value: '--value', destination: '--destination', date: '--date' };

const ECCN = /^(EAR99|\d[A-E]\d{3}(\.[a-z0-9]+)*)$/;

function positive(field: string, raw: string | number, decimals: number, max: number): number {
  const n = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > max || !hasAtMostDecimals(n, decimals)) {
    throw errors.invalidOption(field, raw, `must be a positive number with at most ${decimals} decimals${n > max ? `, at most ${max}` : ''}`);
  }
  return n;
}

/**
 * `clearance ship`: draws a shipment against a license. A shipment the register refuses (over balance,
 * expired, wrong destination or party) is an answer, returned with status `blocked` and recorded in
 * the audit trail as a drawn one is; a license that is not in the register is an error.
 */
export async function ship(rt: Runtime, req: ShipRequest, fields: ShipFieldNames = SHIP_FLAGS): Promise<ShipResult> {
  const quantity = positive(fields.quantity, req.quantity, 3, MAX_QUANTITY);
  const valueUsd = positive(fields.value, req.value, 2, MAX_USD);
  if (!ECCN.test(req.eccn)) throw errors.invalidOption(fields.eccn, req.eccn, 'is not an ECCN (e.g. 3A001)');
  if (req.destination !== undefined && !/^[A-Za-z]{2}$/.test(req.destination)) throw errors.invalidOption(fields.destination, req.destination, 'must be an ISO 3166 alpha-2 code');
  if (req.date !== undefined && !isIsoDate(req.date)) throw errors.invalidOption(fields.date, req.date, 'is not a date (YYYY-MM-DD)');
  const draw = { license: req.license, eccn: req.eccn, quantity, valueUsd, party: req.party, destination: req.destination?.toUpperCase(), asOf: req.date ?? today(rt.clock), requestKey: req.requestKey };
  const key = req.requestKey;
  return rt.store.use('write', async (store) => {
    const earlier = key === undefined ? undefined : await shipmentByRequestKey(store.db, key);
    if (earlier) return { ...earlier, replayed: true };
    try {
      return await drawShipment(store, draw, req.actor);
    } catch (err) {
      // The same key drawn by a request that ran alongside: its shipment is the answer.
      const raced = key !== undefined && isUniqueViolation(err) ? await shipmentByRequestKey(store.db, key) : undefined;
      if (raced) return { ...raced, replayed: true };
      throw err;
    }
  });
}

/** Cancels a drawn shipment and gives its quantity and value back to the license line, once. */
export async function cancelShipment(rt: Runtime, shipmentId: number, actor: string): Promise<CancelResult> {
  return rt.store.use('write', (store) => cancelDrawn(store, shipmentId, actor));
}
