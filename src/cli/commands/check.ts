import type { Command } from 'commander';
import { inPlace } from '../../model/error-catalogue.js';
import { isClearanceError } from '../../model/errors.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { readJsonFile } from '../read-json.js';

export function registerCheckCommand(program: Command, cli: CliContext): void {
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
      const { checkAsOf, checkTransaction, validTransaction } = await import('../../app/check.js');
      checkAsOf(opts.asOf);
      const transaction = readJsonFile('--input', opts.input);
      try {
        validTransaction(transaction);
      } catch (err) {
        // A transaction field at fault is said about the file it is in.
        throw isClearanceError(err) ? inPlace(`--input '${opts.input}'`, err) : err;
      }
      const request = { transaction, asOf: opts.asOf, rules: opts.rules, list: opts.list, draw: opts.draw, actor: cli.actor(opts.actor) };
      const decision = await checkTransaction(await cli.runtime(opts), request);
      cli.out(`${JSON.stringify(decision, null, 2)}\n`);
      cli.exitCode = decision.licensing.may_proceed ? EXIT.ok : EXIT.blocked;
    });
}
