import type { MonthlyTradeSeries, TradeCell, TradeMonth } from '../../model/trade.js';
import type { CsvTable } from './csv-table.js';
import { BALANCE_SLACK_USD, flowColumns, readFlowFigures, type FlowFigures } from './flow-columns.js';
import type { Parsed, RowProblem } from './parsed.js';
import { parseMonth } from './values.js';

/**
 * Monthly US goods trade with one partner in the layout of Census's c5700 country tables:
 * `month, us_exports_to_<partner>_musd, us_imports_from_<partner>_musd, balance_musd`, in millions of
 * dollars. Optional `exports_source` / `imports_source` columns name each figure's source (a figure the
 * file marks as an approximation keeps that mark), and `<flow>_musd_vintage_<V>` columns give a later
 * vintage of some months: each such vintage becomes a revision series beside the main one.
 */

const REVISION = /^(exports|imports|balance)_musd_vintage_(.+)$/;

export function isMonthlyTradeHeader(header: readonly string[]): boolean {
  return header[0] === 'month' && typeof flowColumns(header) !== 'string';
}

interface SeriesColumns {
  vintage: string;
  exports: number;
  imports: number;
  balance: number;
  exportsSource: number;
  importsSource: number;
}

function seriesColumns(header: readonly string[]): SeriesColumns[] {
  const main = flowColumns(header);
  if (typeof main === 'string') throw new Error(main);
  const columns: SeriesColumns[] = [
    { vintage: 'main', ...main, exportsSource: header.indexOf('exports_source'), importsSource: header.indexOf('imports_source') },
  ];
  header.forEach((h, i) => {
    const m = REVISION.exec(h);
    if (!m) return;
    let revision = columns.find((c) => c.vintage === m[2]);
    if (!revision) {
      revision = { vintage: m[2]!, exports: -1, imports: -1, balance: -1, exportsSource: -1, importsSource: -1 };
      columns.push(revision);
    }
    revision[m[1] as 'exports' | 'imports' | 'balance'] = i;
  });
  return columns;
}

function cell(usd: number | undefined, source: string): TradeCell | undefined {
  if (usd === undefined) return undefined;
  // The files mark estimates in the source's name ("waugh_hs6_sum_approx(-0.7%)").
  return /approx|estimate/i.test(source) ? { usd, source, approximate: source } : { usd, source };
}

function monthOf(figures: FlowFigures, month: string, row: readonly string[], at: SeriesColumns, fallback: string): TradeMonth | undefined {
  const exportsCell = cell(figures.exports, at.exportsSource >= 0 && row[at.exportsSource] ? row[at.exportsSource]! : fallback);
  const importsCell = cell(figures.imports, at.importsSource >= 0 && row[at.importsSource] ? row[at.importsSource]! : fallback);
  if (!exportsCell && !importsCell) return undefined;
  const out: TradeMonth = { month };
  if (exportsCell) out.exports = exportsCell;
  if (importsCell) out.imports = importsCell;
  return out;
}

export function parseMonthlyTrade(file: string, table: CsvTable): Parsed<MonthlyTradeSeries[]> {
  const columns = seriesColumns(table.header);
  const partner = (flowColumns(table.header) as { partner: string }).partner;
  const series: MonthlyTradeSeries[] = columns.map((c) => ({ file, partner, vintage: c.vintage, months: [] }));
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const [record, row] of table.rows.entries()) {
    const month = parseMonth(row[0] ?? '');
    if (!month) {
      problems.push({ record, reason: `month '${row[0]}' is not YYYY-MM` });
      continue;
    }
    if (seen.has(month)) {
      problems.push({ record, reason: `month ${month} appears twice` });
      continue;
    }
    seen.add(month);
    const readings = columns.map((at) => readFlowFigures(row, at, BALANCE_SLACK_USD.month));
    const bad = readings.find((r): r is string => typeof r === 'string');
    if (bad) {
      problems.push({ record, reason: bad });
      continue;
    }
    readings.forEach((figures, i) => {
      // A vintage's own figures have no source column: the vintage is their source.
      const fallback = i === 0 ? file : `${file} vintage ${columns[i]!.vintage}`;
      const tradeMonth = monthOf(figures as FlowFigures, month, row, columns[i]!, fallback);
      if (tradeMonth) series[i]!.months.push(tradeMonth);
    });
  }
  for (const s of series) s.months.sort((a, b) => a.month.localeCompare(b.month));
  return { value: series, rowsRead: table.rows.length, problems };
}
