import { parseIsoDate } from '../model/dates.js';
import { errors } from '../model/error-catalogue.js';
import { invalidInput } from '../model/errors.js';
import { MAX_QUANTITY, MAX_USD, parseAmount } from '../model/numbers.js';
import type { DrawRequest } from './eligibility.js';
import type { License } from './register.js';

/**
 * A shipment request checked before the register is touched: a real date, amounts the register keeps
 * exactly. Fields are named as a shipment gives them (date, quantity, value, party, destination).
 */
export function validDrawRequest(req: DrawRequest): DrawRequest {
  const out: DrawRequest = {
    ...req,
    quantity: parseAmount(req.quantity, 'quantity', { max: MAX_QUANTITY, decimals: 3, allowZero: false }),
    valueUsd: parseAmount(req.valueUsd, 'value', { max: MAX_USD, decimals: 2, allowZero: false }),
  };
  if (req.asOf !== undefined) out.asOf = parseIsoDate(req.asOf, 'date');
  if (req.destination !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(req.destination)) throw invalidInput('destination', req.destination, 'must be an ISO 3166 alpha-2 code such as CN');
    out.destination = req.destination.toUpperCase();
  }
  return out;
}

/**
 * What the license restricts, the shipment must say: a license for one destination needs the destination
 * shipped to, and one naming parties needs the party, or the draw would go through unchecked. A license
 * naming no parties needs none; what was therefore not checked is returned, for the draw to record.
 */
export function restrictedFieldsGiven(license: License, req: DrawRequest): string[] {
  if (req.destination === undefined) {
    throw errors.shipmentFieldRequired('destination', `license ${license.number} is only for ${license.destination}; give the destination shipped to`);
  }
  const parties = [...(req.party !== undefined ? [req.party] : []), ...(req.parties ?? [])];
  if (license.parties.length === 0) return parties.length === 0 ? [`party: license ${license.number} names no parties`] : [];
  if (parties.length === 0) {
    throw errors.shipmentFieldRequired('party', `license ${license.number} is only for the parties it names (${license.parties.map((p) => p.name).join('; ')}); give the party shipped to`);
  }
  return [];
}
