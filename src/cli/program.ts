import { Command, CommanderError } from 'commander';
import { isClearanceError } from '../model/errors.js';
import { registerDataCommands } from './commands/data.js';
import { registerCheckCommand } from './commands/check.js';
import { registerRulesCommands } from './commands/rules.js';
import { registerScreenCommand } from './commands/screen.js';
import { registerLicensesCommands, registerShipCommand } from './commands/licenses.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerPartiesCommands } from './commands/parties.js';
import { registerAlertsCommands } from './commands/alerts.js';
import { registerTradeCommands } from './commands/trade.js';
import { CliContext } from './context.js';
import { EXIT, EXIT_BY_KIND } from './exit-codes.js';
import type { CliIo } from './io.js';
import { registerDutyCommands } from './commands/duty.js';
import { registerEffectiveRateCommand } from './commands/effective-rate.js';

export function buildProgram(cli: CliContext): Command {
  const program = new Command();
  program
    .name('clearance')
    .description('trade compliance: restricted-party screening, export-control determination, with citations')
    .version('0.1.0')
    .option('--verbose', 'on a failure, print the whole stack, not one line')
    .showHelpAfterError()
    // Subcommands inherit these because they are set before the subcommands are created.
    .configureOutput({ writeOut: (text) => cli.out(text), writeErr: (text) => cli.err(text) })
    .exitOverride();
  registerDataCommands(program, cli);
  registerScreenCommand(program, cli);
  registerCheckCommand(program, cli);
  registerRulesCommands(program, cli);
  registerLicensesCommands(program, cli);
  registerShipCommand(program, cli);
  registerAuditCommands(program, cli);
  registerPartiesCommands(program, cli);
  registerAlertsCommands(program, cli);
  registerTradeCommands(program, cli);
  registerDutyCommands(program, cli);
  registerEffectiveRateCommand(program, cli);
  return program;
}

/** One line for a failure that is no ClearanceError (a bug, a file system refusing): what failed, not where. */
function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.trim() || String(err);
}

/**
 * Runs one command line (`argv` as process.argv gives it: node, script, arguments) and returns its exit
 * code. Everything goes through `io`, so the CLI runs in-process as well as in its own process: the
 * one place where errors become messages and exit codes by their kind.
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const cli = new CliContext({ stdout: io.stdout ?? process.stdout, stderr: io.stderr ?? process.stderr, env: io.env ?? process.env });
  const program = buildProgram(cli);
  try {
    await program.parseAsync([...argv]);
    return cli.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0; commander has printed its message.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isClearanceError(err)) {
      cli.err(`clearance: ${err.message}\n`);
      return EXIT_BY_KIND[err.kind];
    }
    const verbose = program.opts<{ verbose?: boolean }>().verbose === true;
    cli.err(verbose ? `clearance: ${(err as Error).stack ?? String(err)}\n` : `clearance: ${oneLine(err)} (--verbose shows where)\n`);
    return EXIT.failure;
  } finally {
    await cli.close();
  }
}
