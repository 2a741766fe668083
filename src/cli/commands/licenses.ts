import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { resolveActor } from '../../store/open-from-env.js';
import { formatBalance } from '../../licenses/amounts.js';
import { hasAtMostDecimals, LicenseValidationError, parseLicense } from '../../licenses/license.js';
import { addLicense, DuplicateLicenseError, getLicense, listLicenses, type License } from '../../licenses/register.js';
import { cancelShipment, drawShipment, ShipmentStateError, UnknownLicenseError } from '../../licenses/drawdown.js';
import { BlockedError, UsageError } from '../errors.js';
import { withStore } from '../store-session.js';

function describe(license: License): string {
  const out = [
    `${license.number}  ${license.kind}  ${license.destination}  valid ${license.issued} .. ${license.expires}`,
    `  parties: ${license.parties.map((p) => `${p.name} (${p.role})`).join('; ') || 'none'}`,
  ];
  for (const l of license.lines) {
    out.push(
      `  line ${l.lineNo}  ${l.eccn}  authorised ${formatBalance(l.quantity, l.unit, l.valueUsd)}  remaining ${formatBalance(l.remainingQuantity, l.unit, l.remainingValueUsd)}${l.description ? `  ${l.description}` : ''}`,
    );
  }
  return out.join('\n');
}

function positive(flag: string, raw: string, decimals: number): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0 || !hasAtMostDecimals(n, decimals)) {
    throw new UsageError(`${flag} '${raw}' must be a positive number with at most ${decimals} decimals`);
  }
  return n;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerLicensesCommands(program: Command): void {
  const licenses = program.command('licenses').description('the license register: licenses, lines and balances');
  licenses
    .command('add')
    .description('add a license from its JSON')
    .requiredOption('--file <license.json>', 'license JSON')
    .option('--actor <name>', 'who adds it (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .action(async (opts: { file: string; actor?: string; dataDir?: string }) => {
      if (!existsSync(opts.file)) throw new UsageError(`--file '${opts.file}': no such file`);
      let doc;
      try {
        doc = parseLicense(JSON.parse(readFileSync(opts.file, 'utf8')));
      } catch (err) {
        if (err instanceof LicenseValidationError) throw new UsageError(`--file '${opts.file}': ${err.message}`);
        if (err instanceof SyntaxError) throw new UsageError(`--file '${opts.file}': not valid JSON (${err.message})`);
        throw err;
      }
      await withStore(opts.dataDir, async (store) => {
        try {
          const license = await addLicense(store, doc, resolveActor(opts.actor));
          process.stdout.write(`${describe(license)}\n`);
        } catch (err) {
          if (err instanceof DuplicateLicenseError) throw new UsageError(err.message);
          throw err;
        }
      });
    });
  licenses
    .command('show <number>')
    .description('a license with its lines and remaining balances')
    .option('--json', 'print JSON')
    .option('--data-dir <dir>', 'data folder')
    .action(async (number: string, opts: { json?: boolean; dataDir?: string }) => {
      await withStore(opts.dataDir, async (store) => {
        const license = await getLicense(store.db, number);
        if (!license) throw new UsageError(`license ${number} is not in the register`);
        process.stdout.write(opts.json ? `${JSON.stringify(license, null, 2)}\n` : `${describe(license)}\n`);
      });
    });
  licenses
    .command('list')
    .description('every license with its balances')
    .option('--json', 'print JSON')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { json?: boolean; dataDir?: string }) => {
      await withStore(opts.dataDir, async (store) => {
        const all = await listLicenses(store.db);
        if (opts.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
        else process.stdout.write(all.length === 0 ? 'no licenses in the register\n' : `${all.map(describe).join('\n')}\n`);
      });
    });
}

export function registerShipCommand(program: Command): void {
  program
    .command('ship')
    .description('draw a shipment against a license (exit 0 drawn, 3 blocked), or cancel one with --cancel')
    .option('--license <number>', 'license number')
    .option('--eccn <eccn>', 'ECCN of the item shipped')
    .option('--quantity <q>', 'quantity, in the line\'s unit')
    .option('--value <usd>', 'value in US dollars')
    .option('--party <name>', 'the party shipped to; must be authorised on the license')
    .option('--destination <cc>', 'destination country (ISO-2); must be the license\'s')
    .option('--date <yyyy-mm-dd>', 'shipment date (default today)')
    .option('--cancel <shipment-id>', 'cancel a drawn shipment and give its quantity and value back')
    .option('--actor <name>', 'who ships (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { license?: string; eccn?: string; quantity?: string; value?: string; party?: string; destination?: string; date?: string; cancel?: string; actor?: string; dataDir?: string }) => {
      const actor = resolveActor(opts.actor);
      if (opts.cancel !== undefined) {
        const id = Number(opts.cancel);
        if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--cancel '${opts.cancel}' must be a shipment id (a positive integer)`);
        await withStore(opts.dataDir, async (store) => {
          try {
            const result = await cancelShipment(store, id, actor);
            process.stdout.write(`${JSON.stringify({ status: 'cancelled', ...result })}\n`);
          } catch (err) {
            if (err instanceof ShipmentStateError) throw new UsageError(err.message);
            throw err;
          }
        });
        return;
      }
      for (const flag of ['license', 'eccn', 'quantity', 'value'] as const) {
        if (opts[flag] === undefined) throw new UsageError(`--${flag} is required (or --cancel SHIPMENT_ID)`);
      }
      const quantity = positive('--quantity', opts.quantity!, 3);
      const valueUsd = positive('--value', opts.value!, 2);
      if (!/^(EAR99|\d[A-E]\d{3}(\.[a-z0-9]+)*)$/.test(opts.eccn!)) throw new UsageError(`--eccn '${opts.eccn}' is not an ECCN (e.g. 3A001)`);
      if (opts.destination !== undefined && !/^[A-Za-z]{2}$/.test(opts.destination)) throw new UsageError(`--destination '${opts.destination}' must be an ISO 3166 alpha-2 code`);
      if (opts.date !== undefined && (!DATE.test(opts.date) || Number.isNaN(Date.parse(opts.date)))) throw new UsageError(`--date '${opts.date}' is not a date (YYYY-MM-DD)`);
      await withStore(opts.dataDir, async (store) => {
        let result;
        try {
          result = await drawShipment(store, { license: opts.license!, eccn: opts.eccn!, quantity, valueUsd, party: opts.party, destination: opts.destination?.toUpperCase(), asOf: opts.date }, actor);
        } catch (err) {
          if (err instanceof UnknownLicenseError) throw new UsageError(err.message);
          throw err;
        }
        process.stdout.write(`${JSON.stringify(result)}\n`);
        if (result.status === 'blocked') throw new BlockedError(`blocked (${result.code}): ${result.reason}`);
      });
    });
}
