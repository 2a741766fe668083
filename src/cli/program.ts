import { Command, CommanderError } from 'commander';
import { isClearanceError } from '../model/errors.js';
import { CliContext } from './context.js';
import { EXIT, EXIT_BY_KIND } from './exit-codes.js';
import type { CliIo } from './io.js';

type Register = (program: Command, cli: CliContext) => void;

/**
 * The commands, by the module that declares them. A declaration is light: each action loads its
 * implementation (parsers, name analysis, the store driver, the server, the tariff engine) when it runs,
 * so help and usage errors load none of them. A command line loads the declarations of the command it
 * names only; --help and an unknown command load them all.
 */
const COMMANDS: readonly { names: readonly string[]; load: () => Promise<Register[]> }[] = [
  { names: ['data'], load: async () => [(await import('./commands/data.js')).registerDataCommands] },
  { names: ['screen'], load: async () => [(await import('./commands/screen.js')).registerScreenCommand] },
  { names: ['check'], load: async () => [(await import('./commands/check.js')).registerCheckCommand] },
  { names: ['rules'], load: async () => [(await import('./commands/rules.js')).registerRulesCommands] },
  {
    names: ['licenses', 'ship'],
    load: async () => {
      const m = await import('./commands/licenses.js');
      return [m.registerLicensesCommands, m.registerShipCommand];
    },
  },
  { names: ['audit'], load: async () => [(await import('./commands/audit.js')).registerAuditCommands] },
  { names: ['parties'], load: async () => [(await import('./commands/parties.js')).registerPartiesCommands] },
  { names: ['alerts'], load: async () => [(await import('./commands/alerts.js')).registerAlertsCommands] },
  { names: ['trade'], load: async () => [(await import('./commands/trade.js')).registerTradeCommands] },
  { names: ['serve'], load: async () => [(await import('./commands/serve.js')).registerServeCommand] },
  { names: ['keys'], load: async () => [(await import('./commands/keys.js')).registerKeysCommands] },
  {
    names: ['duty', 'tariffs'],
    load: async () => {
      const [duty, effectiveRate] = await Promise.all([import('./commands/duty.js'), import('./commands/effective-rate.js')]);
      // duty.js makes the tariffs command; effective-rate adds its subcommand to it.
      return [duty.registerDutyCommands, effectiveRate.registerEffectiveRateCommand];
    },
  },
  { names: ['scenario'], load: async () => [(await import('./commands/scenario.js')).registerScenarioCommands] },
];

/** The command a command line names: its first word that is not an option. */
function commandOf(argv: readonly string[]): string | undefined {
  return argv.slice(2).find((a) => !a.startsWith('-'));
}

export async function buildProgram(cli: CliContext, argv: readonly string[] = []): Promise<Command> {
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
  const named = commandOf(argv);
  const wanted = COMMANDS.filter((c) => named !== undefined && c.names.includes(named));
  for (const command of wanted.length > 0 ? wanted : COMMANDS) for (const register of await command.load()) register(program, cli);
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
  const program = await buildProgram(cli, argv);
  try {
    await program.parseAsync([...argv]);
    await cli.afterCommand();
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
