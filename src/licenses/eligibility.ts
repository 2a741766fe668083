import { formatBalance } from './amounts.js';
import { partyKey } from './party-names.js';
import type { License, LicenseLine } from './register.js';

/** A shipment to be drawn against a license. */
export interface DrawRequest {
  license: string;
  eccn: string;
  quantity: number;
  valueUsd: number;
  /** The party shipped to, as the user names it. */
  party?: string;
  /** Every party of the shipment (a transaction's parties, drawn by `check --draw`); each must be authorised. */
  parties?: readonly string[];
  destination?: string;
  /** Date of the shipment (YYYY-MM-DD); defaults to today. */
  asOf?: string;
  /** The client's key of the request: a second request with the same key draws nothing (the store refuses it). */
  requestKey?: string;
}

export type BlockCode = 'expired' | 'not_yet_valid' | 'wrong_destination' | 'party_not_authorised' | 'eccn_not_covered' | 'over_balance';

export type Eligibility = { ok: true; line: LicenseLine } | { ok: false; code: BlockCode; reason: string };

/** An ECCN line covers its own ECCN and every paragraph under it (3A001 covers 3A001.a.1). */
export function lineCovers(lineEccn: string, eccn: string): boolean {
  return eccn === lineEccn || eccn.startsWith(`${lineEccn}.`);
}

/** Whether the license lets the party receive: it names the party, or it names no parties at all. */
export function authorisesParty(license: License, name: string): boolean {
  if (license.parties.length === 0) return true;
  const key = partyKey(name);
  return license.parties.some((p) => partyKey(p.name) === key);
}

/**
 * Whether the license can carry the shipment as the register stands, and if not, why. The license is
 * valid from `issued` through `expires`, both inclusive. The first line with the ECCN and enough
 * balance is chosen; the caller's atomic update is what finally guarantees the balance.
 */
export function checkDraw(license: License, req: DrawRequest, asOf: string): Eligibility {
  if (asOf < license.issued) return { ok: false, code: 'not_yet_valid', reason: `license ${license.number} is not valid before ${license.issued} (shipment date ${asOf})` };
  if (asOf > license.expires) return { ok: false, code: 'expired', reason: `license ${license.number} expired on ${license.expires} (shipment date ${asOf})` };
  if (req.destination !== undefined && req.destination.toUpperCase() !== license.destination) {
    return { ok: false, code: 'wrong_destination', reason: `license ${license.number} is for destination ${license.destination}, not ${req.destination.toUpperCase()}` };
  }
  const parties = [...(req.party !== undefined ? [req.party] : []), ...(req.parties ?? [])];
  const stranger = parties.find((p) => !authorisesParty(license, p));
  if (stranger !== undefined) {
    return {
      ok: false,
      code: 'party_not_authorised',
      reason: `party '${stranger}' is not authorised on license ${license.number} (authorised: ${license.parties.map((p) => `${p.name} (${p.role})`).join('; ') || 'none'})`,
    };
  }
  const lines = license.lines.filter((l) => lineCovers(l.eccn, req.eccn));
  if (lines.length === 0) {
    return { ok: false, code: 'eccn_not_covered', reason: `license ${license.number} has no line for ECCN ${req.eccn} (lines: ${license.lines.map((l) => l.eccn).join(', ')})` };
  }
  const line = lines.find((l) => l.remainingQuantity >= req.quantity && l.remainingValueUsd >= req.valueUsd);
  if (!line) {
    const l = lines[0]!;
    return {
      ok: false,
      code: 'over_balance',
      reason: `over balance on license ${license.number} line ${l.lineNo} (${l.eccn}): requested ${formatBalance(req.quantity, l.unit, req.valueUsd)}, remaining ${formatBalance(l.remainingQuantity, l.unit, l.remainingValueUsd)}`,
    };
  }
  return { ok: true, line };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
