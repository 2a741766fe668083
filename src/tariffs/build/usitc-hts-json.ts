import { htsDigits } from '../hts.js';

/**
 * Parser for the USITC HTS JSON export (one array of records in schedule order: `htsno`, `indent`,
 * `description`, `units`, `general`, `special`, `other`, `footnotes`, ...). Superior text lines (no
 * `htsno`) are skipped; descriptions lose the HTML tags some revisions wrap compiler's notes in.
 */

export interface HtsRecord {
  /** Digits of `htsno` (4 to 10). */
  code: string;
  description: string;
  units: string[];
  general: string;
  special: string;
  other: string;
  /** Footnote texts ("See 9903.88.15."). */
  footnotes: string[];
}

interface RawRecord {
  htsno?: string | null;
  description?: string | null;
  units?: string[] | null;
  general?: string | null;
  special?: string | null;
  other?: string | null;
  footnotes?: { value?: string | null }[] | null;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

export function parseHtsJson(bytes: Buffer): HtsRecord[] {
  const raw = JSON.parse(bytes.toString('utf8')) as RawRecord[];
  if (!Array.isArray(raw)) throw new Error('not a USITC HTS JSON export (expected an array of records)');
  const records: HtsRecord[] = [];
  for (const r of raw) {
    const code = r.htsno ? htsDigits(r.htsno) : undefined;
    if (!code) continue;
    records.push({
      code,
      description: clean(r.description),
      units: (r.units ?? []).map((u) => u.trim()),
      general: clean(r.general),
      special: clean(r.special),
      other: clean(r.other),
      footnotes: (r.footnotes ?? []).map((f) => clean(f.value)).filter((f) => f !== ''),
    });
  }
  return records;
}
