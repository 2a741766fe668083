import type { Command } from 'commander';
import type { EffectiveRateAnswer, EffectiveRateReport } from '../../app/effective-rate.js';
import { errors } from '../../model/error-catalogue.js';
import type { CliContext } from '../context.js';
import { billions, parseOutputFormat, renderCsv, renderTable, type OutputFormat } from '../table.js';
import {
  COVERAGE_CSV,
  COVERAGE_TABLE,
  coverageCells,
  datesCsv,
  datesTable,
  groupCsv,
  groupTable,
  PROGRAM_TABLE,
  programsOf,
} from './effective-rate-columns.js';

/**
 * `clearance tariffs effective-rate --date D [--date D ...] [--by program|country|chapter|action]`: the
 * import-weighted statutory rate on US imports at each date's law, over the 2024 import weights.
 */

/** What printing takes from the use case's module, which loads when the command runs. */
type Reading = Pick<typeof import('../../app/effective-rate.js'), 'effectiveRateDocument' | 'publishedRateOn'>;

const BY = ['program', 'country', 'chapter', 'action'] as const;
type By = (typeof BY)[number];

interface Flags {
  date: string[];
  by?: string;
  data?: string;
  dataDir?: string;
  pack?: string;
  format?: string;
  force?: boolean;
  metalShare?: string;
  preferences?: string;
  usmcaShare?: string;
  chart?: string;
}

function parseBy(value: string | undefined): By {
  const by = value ?? 'program';
  if (!(BY as readonly string[]).includes(by)) throw errors.invalidOption('--by', value, `must be ${BY.join(', ')}`);
  return by as By;
}

const usd = (n: number) => `$${billions(n)} bn`;

/** Statutory, or which preferences were claimed (the first note says how). */
const basis = (r: EffectiveRateReport) => (r.preferences ? 'preferences claimed' : 'statutory');

function detail(r: EffectiveRateReport): string[] {
  const out: string[] = [];
  if (r.preferences) {
    out.push(`preferences claimed (share of each partner's value): ${r.preferences.map((p) => `${p.country} ${p.program} ${p.claimed_pct.toFixed(0)}%`).join(', ')}; ${r.preferences[0]?.how ?? ''}`);
  }
  const m = r.metal_content;
  if (m.lines > 0) {
    out.push(
      `metal content: ${m.lines} lines (${usd(m.value_usd)}) pay a Section 232 duty on their metal content, taken as ${m.share * 100}% of the value; ${m.rate_pct_if_none.toFixed(2)}% if none of it were metal, ${m.rate_pct_if_all.toFixed(2)}% if all`,
    );
  }
  out.push(`realised ${r.weights.year} rate (Census calculated duty): ${r.realised.map((x) => `${x.rate_pct.toFixed(2)}% ${x.what}`).join('; ')}`);
  for (const c of r.left_out) out.push(`left out: ${c.lines} lines, ${usd(c.value_usd)} (${c.share_pct.toFixed(2)}%): ${c.what}; ${c.treatment}`);
  for (const c of r.assumed) out.push(`assumed: ${c.lines} lines, ${usd(c.value_usd)} (${c.share_pct.toFixed(2)}%): ${c.what}; ${c.treatment}`);
  out.push(...r.notes.map((n) => `note: ${n}`));
  return out;
}

function oneDate(r: EffectiveRateReport, by: By): string {
  const head = [
    `Effective tariff rate on US imports at the law of ${r.date}: ${r.rate_pct.toFixed(2)}% (${basis(r)}, ${r.weights.year} imports as weights)`,
    `${usd(r.value_usd)} of ${r.weights.year} imports priced; duty ${usd(r.duty_usd)}`,
  ];
  const programs = r.by_program.map((p) => p.key);
  let body: string;
  if (by === 'program') body = renderTable(PROGRAM_TABLE, [...r.by_program, { key: 'all', value_usd: r.value_usd, duty_usd: r.duty_usd, rate_pct: r.rate_pct, programs: {} }]);
  else if (by === 'country') body = renderTable(groupTable('country', programs), r.by_country);
  else if (by === 'chapter') body = renderTable(groupTable('chapter', programs), r.by_chapter);
  else body = `${r.weights.year} imports each chapter 99 heading charges on ${r.date}\n${renderTable(COVERAGE_TABLE, r.coverage)}`;
  return [...head, body.trimEnd(), ...detail(r)].join('\n');
}

