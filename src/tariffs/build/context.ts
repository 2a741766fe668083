import { formatHts } from '../hts.js';
import type { Measure, MeasureRate, ProductSet } from '../measure.js';
import { Ch99Text } from './ch99-text.js';
import type { SourceFolder } from './files.js';
import type { ScheduleEdition } from './schedule.js';

const CHANGE_ITEMS = '2025-2026/ch99/usitc_hts_change_record_items_2025_2026.csv';

/**
 * What the program builders share: the source folder, the schedule editions (for footnotes and the
 * chapter 99 headings' texts by revision), the chapter 99 notes, and the product sets and measures
 * built so far.
 */

export interface HeadingSpan {
  edition: string;
  published: string;
  general: string;
  description: string;
}

export class BuildContext {
  readonly sets: Record<string, ProductSet> = {};
  readonly measures: Measure[] = [];
  readonly notModelled: string[] = [];
  private ch99Text?: Ch99Text;
  private headingSpans?: Map<string, HeadingSpan[]>;
  private footnoteIndex?: Map<string, Set<string>>;
  private changes?: Map<string, { revision: string; nature: string; date: string }[]>;

  constructor(readonly src: SourceFolder, readonly editions: ScheduleEdition[]) {}

  get ch99(): Ch99Text {
    this.ch99Text ??= new Ch99Text(this.src);
    return this.ch99Text;
  }

  /** Every text a chapter 99 heading had in the 2025-2026 revisions, in order (identical spans merged). */
  heading(code: string): HeadingSpan[] {
    if (!this.headingSpans) {
      const spans = new Map<string, HeadingSpan[]>();
      for (const e of this.editions) {
        for (const [digits, description] of e.descriptions) {
          if (digits.length !== 8) continue;
          const heading = formatHts(digits);
          const general = e.lines.get(digits)?.[0] ?? '';
          const list = spans.get(heading) ?? [];
          const last = list.at(-1);
          if (!last || last.general !== general || last.description !== description) {
            list.push({ edition: e.edition.id, published: e.edition.from, general, description });
          }
          spans.set(heading, list);
        }
      }
      this.headingSpans = spans;
    }
    return this.headingSpans.get(code) ?? [];
  }

  /** The latest text of a heading; throws when the data never had it. */
  latest(code: string): HeadingSpan {
    const last = this.heading(code).at(-1);
    if (!last) throw new Error(`tariff build: heading ${code} is in no HTS revision of the data`);
    return last;
  }

  /**
   * HTS numbers (8 or 10 digits) whose footnotes in any 2025-2026 revision cite a chapter 99
   * heading: the schedule's own pointers to the measures that reach a line.
   */
  citing(heading: string): string[] {
    if (!this.footnoteIndex) {
      const index = new Map<string, Set<string>>();
      for (const e of this.editions) {
        for (const [code, notes] of e.footnotes) {
          if (code.startsWith('99')) continue;
          for (const note of notes) {
            for (const m of note.matchAll(/9903\.\d{2}\.\d{2}/g)) {
              const set = index.get(m[0]) ?? new Set<string>();
              set.add(code);
              index.set(m[0], set);
            }
          }
        }
      }
      this.footnoteIndex = index;
    }
    return [...(this.footnoteIndex.get(heading) ?? [])].sort();
  }

