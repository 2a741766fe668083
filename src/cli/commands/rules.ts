import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { buildRulesPack, diffCharts, loadPack, readBisChartCsv, savePack, type ChartChange } from '../../ear/index.js';
import { resolveDataDir } from '../../ingest/data-folder.js';
import { UsageError } from '../errors.js';
import { rulesDir } from '../rules-source.js';

type Chart = Parameters<typeof diffCharts>[0];

/** A chart from a BIS CSV export, an eCFR source folder, or a built pack. */
async function chartOf(path: string): Promise<Chart> {
  if (!existsSync(path)) throw new UsageError(`'${path}': no such file or folder`);
  try {
    if (path.toLowerCase().endsWith('.csv')) return await readBisChartCsv(path);
    if (statSync(path).isDirectory() && existsSync(`${path}/country-chart.json`)) return (await buildRulesPack(path)).chart;
    return (await loadPack(path)).chart;
  } catch (err) {
    throw new UsageError(`'${path}': ${(err as Error).message}`);
  }
}

export function registerRulesCommands(program: Command): void {
  const rules = program.command('rules').description('build and compare EAR rules packs');

  rules
    .command('build')
    .description('build a rules pack from a structured eCFR snapshot folder and make it current')
    .requiredOption('--from <dir>', 'folder with country-chart.json, country-groups.json, ccl.json, fdp-rules.json, license-exceptions.json')
    .option('--text <dir>', 'regulation text folder for the Part 744/746 supplements and the dated facts (default: a "text" folder beside --from)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .action(async (opts: { from: string; text?: string; dataDir?: string }) => {
      if (!existsSync(opts.from)) throw new UsageError(`--from '${opts.from}': no such folder`);
      if (opts.text !== undefined && !existsSync(opts.text)) throw new UsageError(`--text '${opts.text}': no such folder`);
      let pack;
      try {
        pack = await buildRulesPack(opts.from, opts.text === undefined ? {} : { textDir: opts.text });
      } catch (err) {
        throw new UsageError(`--from '${opts.from}': ${(err as Error).message}`);
      }
      const path = await savePack(pack, rulesDir(resolveDataDir(opts.dataDir)));
      process.stdout.write(`rules pack ${pack.version} written to ${path} (now current)\n`);
      process.stdout.write(
        `  ${Object.keys(pack.chart.rows).length} chart rows, ${Object.keys(pack.ccl).length} ECCNs, ${Object.keys(pack.countryGroups).length} country groups, ${Object.keys(pack.footnoteRules).length} chart footnotes, ${pack.datedFacts.length} dated facts\n`,
      );
      for (const [name, table] of Object.entries(pack.supplements)) {
        process.stdout.write(`  ${name}: ${'rows' in table ? `${table.citation} (${table.file})` : `unavailable: ${table.unavailable}`}\n`);
      }
    });

  rules
    .command('diff')
    .description('Country Chart cells that differ between two charts (BIS CSV export, eCFR folder or built pack)')
    .argument('<a>', 'older chart')
    .argument('<b>', 'newer chart')
    .option('--json', 'print JSON')
    .action(async (a: string, b: string, opts: { json?: boolean }) => {
      const changes: ChartChange[] = diffCharts(await chartOf(a), await chartOf(b));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ from: a, to: b, changes })}\n`);
        return;
      }
      process.stdout.write(`${changes.length} cell(s) differ between ${a} and ${b}\n`);
      const byColumn = new Map<string, ChartChange[]>();
      for (const c of changes) byColumn.set(`${c.column} ${c.before ? 'X -> blank' : 'blank -> X'}`, [...(byColumn.get(`${c.column} ${c.before ? 'X -> blank' : 'blank -> X'}`) ?? []), c]);
      for (const [key, list] of byColumn) {
        process.stdout.write(`  ${key}: ${list.length} countries: ${list.map((c) => c.country).join(' ')}\n`);
      }
    });
}