function severalDates(reports: readonly EffectiveRateReport[], { publishedRateOn }: Reading): string {
  const programs = programsOf(reports);
  const rows = reports.map((report) => ({ report, published: publishedRateOn(report.date) }));
  const out = [
    `Effective tariff rate on US imports, ${basis(reports[0]!)}, ${reports[0]!.weights.year} imports as weights (points of the rate by program)`,
    renderTable(datesTable(programs), rows).trimEnd(),
  ];
  for (const { report, published } of rows) {
    if (published) out.push(`Budget Lab ${report.date}: ${published.rate_pct === null ? 'no figure' : `${published.rate_pct}%`}: ${published.source}${published.url ? ` <${published.url}>` : ''}${published.counts ? `; counts ${published.counts}` : ''}`);
  }
  for (const r of reports) out.push(...detail(r).map((line) => `${r.date} ${line}`));
  return out.join('\n');
}

function print(cli: CliContext, answer: EffectiveRateAnswer, by: By, format: OutputFormat, reading: Reading): void {
  const { effectiveRateDocument, publishedRateOn } = reading;
  const { reports, data, tariffs } = answer;
  if (format === 'json') {
    return void cli.out(`${JSON.stringify(effectiveRateDocument(answer))}\n`);
  }
  if (format === 'csv') {
    if (by === 'action') return void cli.out(renderCsv(COVERAGE_CSV, reports.flatMap((r) => coverageCells(r.date, r.coverage))));
    const programs = programsOf(reports);
    if (by === 'program') return void cli.out(renderCsv(datesCsv(programs), reports.map((report) => ({ report, published: publishedRateOn(report.date) }))));
    const rows = reports.flatMap((r) => (by === 'country' ? r.by_country : r.by_chapter).map((row) => ({ ...row, date: r.date })));
    return void cli.out(renderCsv(groupCsv(programs), rows));
  }
  const text = reports.length === 1 || by !== 'program' ? reports.map((r) => oneDate(r, by)).join('\n\n') : severalDates(reports, reading);
  const source = data.version ? `imported trade data version ${data.version}` : `trade data folder ${data.dir}`;
  cli.out(`${text}\ndata: ${source} (${data.files.join(', ')}); tariff pack ${tariffs.version}, schedules to ${tariffs.horizon}\n`);
}

export function registerEffectiveRateCommand(program: Command, cli: CliContext): void {
  const tariffs = program.commands.find((c) => c.name() === 'tariffs') ?? program.command('tariffs').description('build and inspect tariff packs');
  tariffs
    .command('effective-rate')
    .description('the import-weighted statutory duty rate on US imports at a date\'s law, over the 2024 HS10 x partner import weights, with the realised 2024 rate beside it')
    .requiredOption('--date <date>', 'the law of this date (YYYY-MM-DD); repeat for several dates', (v: string, acc: string[] = []) => [...acc, v])
    .option('--by <what>', 'program (default), country, chapter, or action (the imports each chapter 99 heading charges, by country)')
    .option('--metal-share <share>', 'share of the value taken as metal content where a Section 232 duty taxes it (0 to 1; default 0.5)')
    .option('--preferences <how>', 'none (default: statutory, no trade preference claimed) or claimed-2024 (free trade agreements and the USMCA claimed in the share the 2024 duty shows)')
    .option('--usmca-share <share>', 'share of Canadian and Mexican value entered under the USMCA (0 to 1), on every line, instead of none or the 2024 estimate')
    .option('--data <dir>', 'a trade data folder with the import weights (default: the version imported with trade import)')
    .option('--pack <path>', 'a tariff pack file or folder (default: the data folder\'s current pack)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--force', 'read trade files with more than 1% malformed rows (those rows are still left out)')
    .option('--chart <file>', 'also draw the rate at each date by program, beside the Budget Lab\'s figures: PNG, or SVG when the name ends in .svg')
    .action(async (opts: Flags) => {
      const app = await import('../../app/effective-rate.js');
      const { chartFormatOf, effectiveRateChartSvg, writeChartFile } = await import('../../app/chart-file.js');
      const format = parseOutputFormat(opts.format);
      const by = parseBy(opts.by);
      if (opts.chart !== undefined) chartFormatOf(opts.chart);
      const home = cli.dataDir(opts);
      const answer = await app.getEffectiveRate({ data: { dir: opts.data, home, force: opts.force }, tariffs: { pack: opts.pack, dataDir: home }, dates: opts.date, metalShare: opts.metalShare, preferences: opts.preferences, usmcaShare: opts.usmcaShare });
      for (const w of answer.data.warnings) cli.err(`clearance: left out: ${w}\n`);
      print(cli, answer, by, format, app);
      if (opts.chart !== undefined) {
        const { warning } = await writeChartFile(opts.chart, effectiveRateChartSvg(answer.reports, answer.reports.map((r) => app.publishedRateOn(r.date))));
        if (warning) cli.err(`clearance: ${warning}\n`);
      }
    });
}
