import type { Edition } from '../pack.js';
import type { SourceFolder } from './files.js';
import { parseHtsJson } from './usitc-hts-json.js';
import { tariffDatabaseLines } from './usitc-tariff-database.js';

/**
 * The schedule by date: the USITC annual tariff databases for the years the data has no revisions of,
 * then every HTS revision of 2025 and 2026 from its publication date. Identical revision files are
 * read once; the one mislabelled file is named for what it holds.
 */

const TDB_2017 = 'hts/usitc_tariff_database_2017.csv.gz';
const TDB_2024 = '2025-2026/usitc_tariff_database_202405.csv.gz';
const REVISION_INDEX = '2025-2026/usitc_hts_revision_index_2025_2026.csv';

/** What the revision index cannot say, from the folder's MANIFEST (official dates and doubts). */
const REVISION_FACTS: Record<string, { from?: string; note?: string }> = {
  '2026_rev_5': {
    note: 'the file published as 2026 Rev 5 holds Rev 7 content (byte-identical to 2026 Rev 7, whose corrections are retroactive to April 6, 2026)',
  },
  // No change record for Rev 10 is in the data; it implements Proclamation 11032, in force from June 8, 2026.
  '2026_rev_10': { from: '2026-06-08' },
};

export interface ScheduleEdition {
  edition: Edition;
  /** code -> [general, special, other] rate texts of this edition. */
  lines: Map<string, [string, string, string]>;
  /** code -> footnote texts (HTS revisions only). */
  footnotes: Map<string, string[]>;
  /** code -> description (HTS revisions only, chapter 99 headings included). */
  descriptions: Map<string, string>;
}

function revisionLabel(id: string): string {
  const m = /^(\d{4})_(basic|rev_(\d+))$/.exec(id);
  if (!m) return id;
  return m[2] === 'basic' ? `HTS ${m[1]} Basic Edition` : `HTS ${m[1]} Revision ${m[3]}`;
}

function databaseEdition(src: SourceFolder, file: string, id: string, label: string, from: string, note: string): ScheduleEdition {
  const lines = new Map<string, [string, string, string]>();
  for (const line of tariffDatabaseLines(src.csv(file, `${label} (HTS-8 rates)`))) {
    lines.set(line.code, [line.general, line.special, line.other]);
  }
  return { edition: { id, label, from, source: file, note }, lines, footnotes: new Map(), descriptions: new Map() };
}

export function readEditions(src: SourceFolder): ScheduleEdition[] {
  const editions: ScheduleEdition[] = [
    databaseEdition(src, TDB_2017, 'tdb_2017', 'USITC tariff database 2017', '2017-01-01',
      'the 2018-2021 schedules are not in the data: the 2017 annual database (HTS 2017 nomenclature) stands in for them'),
    databaseEdition(src, TDB_2024, 'tdb_2024', 'USITC tariff database 2024 (May 2024)', '2022-01-01',
      'the 2022-2024 schedules are not in the data: the May 2024 annual database (HTS 2022 nomenclature) stands in for them'),
  ];
  const byHash = new Map<string, ScheduleEdition>();
  for (const row of src.csv(REVISION_INDEX, 'HTS revision index (publication dates)')) {
    const id = row.revision ?? '';
    const facts = REVISION_FACTS[id] ?? {};
    const from = facts.from ?? row.change_record_publication_date ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new Error(`revision index: no publication date for ${id}`);
    const file = `2025-2026/hts-json/hts_${id}.json.gz`;
    const edition: Edition = { id, label: revisionLabel(id), from, source: file };
    if (facts.note) edition.note = facts.note;
    const hash = row.json_sha256 ?? '';
    const same = hash ? byHash.get(hash) : undefined;
    if (same) {
      src.bytes(file, `${edition.label} (identical to ${same.edition.label})`);
      editions.push({ ...same, edition });
      continue;
    }
    const lines = new Map<string, [string, string, string]>();
    const footnotes = new Map<string, string[]>();
    const descriptions = new Map<string, string>();
    for (const r of parseHtsJson(src.bytes(file, `${edition.label} (official USITC HTS JSON)`))) {
      if (r.code.length >= 8) lines.set(r.code, [r.general, r.special, r.other]);
      if (r.footnotes.length > 0) footnotes.set(r.code, r.footnotes);
      if (r.code.startsWith('99')) descriptions.set(r.code, r.description);
    }
    const parsed: ScheduleEdition = { edition, lines, footnotes, descriptions };
    if (hash) byHash.set(hash, parsed);
    editions.push(parsed);
  }
  editions.sort((a, b) => (a.edition.from < b.edition.from ? -1 : a.edition.from > b.edition.from ? 1 : 0));
  return editions;
}

/** Marks a span where the code does not exist (discontinued, or not yet created). */
export const ABSENT = -2;

/** Lines as spans over editions, rate texts interned (see PackBody.lines). */
export function scheduleLines(editions: ScheduleEdition[]): { texts: string[]; lines: Record<string, number[]> } {
  const texts: string[] = [];
  const index = new Map<string, number>();
  const intern = (t: string): number => {
    if (t === '') return -1;
    let i = index.get(t);
    if (i === undefined) {
      i = texts.length;
      texts.push(t);
      index.set(t, i);
    }
    return i;
  };
  const lines: Record<string, number[]> = {};
  editions.forEach((e, ei) => {
    for (const [code, [general, special, other]] of e.lines) {
      if (code.startsWith('99')) continue;
      const g = intern(general);
      const s = intern(special);
      const o = intern(other);
      const spans = (lines[code] ??= []);
      const n = spans.length;
      if (n > 0 && spans[n - 3] === g && spans[n - 2] === s && spans[n - 1] === o) continue;
      spans.push(ei, g, s, o);
    }
    // A code absent from this edition does not exist in it: close its span.
    for (const code of Object.keys(lines)) {
      if (e.lines.has(code)) continue;
      const spans = lines[code]!;
      const n = spans.length;
      if (n > 0 && spans[n - 3] !== ABSENT) spans.push(ei, ABSENT, ABSENT, ABSENT);
    }
  });
  return { texts, lines };
}
