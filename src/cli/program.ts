import { Command, CommanderError } from 'commander';
import { RejectedFileError } from '../ingest/malformed.js';
import { registerDataCommands } from './commands/data.js';
import { registerCheckCommand } from './commands/check.js';
import { registerRulesCommands } from './commands/rules.js';
import { registerScreenCommand } from './commands/screen.js';
import { registerLicensesCommands, registerShipCommand } from './commands/licenses.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerPartiesCommands } from './commands/parties.js';
import { registerAlertsCommands } from './commands/alerts.js';
import { registerTradeCommands } from './commands/trade.js';
import { BlockedError, EXIT, UsageError } from './errors.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('clearance')
    .description('trade compliance: restricted-party screening, export-control determination, with citations')
    .version('0.1.0')
    .showHelpAfterError()
    // Subcommands inherit exitOverride because it is set before they are created.
    .exitOverride();
  registerDataCommands(program);
  registerScreenCommand(program);
  registerCheckCommand(program);
  registerRulesCommands(program);
  registerLicensesCommands(program);
  registerShipCommand(program);
  registerAuditCommands(program);
  registerPartiesCommands(program);
  registerAlertsCommands(program);
  registerTradeCommands(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0.
      if (err.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof UsageError || err instanceof RejectedFileError) {
      process.stderr.write(`clearance: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof BlockedError) {
      process.stderr.write(`clearance: ${err.message}\n`);
      return EXIT.blocked;
    }
    process.stderr.write(`clearance: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.failure;
  }
}
