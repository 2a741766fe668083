import type { Decision, Outcome } from '../ear/decision.js';
import type { Transaction } from '../ear/transaction.js';
import { formatBalance, fromCents, fromMilli, toCents, toMilli } from './amounts.js';
import { authorisesParty, lineCovers } from './eligibility.js';
import type { License } from './register.js';

export interface ItemLicense {
  /** Index of the item in the transaction. */
  item: number;
  eccn: string;
  license: string;
  line: number;
  quantity: number;
  value_usd: number;
  balance_after: { quantity: number; unit: string; value_usd: number };
  text: string;
}

export interface Licensing {
  /** Items needing a license that a register entry covers, with the balance a draw would leave. */
  covered: ItemLicense[];
  /** Items needing a license that nothing in the register covers, with why. */
  uncovered: { item: number; eccn: string; reason: string }[];
  /** True when every item either needs no license or is covered: the shipment may go (after a draw). */
  may_proceed: boolean;
  /** Whether the balances were drawn; a plain check only asks. */
  drawn: boolean;
  /** Shipment ids when drawn (`check --draw`). */
  shipments?: number[];
}

export type LicensedDecision = Decision & { licensing: Licensing };

const PROCEED_WITHOUT_LICENSE = new Set<Outcome>(['not_subject_to_ear', 'nlr', 'license_exception']);

/** Why a license cannot carry an item, or undefined when it can (balance aside). */
function mismatch(license: License, tx: Transaction, asOf: string): string | undefined {
  if (license.destination !== tx.destination.toUpperCase()) return `${license.number} is for ${license.destination}`;
  if (asOf < license.issued) return `${license.number} is valid from ${license.issued}`;
  if (asOf > license.expires) return `${license.number} expired on ${license.expires}`;
  const missing = tx.parties.filter((p) => !authorisesParty(license, p.name));
  if (missing.length > 0) return `${license.number} does not name ${missing.map((p) => `'${p.name}'`).join(', ')}`;
  return undefined;
}

/**
 * Adds the license register to an export determination: each item whose outcome is license_required is
 * matched to a license valid on the decision's date for the destination, naming every party, with a
 * line for the ECCN and enough quantity and value left (items of one transaction drawing on one line
 * are counted together). Pure: the register is passed in as it stood when read.
 */
export function applyLicenses(decision: Decision, tx: Transaction, register: readonly License[]): LicensedDecision {
  const asOf = decision.asOf;
  const covered: ItemLicense[] = [];
  const uncovered: Licensing['uncovered'] = [];
  // Thousandths and cents already promised to earlier items, per line id.
  const planned = new Map<number, { q: number; v: number }>();
  decision.items.forEach((item, index) => {
    if (item.outcome !== 'license_required') return;
    const txItem = tx.items[index];
    if (!txItem) return;
    const reasons: string[] = [];
    for (const license of register) {
      const why = mismatch(license, tx, asOf);
      if (why) {
        reasons.push(why);
        continue;
      }
      const q = toMilli(txItem.quantity);
      const v = toCents(txItem.value_usd);
      const line = license.lines.find((l) => {
        if (!lineCovers(l.eccn, txItem.eccn)) return false;
        const p = planned.get(l.id) ?? { q: 0, v: 0 };
        return toMilli(l.remainingQuantity) - p.q >= q && toCents(l.remainingValueUsd) - p.v >= v;
      });
      if (!line) {
        reasons.push(`${license.number} has no line for ${txItem.eccn} with ${formatBalance(txItem.quantity, 'units', txItem.value_usd)} left`);
        continue;
      }
      const p = planned.get(line.id) ?? { q: 0, v: 0 };
      p.q += q;
      p.v += v;
      planned.set(line.id, p);
      const left = { quantity: fromMilli(toMilli(line.remainingQuantity) - p.q), unit: line.unit, value_usd: fromCents(toCents(line.remainingValueUsd) - p.v) };
      covered.push({
        item: index,
        eccn: txItem.eccn,
        license: license.number,
        line: line.lineNo,
        quantity: txItem.quantity,
        value_usd: txItem.value_usd,
        balance_after: left,
        text: `licensed under ${license.number}, balance after: ${formatBalance(left.quantity, left.unit, left.value_usd)}`,
      });
      return;
    }
    uncovered.push({ item: index, eccn: txItem.eccn, reason: reasons.length > 0 ? `no license covers it: ${reasons.join('; ')}` : `no license in the register for ${tx.destination}` });
  });
  const coveredItems = new Set(covered.map((c) => c.item));
  const mayProceed = decision.items.every((item, i) => PROCEED_WITHOUT_LICENSE.has(item.outcome) || (item.outcome === 'license_required' && coveredItems.has(i)));
  const items = decision.items.map((item, i) => {
    const c = covered.find((x) => x.item === i);
    return c ? { ...item, reasons: [...item.reasons, { code: 'licensed', text: c.text }], citations: [...item.citations, { kind: 'data' as const, ref: `license ${c.license} line ${c.line}` }] } : item;
  });
  return { ...decision, items, licensing: { covered, uncovered, may_proceed: mayProceed, drawn: false } };
}
