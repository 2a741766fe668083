// The engine's modules themselves, not its index: that would load the pack builder too.
import { determine } from '../ear/determine.js';
import { parseTransaction, type Transaction } from '../ear/transaction.js';
import { applyLicenses, type LicensedDecision } from '../licenses/apply.js';
import { listLicenses } from '../licenses/register.js';
import { errors } from '../model/error-catalogue.js';
import { isIsoDate } from '../model/dates.js';
import { isClearanceError } from '../model/errors.js';
import type { Store } from '../store/database.js';
import { recordAudit, recordAuditTogether } from './audit-record.js';
import { listsUsed } from './lists-used.js';
import { checkScreenParty } from './party-screener.js';
import type { Runtime } from './runtime.js';


export interface CheckRequest {
  /** The transaction as JSON gives it (see ear/transaction.ts); validated here. */
  transaction: unknown;
  /** Apply the rules and lists as they stood on this date (YYYY-MM-DD); else the transaction's as_of, else today. */
  asOf?: string;
  /** A built rules pack or an eCFR source folder; else the data folder's pack. */
  rules?: string;
  /** List files for party screening; else the data folder's active version. */
  list?: readonly string[];
  /** Draw the balances of the licenses that cover every item needing one (a plain check only asks). */
  draw?: boolean;
  actor: string;
}

/** How the caller names the request's options in messages (the CLI's flags by default). */
export interface CheckFieldNames {
  asOf: string;
  rules: string;
}

const CLI_FIELDS: CheckFieldNames = { asOf: '--as-of', rules: '--rules' };

/** A date the rules and lists are applied as of, or a ClearanceError naming the field. */
export function checkAsOf(asOf: string | undefined, field = CLI_FIELDS.asOf): string | undefined {
  if (asOf !== undefined && !isIsoDate(asOf)) throw errors.invalidOption(field, asOf, 'is not a date (YYYY-MM-DD)');
  return asOf;
}

/** The transaction checked, or a ClearanceError (kind `invalid`) naming the first bad field as JSON names it. */
export function validTransaction(json: unknown): Transaction {
  try {
    return parseTransaction(json);
  } catch (err) {
    if (isClearanceError(err) && err.kind === 'invalid') throw errors.invalidTransaction(err.field ?? 'transaction', err.value, err.message);
    throw err;
  }
}

/**
 * `clearance check`: decides whether a transaction needs an export license (rules, party screening),
 * then consults the license register, draws when asked, and records question and answer in the audit
 * trail, all or nothing. Bad input is refused before any rules or lists are read.
 */
export async function checkTransaction(rt: Runtime, req: CheckRequest, fields: CheckFieldNames = CLI_FIELDS): Promise<LicensedDecision> {
  checkAsOf(req.asOf, fields.asOf);
  const tx = validTransaction(req.transaction);
  const pack = await rt.rules.pack({ rules: req.rules, field: fields.rules });
  // The lists in force on the date asked about (the request's, else the transaction's), when the data folder has them.
  const asOf = req.asOf ?? tx.as_of;
  const lists = await rt.lists.resolve({ list: req.list, asOf });
  const decision = determine(tx, {
    pack,
    asOf: req.asOf,
    screenParty: checkScreenParty(lists.screener(), pack),
    listsVersion: lists.snapshot.hash,
    lists: listsUsed(lists, asOf),
  });
  const destination = tx.destination.toUpperCase();
  const inputs = { transaction: tx, asOf: req.asOf, rules: req.rules, list: req.list, draw: req.draw ?? false };
  const audit = (result: LicensedDecision) => ({ kind: 'check' as const, actor: req.actor, inputs, outputs: result, versions: decision.versions });
  if (!req.draw) {
    // A question that changes nothing: its record is committed with those of the questions asked alongside.
    // Read without loading the query builder where the store allows: a cold check is mostly start-up.
    const result = applyLicenses(decision, tx, await rt.store.use('read', (store) => listLicenses(store.direct() ?? store.db, { destination }), { builder: false }));
    await recordAuditTogether(rt, [audit(result)]);
    return result;
  }
  return rt.store.use('write', async (store) => {
    const result = applyLicenses(decision, tx, await listLicenses(store.db, { destination }));
    await drawCovered(store, result, destination, req.actor);
    await recordAudit(rt, store, [audit(result)]);
    return result;
  });
}

/**
 * Draws every covered item in one transaction. Another shipment may have taken the balance since the
 * register was read; then nothing is drawn and the check answers "no".
 */
async function drawCovered(store: Store, result: LicensedDecision, destination: string, actor: string): Promise<void> {
  if (!result.licensing.may_proceed || result.licensing.covered.length === 0) return;
  const covered = result.licensing.covered;
  // Loaded by a check that draws only (it brings the query builder's SQL template with it).
  const { drawShipments } = await import('../licenses/drawdown.js');
  const outcome = await drawShipments(
    store,
    covered.map((c) => ({ license: c.license, eccn: c.eccn, quantity: c.quantity, valueUsd: c.value_usd, destination, parties: result.parties.map((p) => p.name), asOf: result.asOf })),
    actor,
  );
  if (outcome.status === 'blocked') {
    result.licensing.may_proceed = false;
    const refused = outcome.refusal;
    const item = covered.find((c) => c.license === refused.license) ?? covered[0]!;
    if (refused.status === 'blocked') result.licensing.uncovered.push({ item: item.item, eccn: item.eccn, reason: refused.reason });
    return;
  }
  outcome.draws.forEach((d, i) => {
    if (d.status === 'drawn') covered[i]!.balance_after = { quantity: d.balanceAfter.quantity, unit: d.balanceAfter.unit, value_usd: d.balanceAfter.valueUsd };
  });
  result.licensing.drawn = true;
  result.licensing.shipments = outcome.draws.flatMap((d) => (d.status === 'drawn' ? [d.shipmentId] : []));
}
