import { resolve } from 'node:path';
import { ClearanceError, invalidInput } from '../model/errors.js';
import { toIso2 } from '../ingest/countries.js';
import { versionFileCache } from '../ingest/trade/file-cache.js';
import { loadBalanceData, loadCommitmentData, type LoadOptions } from '../ingest/trade/load.js';
import { activeTradeVersion, importTradeFolder, listTradeVersions, tradeVersionDir, type TradeImportResult, type TradeVersionManifest } from '../ingest/trade/versions.js';
import { AGREEMENTS } from '../flows/agreements.js';
import { partnersOf, tradeBalance } from '../flows/balance.js';
import type { BalanceReport } from '../flows/balance-types.js';
import { tradeCommitments } from '../flows/commitments.js';
import type { CommitmentsReport } from '../flows/commitments-types.js';

/** The report types adapters print. */
export type { BalanceMonth, BalanceReport, BalanceYear, OtherFigure } from '../flows/balance-types.js';
export type { CommitmentMonth, CommitmentRow, CommitmentsReport } from '../flows/commitments-types.js';

/**
 * Trade flows and purchase commitments as use cases: plain functions over explicit inputs. Trade data is
 * read from a folder laid out like the published trade files (`dir`, the CLI's --data), else from the
 * version last imported into the data folder (`home`) with `importTrade`; with neither, the answer says
 * how to get some.
 */

export interface TradeDataChoice {
  /** A trade folder to read as it is. */
  dir?: string;
  /** The data folder whose imported trade version is read when no folder is given. */
  home: string;
  /** Accept files with more than 1% malformed rows (those rows are still left out). */
  force?: boolean;
  /**
   * How the adapter lets its caller name a folder (the CLI's `--data`). An adapter without such an
   * option (the API, which reads only the server's data folder) leaves it out, and a missing-data answer
   * then only says how to import.
   */
  folderOption?: string;
}

/** Which data an answer was computed from. */
export interface TradeDataUsed {
  dir: string;
  /** The imported version, when the data came from the data folder. */
  version?: string;
  files: string[];
  /** Rows left out as malformed, one line each. */
  warnings: string[];
}

/** The folder to read, and the manifest of the imported version when it is one. */
function chooseData(choice: TradeDataChoice): { dir: string; manifest?: TradeVersionManifest } {
  if (choice.dir !== undefined) return { dir: resolve(choice.dir) };
  const active = activeTradeVersion(choice.home);
  if (!active) {
    const importHint = `import a folder laid out like the published trade files with 'clearance trade import DIR'`;
    const folderHint = choice.folderOption === undefined ? '' : `, or name one with ${choice.folderOption} DIR`;
    throw new ClearanceError(
      'trade_data_missing',
      'not_found',
      `no trade data in ${choice.home}: ${importHint}${folderHint}`,
      choice.folderOption === undefined ? {} : { field: choice.folderOption },
    );
  }
  return { dir: tradeVersionDir(choice.home, active.id), manifest: active };
}

/** Where the data is and how to read it: an imported version through the parsed files kept beside it. */
export function openTradeData(choice: TradeDataChoice): { where: { dir: string; version?: string }; options: LoadOptions } {
  const { dir, manifest } = chooseData(choice);
  if (!manifest) return { where: { dir }, options: { force: choice.force } };
  return { where: { dir, version: manifest.id }, options: { force: choice.force, cache: versionFileCache(dir, manifest) } };
}

function parseYearOption(field: string, value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(String(value))) throw invalidInput(field, value, 'must be a year YYYY', 'invalid_year');
  return Number(value);
}

function parsePartner(value: string, field: string): string {
  const code = /^[A-Za-z]{2}$/.test(value.trim()) ? value.trim().toUpperCase() : toIso2(value);
  if (!code) throw invalidInput(field, value, 'must be a country: an ISO code such as CN, or its name', 'invalid_country');
  return code;
}

/** How an adapter names an option in its errors: the command line's `--partner` (the default), the API's `partner`. */
export type OptionNamer = (option: string) => string;
export const cliOption: OptionNamer = (option) => `--${option}`;

export interface BalanceInput {
  data: TradeDataChoice;
  partner: string;
  from?: string | number;
  to?: string | number;
  monthly?: boolean;
  name?: OptionNamer;
}

export async function getTradeBalance(input: BalanceInput): Promise<{ report: BalanceReport; data: TradeDataUsed }> {
  const name = input.name ?? cliOption;
  const partner = parsePartner(input.partner, name('partner'));
  const from = parseYearOption(name('from'), input.from);
  const to = parseYearOption(name('to'), input.to);
  if (from !== undefined && to !== undefined && from > to) throw invalidInput(name('from'), input.from, `must not be after ${name('to')} ${to}`, 'invalid_range');
  const { where, options } = openTradeData(input.data);
  const loaded = await loadBalanceData(where.dir, options);
  const partners = partnersOf(loaded.data);
  if (!partners.includes(partner)) {
    throw new ClearanceError('trade_partner_not_found', 'not_found', `${name('partner')}: no trade figures for ${partner} in ${where.dir} (it has ${partners.join(', ')})`, {
      field: name('partner'),
      value: input.partner,
    });
  }
  const report = tradeBalance(loaded.data, { partner, from, to, monthly: input.monthly });
  return { report, data: { ...where, files: loaded.files, warnings: loaded.warnings } };
}

export interface CommitmentsInput {
  data: TradeDataChoice;
  agreement: string;
  monthly?: boolean;
  name?: OptionNamer;
}

export async function getTradeCommitments(input: CommitmentsInput): Promise<{ report: CommitmentsReport; data: TradeDataUsed }> {
  const field = (input.name ?? cliOption)('agreement');
  const agreement = AGREEMENTS.find((a) => a.id === input.agreement.trim().toLowerCase());
  if (!agreement) {
    throw new ClearanceError('agreement_not_found', 'not_found', `${field}: no agreement '${input.agreement}' (known: ${AGREEMENTS.map((a) => a.id).join(', ')})`, {
      field,
      value: input.agreement,
    });
  }
  const { where, options } = openTradeData(input.data);
  const loaded = await loadCommitmentData(where.dir, options);
  if (loaded.data.exports.partner !== agreement.partner) {
    throw new ClearanceError('trade_partner_not_found', 'not_found', `${loaded.data.exports.file} gives exports to ${loaded.data.exports.partner}, not to ${agreement.partner}, the partner of ${agreement.id}`);
  }
  const report = tradeCommitments(loaded.data, { agreement, monthly: input.monthly });
  return { report, data: { ...where, files: loaded.files, warnings: loaded.warnings } };
}

export async function importTrade(input: { home: string; dir: string; force?: boolean; now?: Date }): Promise<TradeImportResult> {
  return importTradeFolder(input.home, input.dir, { force: input.force, now: input.now });
}

export function listTrade(home: string): { versions: TradeVersionManifest[]; active?: string } {
  const active = activeTradeVersion(home)?.id;
  return active ? { versions: listTradeVersions(home), active } : { versions: listTradeVersions(home) };
}
