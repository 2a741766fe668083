import type { Command } from 'commander';
import type { BalanceReport, CommitmentsReport, TradeDataChoice, TradeDataUsed } from '../../app/trade.js';
import { balanceChartSvg, checkChartFile, commitmentsChartSvg, writeChartFile } from '../../app/chart-file.js';
import type { CliContext } from '../context.js';
import { NOT_IN_DATA, parseOutputFormat, renderCsv, renderTable, type OutputFormat } from '../table.js';
import { COMMITMENT_CSV, commitmentTable, MONTH_CSV, MONTH_TABLE, PATH_CSV, PATH_TABLE, YEAR_CSV, YEAR_TABLE } from './trade-columns.js';

interface DataOptions {
  data?: string;
  dataDir?: string;
  force?: boolean;
  format?: string;
  chart?: string;
}

function choiceOf(cli: CliContext, opts: DataOptions): TradeDataChoice {
  return { dir: opts.data, home: cli.dataDir(opts), force: opts.force, folderOption: '--data' };
}

function dataLine(data: TradeDataUsed): string {
  return data.version ? `imported trade data version ${data.version}` : `trade data folder ${data.dir}`;
}

function warn(cli: CliContext, data: TradeDataUsed): void {
  for (const w of data.warnings) cli.err(`clearance: left out: ${w}\n`);
}

function printBalance(cli: CliContext, report: BalanceReport, data: TradeDataUsed, format: OutputFormat): void {
  if (format === 'json') return void cli.out(`${JSON.stringify({ ...report, data })}\n`);
  if (format === 'csv') {
    return void cli.out(report.months ? renderCsv(MONTH_CSV, report.months) : renderCsv(YEAR_CSV, report.years ?? []));
  }
  const title = `US goods trade with ${report.partner}, ${report.months ? 'by month' : 'by year'}, $ billions (exports minus imports; ${NOT_IN_DATA} = not in the data)`;
  const notes = report.years ? report.years.flatMap((y) => y.notes.map((n) => `${y.year}: ${n}`)) : [];
  const out = [title, (report.months ? renderTable(MONTH_TABLE, report.months) : renderTable(YEAR_TABLE, report.years ?? [])).trimEnd()];
  out.push(...[...notes, ...report.notes].map((n) => `note: ${n}`));
  if (report.dataRange) out.push(`note: monthly figures run from ${report.dataRange.first} to ${report.dataRange.last}`);
  out.push(`data: ${dataLine(data)} (${data.files.join(', ')})`);
  cli.out(`${out.join('\n')}\n`);
}

function printCommitments(cli: CliContext, report: CommitmentsReport, data: TradeDataUsed, format: OutputFormat): void {
  if (format === 'json') return void cli.out(`${JSON.stringify({ ...report, data })}\n`);
  if (format === 'csv') return void cli.out(report.path ? renderCsv(PATH_CSV, report.path) : renderCsv(COMMITMENT_CSV, report.rows));
  const out = [
    `${report.agreement.title}: purchases against commitments, $ billions (${NOT_IN_DATA} = not in the data)`,
    renderTable(commitmentTable(report.baselineYear), report.rows).trimEnd(),
  ];
  if (report.path) out.push('cumulative purchases by month against the year\'s target', renderTable(PATH_TABLE, report.path).trimEnd());
  const rowNotes = [...new Set(report.rows.flatMap((r) => r.notes.map((n) => `${r.year}: ${n}`)))];
  out.push(`basis: ${report.basis}`, `concordance: ${report.concordance}`, ...rowNotes.map((n) => `note: ${n}`));
  if (report.dataEnds) out.push(`data ends: ${report.dataEnds}`);
  out.push(...report.notes.map((n) => `note: ${n}`), ...report.sources.agreement.map((s) => `commitments: ${s}`), `data: ${dataLine(data)}`);
  cli.out(`${out.join('\n')}\n`);
}

async function drawChart(cli: CliContext, file: string, svg: string): Promise<void> {
  const { warning } = await writeChartFile(file, svg);
  if (warning) cli.err(`clearance: ${warning}\n`);
}

