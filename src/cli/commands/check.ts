import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { determine, parseTransaction, ValidationError, type PartyHit, type ScreenParty } from '../../ear/index.js';
import { resolveDataDir } from '../../ingest/data-folder.js';
import type { Screener } from '../../screening/screen.js';
import { EXIT, UsageError } from '../errors.js';
import { appendAudit } from '../../audit/log.js';
import { applyLicenses, type LicensedDecision } from '../../licenses/apply.js';
import { drawShipments } from '../../licenses/drawdown.js';
import { listLicenses } from '../../licenses/register.js';
import type { Store } from '../../store/database.js';
import { resolveActor } from '../../store/open-from-env.js';
import { writeTransaction } from '../../store/transaction.js';
import { withStore } from '../store-session.js';
import { resolveRulesPack } from '../rules-source.js';
import { resolveSnapshot, screenerOfResolved } from '../snapshot-source.js';

/**
 * Hits kept per party. A well-known name matches dozens of listed affiliates (Huawei has ~150 Entity List
 * entries); the strongest few decide the outcome, and the rest would bury the reasons an officer reads.
 */
const PARTY_HITS = 5;

/** Party screening for the EAR engine: every hit of the screener, with the listing's legal effect. */
export function partyScreener(screener: Screener): ScreenParty {
  return (party) =>
    screener.screen({ name: party.name, country: party.country, identifiers: party.identifiers }, { limit: PARTY_HITS }).map((hit): PartyHit => {
      const legal = hit.entry.legal;
      const out: PartyHit = { list: hit.list, entityId: hit.entityId, name: hit.name, score: hit.score };
      if (Object.keys(legal).length > 0) {
        out.legal = {
          licenseRequirement: legal.licenseRequirement,
          licensePolicy: legal.licensePolicy,
          federalRegister: legal.federalRegister,
          effectiveDate: legal.effectiveDate,
          expiryDate: legal.expiryDate,
        };
      }
      return out;
    });
}

function readTransaction(path: string): unknown {
  if (!existsSync(path)) throw new UsageError(`--input '${path}': no such file`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`--input '${path}': not valid JSON (${(err as Error).message})`);
  }
}

export function registerCheckCommand(program: Command): void {
  program
    .command('check')
    .description('decide whether a transaction needs an export license under the EAR; prints one JSON decision')
    .requiredOption('--input <file>', 'transaction JSON')
    .option('--as-of <date>', 'apply the rules and lists as they stood on this date (YYYY-MM-DD)')
    .option('--rules <dir>', 'a built rules pack, or an eCFR source folder built on the fly; default: the data folder\'s pack')
    .option('--list <file...>', 'list files for party screening; default: the data folder\'s active version')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--draw', 'when licenses in the register cover every item needing one, draw their balances (a plain check only asks)')
    .option('--actor <name>', 'who asks, for the audit trail (default $CLEARANCE_ACTOR or $USER)')
    .action(async (opts: { input: string; asOf?: string; rules?: string; list?: string[]; dataDir?: string; draw?: boolean; actor?: string }) => {
      if (opts.asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf) || Number.isNaN(Date.parse(opts.asOf)))) {
        throw new UsageError(`--as-of '${opts.asOf}' is not a date (YYYY-MM-DD)`);
      }
      let tx;
      try {
        tx = parseTransaction(readTransaction(opts.input));
      } catch (err) {
        if (err instanceof ValidationError) throw new UsageError(`--input '${opts.input}': ${err.message}`);
        throw err;
      }
      const home = resolveDataDir(opts.dataDir);
      const pack = await resolveRulesPack(opts.rules, home);
      const resolved = await resolveSnapshot({ list: opts.list, dataDir: opts.dataDir });
      const snapshot = resolved.snapshot;
      const decision = determine(tx, { pack, asOf: opts.asOf, screenParty: partyScreener(screenerOfResolved(resolved)), listsVersion: snapshot.hash });
      const actor = resolveActor(opts.actor);
      const licensed = await withStore(opts.dataDir, async (store) => {
        const result = applyLicenses(decision, tx, await listLicenses(store.db, { destination: tx.destination.toUpperCase() }));
        if (opts.draw) await drawCovered(store, result, tx.destination.toUpperCase(), actor);
        const inputs = { transaction: tx, asOf: opts.asOf, rules: opts.rules, list: opts.list, draw: opts.draw ?? false };
        await writeTransaction(store, (trx) => appendAudit(trx, store.dialect, [{ kind: 'check', actor, inputs, outputs: result, versions: decision.versions }]));
        return result;
      });
      if (!licensed) return;
      process.stdout.write(`${JSON.stringify(licensed, null, 2)}\n`);
      process.exitCode = licensed.licensing.may_proceed ? EXIT.ok : EXIT.blocked;
    });
}

/**
 * Draws every covered item in one transaction. Another shipment may have taken the balance since the
 * register was read; then nothing is drawn and the check answers "no".
 */
async function drawCovered(store: Store, result: LicensedDecision, destination: string, actor: string): Promise<void> {
  if (!result.licensing.may_proceed || result.licensing.covered.length === 0) return;
  const covered = result.licensing.covered;
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
