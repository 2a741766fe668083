import type { CclEntry, Column, Reason, Requirement } from './pack.js';
import { toColumn } from './build-chart.js';
import { isUnparsed, parseDestinations, type ParseContext } from './destinations.js';
import { parseScope } from './scope.js';
import { parseGbs, parseLvs, parseSta } from './exception-flags.js';

/** Shape of one entry of ccl.json (Supp. No. 1 to Part 774 as extracted from the eCFR). */
export interface CclJsonEntry {
  eccn: string;
  category: string;
  productGroup: string;
  heading: string;
  reasonForControl: string | null;
  countryChart: { control: string; countryChart: string }[];
  licenceExceptionFlags: Record<string, string>;
  staSpecialConditions: string | null;
  topLevelParagraphs?: Record<string, string> | null;
  items?: { paragraph: string | null; kind: string; text: string }[];
}

export interface CclJson {
  ecfrIssueDate?: string;
  retrievedAt?: string;
  entries: CclJsonEntry[];
}

const KNOWN_REASONS = new Set<string>(['NS', 'MT', 'NP', 'CB', 'CC', 'RS', 'FC', 'AT', 'CW', 'EI', 'SS', 'SL', 'SI', 'UN']);

function reasonOf(control: string): Reason {
  if (/^russian industry sector sanction/i.test(control)) return 'RIS';
  const code = /^([A-Z]{2})\b/.exec(control)?.[1];
  return code && KNOWN_REASONS.has(code) ? (code as Reason) : 'OTHER';
}

/** "NS Column 1." → NS1; "Column 1." takes the reason from the control text. */
function columnsIn(chartText: string, reason: Reason): Column[] {
  const out: Column[] = [];
  for (const m of chartText.matchAll(/\b(?:([A-Z]{2}) )?Column ([123])\b/g)) {
    const col = toColumn(`${m[1] ?? reason}${m[2]}`);
    if (col) out.push(col);
  }
  return out;
}

/** Rows whose chart cell is only column names ("NS Column 1", "NP Column 1 AT Column 1", "RS Column 1, See ..."). */
function isColumnRow(chartText: string): boolean {
  return /^(?:(?:[A-Z]{2} )?Column [123]\.?\s*)+(?:,\s*See .*)?$/.test(chartText.trim());
}

/**
 * The LVS text of an entry. Where the extraction left per-paragraph value lines ("$3000: 3A001.b.1, ...")
 * among the item lines of the entry, they belong to its LVS paragraph and are read with it.
 */
function lvsText(e: CclJsonEntry): string | undefined {
  const lines = (e.items ?? []).filter((i) => i.paragraph === null && /^\$[\d,]+:\s/.test(i.text.trim())).map((i) => i.text.trim().replace(/\.$/, ''));
  const base = e.licenceExceptionFlags?.LVS;
  if (lines.length === 0) return base ?? undefined;
  return [base, ...lines].filter(Boolean).join('; ');
}

export interface CclBuild {
  ccl: Record<string, CclEntry>;
  stats: { rows: number; prose: number; parsed: number };
}

export function buildCcl(json: CclJson, ctx: ParseContext): CclBuild {
  const ccl: Record<string, CclEntry> = {};
  let rows = 0;
  let prose = 0;
  let parsed = 0;
  for (const e of json.entries) {
    const requirements: Requirement[] = [];
    for (const row of e.countryChart) {
      rows++;
      const reason = reasonOf(row.control);
      // One row repeats its control text in the chart cell ("CB applies to entire entry CB Column 2.").
      const chartText = row.countryChart.replace(/\s+/g, ' ').trim().replace(/^[A-Z]{2} applies to entire entry (?=[A-Z]{2} Column)/, '');
      if (isColumnRow(chartText)) {
        const cols = columnsIn(chartText, reason);
        // "NP applies to entire entry AT applies to entire entry" / "NP Column 1 AT Column 1": one row, two reasons.
        for (const column of cols) {
          requirements.push({
            reason: column.slice(0, 2) as Reason,
            column,
            scope: parseScope(row.control, e.eccn),
            text: row.control,
            chartText,
          });
        }
        continue;
      }
      prose++;
      const destinations = parseDestinations(chartText, ctx);
      if (!isUnparsed(destinations)) parsed++;
      requirements.push({ reason, destinations, scope: parseScope(row.control, e.eccn), text: row.control, chartText });
    }
    const flags = e.licenceExceptionFlags ?? {};
    const entry: CclEntry = {
      eccn: e.eccn,
      category: e.category,
      productGroup: e.productGroup,
      title: e.heading,
      reasonForControl: e.reasonForControl ?? '',
      requirements,
      gbs: parseGbs(flags.GBS, e.eccn),
      exceptionFlags: { ...flags },
    };
    if (e.topLevelParagraphs) entry.paragraphs = e.topLevelParagraphs;
    const refs = (e.items ?? []).filter((i) => i.paragraph !== null && /\b\d[A-E]\d{3}\b/.test(i.text));
    if (refs.length > 0) entry.paragraphRefs = Object.fromEntries(refs.map((i) => [i.paragraph!, i.text]));
    const lvs = parseLvs(lvsText(e), e.eccn);
    if (lvs) entry.lvs = lvs;
    const sta = parseSta(e.staSpecialConditions ?? flags.STA, e.eccn);
    if (sta) entry.sta = sta;
    ccl[e.eccn] = entry;
  }
  return { ccl, stats: { rows, prose, parsed } };
}
