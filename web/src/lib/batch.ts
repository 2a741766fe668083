import Papa from 'papaparse';

/**
 * Batch screening in the browser: a CSV with the command line's columns (id,name and optional
 * type,country,dob) read into parties, sent in chunks the API takes, and the answers written back as
 * JSONL (the shape `clearance screen` writes) or as a flat CSV of one line per hit.
 */

export const PARTY_TYPES = ['person', 'organization', 'vessel', 'aircraft'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export interface BatchParty {
  id: string;
  name: string;
  type?: PartyType;
  country?: string;
  dob?: string;
}

export interface BatchProblem {
  /** Line of the file (the header is line 1). */
  line: number;
  field: string;
  message: string;
}

export interface BatchHit {
  entityId: string;
  list: string;
  name: string;
  matchedName: string;
  score: number;
  explanation?: unknown;
}

export interface BatchResult {
  id: string;
  name: string;
  hits: BatchHit[];
}

/** The most rows one upload may hold; the API screens up to 1,000 per request. */
export const MAX_ROWS = 100_000;
const DOB = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Parties from CSV text, or the problems that keep it from being screened (each with its line and column). */
export function parseBatchCsv(text: string): { parties: BatchParty[]; problems: BatchProblem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const problems: BatchProblem[] = [];
  const columns = parsed.meta.fields ?? [];
  for (const needed of ['id', 'name']) if (!columns.includes(needed)) problems.push({ line: 1, field: needed, message: `the header has no ${needed} column (it needs id,name and may add type,country,dob)` });
  for (const e of parsed.errors) problems.push({ line: (e.row ?? 0) + 2, field: 'row', message: e.message });
  if (problems.length > 0) return { parties: [], problems };
  if (parsed.data.length > MAX_ROWS) return { parties: [], problems: [{ line: MAX_ROWS + 2, field: 'row', message: `more than ${MAX_ROWS} rows; split the file` }] };
  const parties: BatchParty[] = [];
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const id = (row.id ?? '').trim();
    const name = (row.name ?? '').trim();
    if (!id) problems.push({ line, field: 'id', message: 'id is empty' });
    if (!name) problems.push({ line, field: 'name', message: 'name is empty' });
    const party: BatchParty = { id, name };
    const type = (row.type ?? '').trim().toLowerCase();
    if (type) {
      if ((PARTY_TYPES as readonly string[]).includes(type)) party.type = type as PartyType;
      else problems.push({ line, field: 'type', message: `type '${row.type}' must be ${PARTY_TYPES.join(', ')}` });
    }
    const country = (row.country ?? '').trim();
    if (country) {
      if (/^[A-Za-z]{2}$/.test(country)) party.country = country.toUpperCase();
      else problems.push({ line, field: 'country', message: `country '${country}' must be a two-letter ISO code` });
    }
    const dob = (row.dob ?? '').trim();
    if (dob) {
      if (DOB.test(dob)) party.dob = dob;
      else problems.push({ line, field: 'dob', message: `dob '${dob}' must be YYYY, YYYY-MM or YYYY-MM-DD` });
    }
    parties.push(party);
  });
  return problems.length > 0 ? { parties: [], problems } : { parties, problems };
}

/** The list cut into runs of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One JSON object per party, in input order, as `clearance screen --output` writes them. */
export function toJsonl(results: readonly BatchResult[]): string {
  return results.map((r) => JSON.stringify({ id: r.id, name: r.name, hits: r.hits })).join('\n') + (results.length ? '\n' : '');
}

/** One line per hit (a party without hits gets one line with empty hit columns), for spreadsheets. */
export function toCsv(results: readonly BatchResult[]): string {
  const rows: (string | number)[][] = [];
  for (const r of results) {
    if (r.hits.length === 0) rows.push([r.id, r.name, 0, '', '', '', '', '']);
    r.hits.forEach((h, i) => rows.push([r.id, r.name, i + 1, h.list, h.entityId, h.name, h.matchedName, h.score]));
  }
  return Papa.unparse({ fields: ['id', 'name', 'rank', 'list', 'entity_id', 'listed_name', 'matched_name', 'score'], data: rows }, { newline: '\n' }) + '\n';
}