export function registerTradeCommands(program: Command, cli: CliContext): void {
  const trade = program.command('trade').description('US goods trade with a partner, and purchase commitments against their baseline');
  const dataOptions = (command: Command) =>
    command
      .option('--data <dir>', 'a trade data folder to read as it is (default: the version imported with trade import)')
      .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
      .option('--format <format>', 'table, csv or json', 'table')
      .option('--force', 'read files with more than 1% malformed rows (those rows are still left out)')
      .option('--chart <file>', 'also draw the answer as a chart: PNG, or SVG when the name ends in .svg');

  dataOptions(
    trade
      .command('balance')
      .description('exports, imports and balance with a partner by year or month, gaps shown as gaps, vintages named')
      .requiredOption('--partner <country>', 'ISO code of the partner, e.g. CN')
      .option('--from <year>', 'first year')
      .option('--to <year>', 'last year')
      .option('--monthly', 'one row per month'),
  ).action(async (opts: DataOptions & { partner: string; from?: string; to?: string; monthly?: boolean }) => {
    const { getTradeBalance } = await import('../../app/trade.js');
    const format = parseOutputFormat(opts.format);
    if (opts.chart !== undefined) checkChartFile(opts.chart, opts.data === undefined ? [] : [{ field: '--data', path: opts.data }]);
    const { report, data } = await getTradeBalance({ data: choiceOf(cli, opts), partner: opts.partner, from: opts.from, to: opts.to, monthly: opts.monthly });
    warn(cli, data);
    printBalance(cli, report, data, format);
    if (opts.chart !== undefined) await drawChart(cli, opts.chart, balanceChartSvg(report));
  });

  dataOptions(
    trade
      .command('commitments')
      .description('purchases by category and year against the baseline plus the committed increase')
      .requiredOption('--agreement <id>', 'the agreement: phase-one')
      .option('--monthly', 'also the monthly cumulative path against each year\'s target'),
  ).action(async (opts: DataOptions & { agreement: string; monthly?: boolean }) => {
    const { getTradeCommitments } = await import('../../app/trade.js');
    const format = parseOutputFormat(opts.format);
    if (opts.chart !== undefined) checkChartFile(opts.chart, opts.data === undefined ? [] : [{ field: '--data', path: opts.data }]);
    const { report, data } = await getTradeCommitments({ data: choiceOf(cli, opts), agreement: opts.agreement, monthly: opts.monthly });
    warn(cli, data);
    printCommitments(cli, report, data, format);
    if (opts.chart !== undefined) await drawChart(cli, opts.chart, commitmentsChartSvg(report));
  });

  trade
    .command('import')
    .description('validate the trade files of a folder and store them as the new active trade data version')
    .argument('<dir>', 'folder laid out like the published trade files (searched at any depth, files recognised by their header)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--force', 'accept files with more than 1% malformed rows (those rows are left out)')
    .action(async (dir: string, opts: { dataDir?: string; force?: boolean }) => {
      const { importTrade } = await import('../../app/trade.js');
      const result = await importTrade({ home: cli.dataDir(opts), dir, force: opts.force });
      for (const w of result.warnings) cli.err(`clearance: left out: ${w}\n`);
      const { manifest } = result;
      const lines = [result.unchanged ? `trade data unchanged: version ${manifest.id} stays active` : `trade data version ${manifest.id} imported and active`];
      for (const f of manifest.files) lines.push(`  ${f.file}: ${f.format}, ${f.rows} rows${f.rowsLeftOut ? `, ${f.rowsLeftOut} left out` : ''}`);
      for (const i of manifest.ignored) lines.push(`  not imported: ${i.file} (${i.reason})`);
      cli.out(`${lines.join('\n')}\n`);
    });

  trade
    .command('list')
    .description('the imported trade data versions; * marks the active one')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--json', 'print JSON')
    .action(async (opts: { dataDir?: string; json?: boolean }) => {
      const { listTrade } = await import('../../app/trade.js');
      const { versions, active } = listTrade(cli.dataDir(opts));
      if (opts.json) return void cli.out(`${JSON.stringify({ active, versions })}\n`);
      if (versions.length === 0) return void cli.out('no trade data imported (clearance trade import DIR)\n');
      for (const v of versions) cli.out(`${v.id === active ? '*' : ' '} ${v.id}  ${v.files.length} files from ${v.origin}\n`);
    });
}
