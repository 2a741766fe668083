import type { Command } from 'commander';
import type { NationalRow, ScenarioNational } from '../../app/scenario-national.js';
import { errors } from '../../model/error-catalogue.js';
import type { CliContext } from '../context.js';

/** `clearance scenario national`: the effective rate and static revenue before and after, on national import weights. */

interface Flags {
  scenario?: string;
  date: string[];
  data?: string;
  pack?: string;
  dataDir?: string;
  json?: boolean;
  countries: string;
  force?: boolean;
}

const bn = (usd: number): string => `${(usd / 1e9).toFixed(2)}`;
const pct = (n: number): string => `${n.toFixed(2)}%`;

function rows(title: string, list: NationalRow[]): string {
  let out = `  ${title.padEnd(28)}${'rate before'.padStart(13)}${'after'.padStart(10)}${'$bn before'.padStart(13)}${'after'.padStart(10)}${'change'.padStart(10)}\n`;
  for (const r of list) out += `  ${r.key.padEnd(28)}${pct(r.rate_pct[0]).padStart(13)}${pct(r.rate_pct[1]).padStart(10)}${bn(r.duty_usd[0]).padStart(13)}${bn(r.duty_usd[1]).padStart(10)}${bn(r.change_usd).padStart(10)}\n`;
  return out;
}

function text(n: ScenarioNational, countries: number): string {
  let out = `scenario "${n.scenario.name}": ${n.scenario.description}\npacks: base ${n.packs.base}, scenario ${n.packs.scenario}\n${n.static_note}\n`;
  for (const d of n.dates) {
    out += `\n${d.date} (weights: ${d.weights.file}, ${d.weights.year}, $${bn(d.weights.value_usd)}bn priced)\n`;
    out += `  effective rate ${pct(d.rate_pct[0])} -> ${pct(d.rate_pct[1])}; duty $${bn(d.duty_usd[0])}bn -> $${bn(d.duty_usd[1])}bn (change ${bn(d.change_usd)})\n`;
    out += rows('by program (points of rate)', d.by_program);
    out += rows(`by country (top ${countries} by change)`, d.by_country.slice(0, countries));
  }
  return out;
}

export function registerNationalCommand(scenario: Command, cli: CliContext): void {
  scenario
    .command('national')
    .description('the effective tariff rate and static duty revenue on national import weights before and after a scenario, by program and country')
    .option('--scenario <file>', 'the scenario (YAML or JSON)')
    .requiredOption('--date <date>', 'the law of this date (YYYY-MM-DD); repeat for several dates', (v: string, acc: string[] = []) => [...acc, v])
    .option('--countries <n>', 'countries shown in the table', '15')
    .option('--data <dir>', 'a trade data folder with the import weights (default: the version imported with trade import)')
    .option('--pack <path>', 'a tariff pack file or folder (default: the data folder\'s current pack)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--force', 'read trade files with more than 1% malformed rows (those rows are still left out)')
    .option('--json', 'print JSON')
    .action(async (opts: Flags) => {
      const { scenarioNational } = await import('../../app/scenario-national.js');
      const { readScenarioFile } = await import('../../app/scenario.js');
      if (!opts.scenario) throw errors.missingOption('--scenario', ' (a scenario file, YAML or JSON)');
      const countries = Number(opts.countries);
      if (!Number.isInteger(countries) || countries < 0) throw errors.invalidOption('--countries', opts.countries, 'must be a whole number');
      const parsed = readScenarioFile(opts.scenario);
      const home = cli.dataDir(opts);
      const answer = await scenarioNational({ scenario: parsed, data: { dir: opts.data, home, force: opts.force, folderOption: '--data' }, tariffs: { pack: opts.pack, dataDir: home }, dates: opts.date });
      for (const w of answer.data?.warnings ?? []) cli.err(`clearance: left out: ${w}\n`);
      cli.out(opts.json ? `${JSON.stringify(answer)}\n` : text(answer, countries));
    });
}
