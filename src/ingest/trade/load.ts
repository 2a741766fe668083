import { ClearanceError } from '../../model/errors.js';
import type { BalanceData, CommitmentData, ImportData } from '../../model/trade.js';
import { parseAnnualTrade } from './annual-totals.js';
import { parseMonthlyTrade } from './census-monthly.js';
import { parseCommitments } from './commitments.js';
import { parseConcordance } from './concordance.js';
import { lineOfRecord, readCsvTable, type CsvTable } from './csv-table.js';
import type { ParsedTradeFile, TradeFileCache } from './file-cache.js';
import { scanTradeFolder, type TradeFile, type TradeFolder } from './folder.js';
import type { TradeFormat } from './formats.js';
import { parseImportTotals, parseImportWeights } from './import-lines.js';
import type { Parsed } from './parsed.js';
import { parseProductExports } from './product-exports.js';

/** A file whose malformed share passes this is refused whole, as list files are. */
export const MAX_MALFORMED_SHARE = 0.01;

export interface LoadOptions {
  /** Accept files with more malformed rows than the limit (the rows themselves are still left out). */
  force?: boolean;
  /** Parsed files of an imported version, read instead of the files and given what had to be parsed. */
  cache?: TradeFileCache;
}

export interface Loaded<T> {
  data: T;
  /** The files read, relative to the folder. */
  files: string[];
  /** Rows left out, one line each ("file line N: reason"). */
  warnings: string[];
}

async function describeProblems<T>(file: TradeFile, parsed: Parsed<T>): Promise<string[]> {
  const shown = parsed.problems.slice(0, 20);
  const lines = await Promise.all(shown.map(async (p) => `${file.relative} line ${await lineOfRecord(file.path, p.record)}: ${p.reason}`));
  if (parsed.problems.length > shown.length) lines.push(`${file.relative}: ${parsed.problems.length - shown.length} more rows left out`);
  return lines;
}

async function parseFile<T>(file: TradeFile, parse: (relative: string, table: CsvTable) => Parsed<T>): Promise<ParsedTradeFile<T>> {
  const parsed = parse(file.relative, await readCsvTable(file.path));
  return { value: parsed.value, rowsRead: parsed.rowsRead, leftOut: parsed.problems.length, problems: await describeProblems(file, parsed) };
}

/**
 * Reads and parses one file (or takes it from the cache), refusing it when it yields nothing or too many
 * of its rows are malformed.
 */
export async function readTradeFile<T>(
  file: TradeFile,
  parse: (relative: string, table: CsvTable) => Parsed<T>,
  options: LoadOptions,
  warnings: string[],
): Promise<ParsedTradeFile<T>> {
  let parsed = options.cache?.get(file) as ParsedTradeFile<T> | undefined;
  if (!parsed) {
    parsed = await parseFile(file, parse);
    options.cache?.put(file, parsed);
  }
  const { rowsRead, leftOut, problems } = parsed;
  const share = rowsRead === 0 ? 1 : leftOut / rowsRead;
  const usable = rowsRead > leftOut;
  if (!usable || (share > MAX_MALFORMED_SHARE && !options.force)) {
    const why = usable ? `${leftOut} of ${rowsRead} rows are malformed (limit ${MAX_MALFORMED_SHARE * 100}%; --force accepts the rest)` : `no usable row among ${rowsRead}`;
    throw new ClearanceError('trade_file_rejected', 'invalid', `${file.relative}: ${why}${problems.length ? `; first: ${problems[0]}` : ''}`, {
      field: file.relative,
      details: { problems },
    });
  }
  warnings.push(...problems);
  return parsed;
}

async function parseTradeFile<T>(
  file: TradeFile,
  parse: (relative: string, table: CsvTable) => Parsed<T>,
  options: LoadOptions,
  warnings: string[],
): Promise<T> {
  return (await readTradeFile(file, parse, options, warnings)).value;
}

function filesOf(folder: TradeFolder, ...formats: TradeFormat[]): TradeFile[] {
  return folder.files.filter((f) => formats.includes(f.format));
}

