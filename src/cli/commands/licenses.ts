import type { Command } from 'commander';
import type { License } from '../../app/licenses.js';
import { parseCount } from '../../app/options.js';
import { errors, inPlace } from '../../model/error-catalogue.js';
import { isClearanceError } from '../../model/errors.js';
import type { CliContext } from '../context.js';
import { readJsonFile } from '../read-json.js';

/** The license as text; `formatBalance` is the use case's, loaded when the command runs. */
function describe(license: License, formatBalance: typeof import('../../app/licenses.js').formatBalance): string {
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

export function registerLicensesCommands(program: Command, cli: CliContext): void {
  const licenses = program.command('licenses').description('the license register: licenses, lines and balances');
  licenses
    .command('add')
    .description('add a license from its JSON')
    .requiredOption('--file <license.json>', 'license JSON')
    .option('--actor <name>', 'who adds it (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .action(async (opts: { file: string; actor?: string; dataDir?: string }) => {
      const { addLicense, formatBalance } = await import('../../app/licenses.js');
      const document = readJsonFile('--file', opts.file);
      const license = await addLicense(await cli.runtime(opts), document, cli.actor(opts.actor)).catch((err: unknown) => {
        // A field of the document at fault is said about the file it is in.
        throw isClearanceError(err) && err.code === 'invalid_license' ? inPlace(`--file '${opts.file}'`, err) : err;
      });
      cli.out(`${describe(license, formatBalance)}\n`);
    });
  licenses
    .command('show <number>')
    .description('a license with its lines and remaining balances')
    .option('--json', 'print JSON')
    .option('--data-dir <dir>', 'data folder')
    .action(async (number: string, opts: { json?: boolean; dataDir?: string }) => {
      const { formatBalance, showLicense } = await import('../../app/licenses.js');
      const license = await showLicense(await cli.runtime(opts), number);
      cli.out(opts.json ? `${JSON.stringify(license, null, 2)}\n` : `${describe(license, formatBalance)}\n`);
    });
  licenses
    .command('list')
    .description('every license with its balances')
    .option('--json', 'print JSON')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { json?: boolean; dataDir?: string }) => {
      const { formatBalance, listLicenses } = await import('../../app/licenses.js');
      const all = await listLicenses(await cli.runtime(opts));
      if (opts.json) cli.out(`${JSON.stringify(all, null, 2)}\n`);
      else cli.out(all.length === 0 ? 'no licenses in the register\n' : `${all.map((license) => describe(license, formatBalance)).join('\n')}\n`);
    });
}

export function registerShipCommand(program: Command, cli: CliContext): void {
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
      const { cancelShipment, ship } = await import('../../app/licenses.js');
      const actor = cli.actor(opts.actor);
      if (opts.cancel !== undefined) {
        const id = parseCount(opts.cancel, '--cancel');
        const result = await cancelShipment(await cli.runtime(opts), id, actor);
        cli.out(`${JSON.stringify({ status: 'cancelled', ...result })}\n`);
        return;
      }
      const { license, eccn, quantity, value } = opts;
      for (const [flag, given] of [['--license', license], ['--eccn', eccn], ['--quantity', quantity], ['--value', value]] as const) {
        if (given === undefined) throw errors.missingOption(flag, ' (or --cancel SHIPMENT_ID)');
      }
      const result = await ship(await cli.runtime(opts), { license: license!, eccn: eccn!, quantity: quantity!, value: value!, party: opts.party, destination: opts.destination, date: opts.date, actor });
      cli.out(`${JSON.stringify(result)}\n`);
      if (result.status === 'blocked') throw errors.shipmentBlocked(result.code, result.reason);
    });
}