  /**
   * The official change records' items for a heading (revision, nature, legal effective date), in
   * order. The one misprint of the records ("June 30, 3025" in 2025 Rev 16) is read as 2025.
   */
  changeRecord(heading: string): { revision: string; nature: string; date: string }[] {
    if (!this.changes) {
      const changes = new Map<string, { revision: string; nature: string; date: string }[]>();
      for (const row of this.src.csv(CHANGE_ITEMS, 'USITC HTS change records 2025 Basic to 2026 Rev 9, items with effective dates (official)')) {
        const item = (row.item ?? '').trim();
        const date = (row.effective_date ?? '').replace(/^3025-/, '2025-');
        if (!/^9903\.\d{2}\.\d{2}$/.test(item) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
        const list = changes.get(item) ?? [];
        list.push({ revision: row.revision ?? '', nature: row.nature ?? '', date });
        changes.set(item, list);
      }
      this.changes = changes;
    }
    return this.changes.get(heading) ?? [];
  }

  /** The legal date a heading took effect, from its change record ("Added"); throws when the records lack it. */
  addedOn(heading: string): string {
    const added = this.changeRecord(heading).find((c) => /^Added/i.test(c.nature));
    if (!added) throw new Error(`tariff build: no "Added" change record for heading ${heading}`);
    return added.date;
  }

  /**
   * A curated list's 10-digit number as the schedule knows it: the lists pad an 8-digit tariff line
   * with "00" (0901210000 for 0901.21.00, whose statistical lines are 0901.21.0015 and so on), so a
   * padded number that no edition has as a statistical line stands for the whole tariff line.
   */
  tariffLineOfPadded(code: string): string {
    if (code.length !== 10 || !code.endsWith('00')) return code;
    return this.editions.some((e) => e.lines.has(code)) ? code : code.slice(0, 8);
  }

  addSet(set: ProductSet): string {
    if (set.entries.length === 0) throw new Error(`tariff build: product set ${set.id} (${set.label}) is empty`);
    this.sets[set.id] = set;
    return set.id;
  }

  add(measure: Omit<Measure, 'id'> & { id?: string }): void {
    const id = measure.id ?? `${measure.heading}@${measure.from}`;
    if (this.measures.some((m) => m.id === id)) throw new Error(`tariff build: measure ${id} defined twice`);
    this.measures.push({ ...measure, id });
  }
}

const MONTHS: Record<string, string> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06', july: '07', august: '08',
  september: '09', october: '10', november: '11', december: '12',
};

/** "September 27, 2024" -> 2024-09-27. */
export function isoOfWords(text: string): string | undefined {
  const m = /([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})/.exec(text);
  if (!m) return undefined;
  const month = MONTHS[m[1]!.toLowerCase()];
  return month ? `${m[3]}-${month}-${m[2]!.padStart(2, '0')}` : undefined;
}

const DATE_WORDS = String.raw`([A-Z][a-z]+\s+\d{1,2},\s*\d{4})`;
const TIME = String.raw`(?:12:0[01]\s*a\.m\.[^,;]*?(?:time)?\s*(?:on\s+)?)?`;

/** The entry-date window a heading's description states ("on or after X", "and before Y", "through Z"). */
export function windowOfText(text: string): { from?: string; until?: string } {
  const out: { from?: string; until?: string } = {};
  const from = new RegExp(`on or after\\s+${TIME}${DATE_WORDS}`).exec(text);
  if (from) out.from = isoOfWords(from[1]!);
  const through = new RegExp(`through\\s+${DATE_WORDS}`).exec(text);
  const before = new RegExp(`(?:and|,)\\s+before\\s+${TIME}${DATE_WORDS}`).exec(text);
  if (through) out.until = isoOfWords(through[1]!);
  else if (before) {
    const iso = isoOfWords(before[1]!);
    if (iso) out.until = dayBefore(iso);
  }
  return out;
}

export function dayBefore(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The ad valorem rate a heading adds ("... + 25%", "+ a duty of 50% upon the value of the steel content"). */
export function addedPct(general: string): number | undefined {
  const m = /(?:\+|\bplus)\s*(?:a duty of\s*)?(\d+(?:\.\d+)?)\s*%/.exec(general);
  return m ? Number(m[1]) : undefined;
}

/**
 * The rate a heading's column 1 text states: "+ N%" (or "plus N%") is added to column 1; "N%" alone
 * is the all-in rate of a deal (column 1 and the heading together), reported as `atOrAbove` when
 * column 1 alone reaches it.
 */
export function rateOfGeneral(heading: string, general: string, atOrAbove: string): MeasureRate {
  const added = addedPct(general);
  if (added !== undefined) return { kind: 'ad_valorem', ppm: Math.round(added * 10_000) };
  const allIn = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(general);
  if (allIn) return { kind: 'top_up', ppm: Math.round(Number(allIn[1]) * 10_000), headingAtOrAbove: atOrAbove };
  throw new Error(`tariff build: cannot read the rate of heading ${heading} ("${general}")`);
}
