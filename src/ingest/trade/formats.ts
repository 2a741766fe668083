import { isAnnualTradeHeader, parseAnnualTrade } from './annual-totals.js';
import { isMonthlyTradeHeader, parseMonthlyTrade } from './census-monthly.js';
import { isCommitmentsHeader, parseCommitments } from './commitments.js';
import { isConcordanceHeader, parseConcordance } from './concordance.js';
import { isImportTotalsHeader, isImportWeightsHeader, parseImportTotals, parseImportWeights } from './import-lines.js';
import type { CsvTable } from './csv-table.js';
import type { Parsed } from './parsed.js';
import { isProductExportsHeader, parseProductExports } from './product-exports.js';

interface FormatSpec {
  title: string;
  recognizes: (header: readonly string[]) => boolean;
  parse: (relative: string, table: CsvTable) => Parsed<unknown>;
}

/** The trade file formats clearance reads, each recognised by its header whatever the file is called. */
export const TRADE_FORMATS = {
  'monthly-trade': { title: 'monthly US goods trade with a partner (Census c5700 layout)', recognizes: isMonthlyTradeHeader, parse: parseMonthlyTrade },
  'annual-trade': { title: 'annual US goods trade totals with a partner', recognizes: isAnnualTradeHeader, parse: parseAnnualTrade },
  'product-exports': { title: 'US exports to a partner by HS6 and month', recognizes: isProductExportsHeader, parse: parseProductExports },
  concordance: { title: 'concordance from HS codes to agreement categories', recognizes: isConcordanceHeader, parse: parseConcordance },
  commitments: { title: 'purchase commitments by category and year', recognizes: isCommitmentsHeader, parse: parseCommitments },
  'import-weights': { title: 'US imports for consumption by HS10 and partner, with calculated duty', recognizes: isImportWeightsHeader, parse: parseImportWeights },
  'import-totals': { title: 'US imports for consumption by HS2 and partner, with calculated duty', recognizes: isImportTotalsHeader, parse: parseImportTotals },
} as const satisfies Record<string, FormatSpec>;
export type TradeFormat = keyof typeof TRADE_FORMATS;

export function formatOfHeader(header: readonly string[]): TradeFormat | undefined {
  return (Object.keys(TRADE_FORMATS) as TradeFormat[]).find((f) => TRADE_FORMATS[f].recognizes(header));
}