/** The one file of a format the command needs; two would leave it to chance which is read. */
function single(folder: TradeFolder, format: TradeFormat, what: string, required: boolean): TradeFile | undefined {
  const files = filesOf(folder, format);
  if (files.length > 1) {
    throw new ClearanceError('trade_data_ambiguous', 'conflict', `${folder.dir} holds ${files.length} files of ${what}: ${files.map((f) => f.relative).join(', ')}; keep one`);
  }
  if (required && !files[0]) throw missing(folder, what);
  return files[0];
}

function missing(folder: TradeFolder, what: string): ClearanceError {
  return new ClearanceError('trade_data_incomplete', 'not_found', `${folder.dir} holds no ${what}`, { details: { dir: folder.dir } });
}

/** Monthly series and annual totals of US goods trade, from every such file of the folder. */
export async function loadBalanceData(dir: string, options: LoadOptions = {}): Promise<Loaded<BalanceData>> {
  const folder = await scanTradeFolder(dir);
  const files = filesOf(folder, 'monthly-trade', 'annual-trade');
  if (files.length === 0) throw missing(folder, 'monthly or annual goods trade file (month or year, us_exports_to_<partner>_musd, us_imports_from_<partner>_musd)');
  const warnings: string[] = [];
  const data: BalanceData = { series: [], annual: [] };
  for (const file of files) {
    if (file.format === 'monthly-trade') data.series.push(...(await parseTradeFile(file, parseMonthlyTrade, options, warnings)));
    else data.annual.push(...(await parseTradeFile(file, parseAnnualTrade, options, warnings)));
  }
  options.cache?.save();
  return { data, files: files.map((f) => f.relative), warnings };
}

/** Product exports, the concordance (when the folder has one) and the commitments of an agreement. */
export async function loadCommitmentData(dir: string, options: LoadOptions = {}): Promise<Loaded<CommitmentData>> {
  const folder = await scanTradeFolder(dir);
  const exportsFile = single(folder, 'product-exports', 'US exports by HS6 and month (month, hs6, hs4, us_exports_to_<partner>_usd)', true)!;
  const commitmentsFile = single(folder, 'commitments', 'purchase commitments (category, additional_over_<baseline>_baseline_<year>_usd_bn)', true)!;
  const concordanceFile = single(folder, 'concordance', 'concordance from HS codes to categories', false);
  const warnings: string[] = [];
  const data: CommitmentData = {
    exports: { file: exportsFile.relative, ...(await parseTradeFile(exportsFile, parseProductExports, options, warnings)) },
    commitments: { file: commitmentsFile.relative, rows: await parseTradeFile(commitmentsFile, parseCommitments, options, warnings) },
  };
  if (concordanceFile) data.concordance = { file: concordanceFile.relative, codes: await parseTradeFile(concordanceFile, parseConcordance, options, warnings) };
  const files = [exportsFile, commitmentsFile, concordanceFile].flatMap((f) => (f ? [f.relative] : []));
  options.cache?.save();
  return { data, files, warnings };
}

/** Import weights by HS10 and partner, and the HS2 totals of all partners when the folder has them. */
export async function loadImportData(dir: string, options: LoadOptions = {}): Promise<Loaded<ImportData>> {
  const folder = await scanTradeFolder(dir);
  const weightsFile = single(folder, 'import-weights', 'US imports for consumption by HS10 and partner (cty_code, cty_name, hs10, con_val_<year>_usd, cal_dut_<year>_usd)', true)!;
  const totalsFile = single(folder, 'import-totals', 'US imports for consumption by HS2 and partner', false);
  const warnings: string[] = [];
  const data: ImportData = { weights: { file: weightsFile.relative, ...(await parseTradeFile(weightsFile, parseImportWeights, options, warnings)) } };
  if (totalsFile) data.totals = { file: totalsFile.relative, ...(await parseTradeFile(totalsFile, parseImportTotals, options, warnings)) };
  options.cache?.save();
  return { data, files: [weightsFile, totalsFile].flatMap((f) => (f ? [f.relative] : [])), warnings };
}
