import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { determine, parseTransaction, ValidationError, type Decision, type PartyHit, type ScreenParty } from '../../ear/index.js';
import { resolveDataDir } from '../../ingest/data-folder.js';
import type { ListSnapshot } from '../../model/snapshot.js';
import { createScreener } from '../../screening/screen.js';
import { EXIT, UsageError } from '../errors.js';
import { resolveRulesPack } from '../rules-source.js';
import { resolveSnapshot } from '../snapshot-source.js';

const MAY_PROCEED = new Set<Decision['outcome']>(['not_subject_to_ear', 'nlr', 'license_exception']);

/** Party screening for the EAR engine: every hit of the screener, with the listing's legal effect. */
export function partyScreener(snapshot: ListSnapshot): ScreenParty {
  const screener = createScreener(snapshot);
  return (party) =>
    screener.screen({ name: party.name, country: party.country }).map((hit): PartyHit => {
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
    .action(async (opts: { input: string; asOf?: string; rules?: string; list?: string[]; dataDir?: string }) => {
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
      const { snapshot } = await resolveSnapshot({ list: opts.list, dataDir: opts.dataDir });
      const decision = determine(tx, { pack, asOf: opts.asOf, screenParty: partyScreener(snapshot), listsVersion: snapshot.hash });
      process.stdout.write(`${JSON.stringify(decision, null, 2)}\n`);
      process.exitCode = MAY_PROCEED.has(decision.outcome) ? EXIT.ok : EXIT.blocked;
    });
}
