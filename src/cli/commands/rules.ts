import type { Command } from 'commander';
import type { ChartChange } from '../../app/rules-admin.js';
import type { CliContext } from '../context.js';

export function registerRulesCommands(program: Command, cli: CliContext): void {
  const rules = program.command('rules').description('build and compare EAR rules packs');

  rules
    .command('build')
    .description('build a rules pack from a structured eCFR snapshot folder and make it current')
    .requiredOption('--from <dir>', 'folder with country-chart.json, country-groups.json, ccl.json, fdp-rules.json, license-exceptions.json')
    .option('--text <dir>', 'regulation text folder for the Part 744/746 supplements and the dated facts (default: a "text" folder beside --from)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .action(async (opts: { from: string; text?: string; dataDir?: string }) => {
      const { buildRules } = await import('../../app/rules-admin.js');
      const { pack, path } = await buildRules(await cli.runtime(opts), opts.from, '--from', opts.text === undefined ? undefined : { dir: opts.text, field: '--text' });
      cli.out(`rules pack ${pack.version} written to ${path} (now current)\n`);
      cli.out(
        `  ${Object.keys(pack.chart.rows).length} chart rows, ${Object.keys(pack.ccl).length} ECCNs, ${Object.keys(pack.countryGroups).length} country groups, ${Object.keys(pack.footnoteRules).length} chart footnotes, ${pack.datedFacts.length} dated facts\n`,
      );
      for (const [name, table] of Object.entries(pack.supplements)) {
        cli.out(`  ${name}: ${'rows' in table ? `${table.citation} (${table.file})` : `unavailable: ${table.unavailable}`}\n`);
      }
    });

  rules
    .command('diff')
    .description('Country Chart cells that differ between two charts (BIS CSV export, eCFR folder or built pack)')
    .argument('<a>', 'older chart')
    .argument('<b>', 'newer chart')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      const { diffRules } = await import('../../app/rules-admin.js');
      const changes: ChartChange[] = await diffRules(a, b);
      if (opts.json) {
        cli.out(`${JSON.stringify({ from: a, to: b, changes })}\n`);
        return;
      }
      cli.out(`${changes.length} cell(s) differ between ${a} and ${b}\n`);
      const byColumn = new Map<string, ChartChange[]>();
      for (const c of changes) {
        const key = `${c.column} ${c.before ? 'X -> blank' : 'blank -> X'}`;
        byColumn.set(key, [...(byColumn.get(key) ?? []), c]);
      }
      for (const [key, list] of byColumn) cli.out(`  ${key}: ${list.length} countries: ${list.map((c) => c.country).join(' ')}\n`);
    });
}
