import type { Measure } from '../../measure.js';
import { addedPct, dayBefore, type BuildContext, windowOfText } from '../context.js';
import { codesIn, describedItems } from '../ch99-text.js';

/**
 * Section 301, China (Trade Act of 1974, sec. 301; USTR investigation of China's technology transfer
 * practices). Lists 1, 2, 3 and 4A as chapter 99 headings 9903.88.01-.04 and .15 (U.S. note 20), List
 * 4B suspended (9903.88.16), the List 3 in-transit heading 9903.88.09, USTR's product exclusions
 * (claimed by heading), and the four-year review increases of U.S. note 31 (9903.91.01-.11).
 *
 * Product scope: for 2018-2021 the USITC table of the lines covered (HTS 2020 nomenclature); from
 * 2022 the schedule's own footnotes pointing to each heading in the 2025-2026 revisions, U.S. note
 * 20(g) for the 10-digit List 3 lines, and U.S. note 31 for the review increases.
 */

const USITC_TABLE = 'section301/usitc_china_tariffs_table_2020-01-01.csv';
const USTR_LISTS = 'section301/ustr_lists_hs8_shiota.csv';
const HEADINGS_CSV = 'section301/ch99_9903_88_headings_china.csv';
const HTS2022_FROM = '2022-01-01';

const AUTHORITY = 'Section 301 of the Trade Act of 1974 (19 U.S.C. 2411)';

const LIST3_STEPS = [
  { from: '2018-09-24', until: '2019-05-09', pct: 10, cite: '83 FR 47974 (Sept. 21, 2018)' },
  { from: '2019-05-10', pct: 25, cite: '84 FR 20459 (May 9, 2019)' },
];

/** The lists as the USTR notices set them: rates by entry date (each step cited). */
const LISTS: {
  heading: string;
  list: string;
  note: string;
  steps: { from: string; until?: string; pct: number; cite: string }[];
}[] = [
  { heading: '9903.88.01', list: 'List 1', note: 'U.S. note 20(a)-(b)', steps: [{ from: '2018-07-06', pct: 25, cite: '83 FR 28710 (June 20, 2018)' }] },
  { heading: '9903.88.02', list: 'List 2', note: 'U.S. note 20(c)-(d)', steps: [{ from: '2018-08-23', pct: 25, cite: '83 FR 40823 (Aug. 16, 2018)' }] },
  { heading: '9903.88.03', list: 'List 3', note: 'U.S. note 20(e)-(f)', steps: LIST3_STEPS },
  { heading: '9903.88.04', list: 'List 3 (10-digit lines)', note: 'U.S. note 20(g)', steps: LIST3_STEPS },
  {
    heading: '9903.88.15',
    list: 'List 4A',
    note: 'U.S. note 20(r)-(s)',
    steps: [
      { from: '2019-09-01', until: '2020-02-13', pct: 15, cite: '84 FR 43304 (Aug. 20, 2019), 84 FR 45821 (Aug. 30, 2019)' },
      { from: '2020-02-14', pct: 7.5, cite: '85 FR 3741 (Jan. 22, 2020)' },
    ],
  },
];

/** List 3's rate increase spared goods already on the water (heading 9903.88.09). */
const LIST3_IN_TRANSIT = { exportedBefore: '2019-05-10', enteredBefore: '2019-06-15', until: '2019-06-14', cite: '84 FR 20459 (May 9, 2019), as amended' };

const REVIEW_NOTE_SUBDIVISIONS: Record<string, string> = {
  '9903.91.01': 'b', '9903.91.02': 'c', '9903.91.03': 'd', '9903.91.04': 'e', '9903.91.05': 'f',
  '9903.91.06': 'g', '9903.91.07': 'h', '9903.91.08': 'i', '9903.91.11': 'j',
};

function era1Sets(ctx: BuildContext): Map<string, string> {
  const byHeading = new Map<string, string[]>();
  for (const row of ctx.src.csv(USITC_TABLE, 'USITC table of products covered by the China Section 301 actions (as of 2020-01-01)')) {
    const code = (row.hts_digits ?? '').trim();
    const heading = (row.ch99_heading ?? '').trim();
    if (!/^\d{8}(\d{2})?$/.test(code) || !/^9903\.88\.\d{2}$/.test(heading)) continue;
    const list = byHeading.get(heading) ?? [];
    list.push(code);
    byHeading.set(heading, list);
  }
  const ids = new Map<string, string>();
  for (const [heading, codes] of byHeading) {
    ids.set(heading, ctx.addSet({
      id: `s301:${heading}:hts2017`,
      label: `products of heading ${heading} (USITC table of China Section 301 coverage, HTS 2020 numbers)`,
      entries: codes,
      source: USITC_TABLE,
      curated: false,
    }));
  }
  return ids;
}

/**
 * From 2022 (HTS 2022 nomenclature): the lines the 2025-2026 revisions' footnotes point to the heading,
 * and the USITC table's lines as well (a product moved to a review heading in 2024 lost its footnote,
 * but paid the list duty from 2022 until the move; the stacking table lets the review rate replace it).
 */
function era2Sets(ctx: BuildContext, era1: Map<string, string>): Map<string, string> {
  const ids = new Map<string, string>();
  const old = (heading: string): string[] => (ctx.sets[era1.get(heading) ?? '']?.entries ?? []) as string[];
  const g = ctx.ch99.section(/^\s*\(g\) For the purposes of heading 9903\.88\.04/, /^\s*\(h\) The U\.S\. Trade Representative/);
  const items = describedItems(g.text);
  // U.S. note 20(g) splits some tariff lines at 10 digits: heading 9903.88.04 takes the line except the
  // statistical lines it names, which stay with the list the line's footnote also cites (8517.62.00 is
  // List 3 except 8517.62.0090, which is List 4A). A footnote at 8 digits reaches only those lines.
  const leftBy20g = new Map(items.members.map((m) => [m, items.carveOuts.filter((c) => c.startsWith(m))] as const).filter(([, rest]) => rest.length > 0));
  for (const heading of ['9903.88.01', '9903.88.02', '9903.88.03', '9903.88.15']) {
    const cited = [...new Set([...ctx.citing(heading), ...old(heading)])];
    const entries = [...new Set(cited.flatMap((c) => leftBy20g.get(c) ?? [c]))].sort();
    ids.set(heading, ctx.addSet({
      id: `s301:${heading}:hts2022`,
      label: `products whose schedule footnotes cite heading ${heading} (HTS 2025-2026 revisions), and the USITC table's`,
      entries,
      source: 'footnotes of the 2025-2026 HTS JSON revisions; USITC table of China Section 301 coverage; U.S. note 20(g)',
      curated: false,
    }));
  }
  ids.set('9903.88.04', ctx.addSet({
    id: 's301:9903.88.04:hts2022',
    label: 'products of U.S. note 20(g) (heading 9903.88.04)',
    entries: [...new Set([...items.members, ...old('9903.88.04')])],
    except: items.carveOuts,
    source: 'HTSUS chapter 99, U.S. note 20(g) (2026 Rev. 6)',
    curated: false,
  }));
  return ids;
}

function listMeasures(ctx: BuildContext, era1: Map<string, string>, era2: Map<string, string>): void {
  for (const list of LISTS) {
    const general = ctx.latest(list.heading).general;
    const lastPct = addedPct(general);
    const finalStep = list.steps.at(-1)!;
    if (lastPct !== finalStep.pct) throw new Error(`section 301: heading ${list.heading} reads "${general}", expected + ${finalStep.pct}%`);
    for (const step of list.steps) {
      for (const [products, from, until] of [
        [era1.get(list.heading), step.from, minDate(step.until, '2021-12-31')],
        [era2.get(list.heading), maxDate(step.from, HTS2022_FROM), step.until],
      ] as const) {
        if (!products || (until !== undefined && until < from)) continue;
        const m: Omit<Measure, 'id'> = {
          heading: list.heading,
          program: 'section_301',
          label: `Section 301 China ${list.list}`,
          stacking: 's301_list',
          countries: ['CN'],
          products,
          rate: { kind: 'ad_valorem', ppm: Math.round(step.pct * 10_000) },
          from,
          citation: { note: `${list.note} to subchapter III of chapter 99`, authority: `${AUTHORITY}; ${step.cite}` },
        };
        if (until !== undefined) m.until = until;
        if (list.list.startsWith('List 3') && from === '2019-05-10') {
          m.unlessExportedBefore = { date: LIST3_IN_TRANSIT.exportedBefore, enteredBefore: LIST3_IN_TRANSIT.enteredBefore };
        }
        ctx.add(m);
      }
    }
  }
  // 9903.88.09: List 3 goods exported before May 10, 2019 and entered by June 14, 2019 stay at 10%.
  for (const heading of ['9903.88.03', '9903.88.04']) {
    ctx.add({
      id: `9903.88.09@${heading}`,
      heading: '9903.88.09',
      program: 'section_301',
      label: 'Section 301 China List 3, goods in transit before the increase (10%)',
      stacking: 's301_list',
      countries: ['CN'],
      products: era1.get(heading)!,
      rate: { kind: 'ad_valorem', ppm: 100_000 },
      from: '2019-05-10',
      until: LIST3_IN_TRANSIT.until,
      onlyIfExportedBefore: LIST3_IN_TRANSIT.exportedBefore,
      citation: { note: 'U.S. note 20(l) to subchapter III of chapter 99', authority: `${AUTHORITY}; ${LIST3_IN_TRANSIT.cite}` },
    });
  }
}

function list4b(ctx: BuildContext): void {
  const codes = ctx.src
    .csv(USTR_LISTS, 'USTR Section 301 list annexes (HTS-8, compiled)')
    .filter((r) => r.list === '4B' && /^\d{8}$/.test(r.hts8 ?? ''))
    .map((r) => r.hts8!);
  const products = ctx.addSet({ id: 's301:9903.88.16', label: 'List 4B products (heading 9903.88.16)', entries: codes, source: USTR_LISTS, curated: false });
  ctx.add({
    heading: '9903.88.16',
    program: 'section_301',
    label: 'Section 301 China List 4B (suspended, never collected)',
    stacking: 's301_list',
    countries: ['CN'],
    products,
    rate: { kind: 'none' },
    from: '2019-12-15',
    noticeOnly: true,
    caveat: 'List 4B (15%, scheduled for Dec. 15, 2019) was suspended before it took effect (84 FR 69447, Dec. 18, 2019): no duty',
    citation: { note: 'U.S. note 20(t)-(u) to subchapter III of chapter 99', authority: `${AUTHORITY}; 84 FR 69447 (Dec. 18, 2019)` },
  });
}

/**
 * The four-year review increases (U.S. note 31), windows and rates as the headings state them.
 * Product scope: the note's lists as the 2026 text prints them, and the lines the 2025-2026
 * revisions' footnotes point to each heading where the note has no 10-digit detail under them (a
 * product that moved between headings, like medical gloves from 9903.91.05 in 2025 to 9903.91.08 in
 * 2026, keeps its earlier heading). A product is under one review heading at a time: the later one wins.
 */
function reviewMeasures(ctx: BuildContext): void {
  const noted = new Map<string, string[]>();
  for (const [heading, sub] of Object.entries(REVIEW_NOTE_SUBDIVISIONS)) {
    const section = ctx.ch99.section(new RegExp(`Heading ${heading.replace(/\./g, '\\.')} applies`), new RegExp(`^\\s*\\(${nextSubdivision(sub)}\\)`));
    noted.set(heading, [...new Set(codesIn(section.text))]);
  }
  const allNoted = [...noted.values()].flat();
  const detailed = (code: string): boolean => allNoted.some((c) => c.length > code.length && c.startsWith(code));
  for (const [heading, sub] of Object.entries(REVIEW_NOTE_SUBDIVISIONS)) {
    const span = ctx.latest(heading);
    const pct = addedPct(span.general);
    const window = windowOfText(span.description);
    if (pct === undefined || !window.from) throw new Error(`section 301: cannot read rate or window of ${heading} ("${span.general}")`);
    // A footnote that points a tariff line to a list heading and to this one splits the line at 10
    // digits in a way the data does not say: such lines are left to the list, and answered indeterminate.
    const cited = ctx.citing(heading).filter((c) => !detailed(c) && !noted.get(heading)!.includes(c));
    const split = cited.filter((c) => LISTS.some((l) => ctx.citing(l.heading).includes(c)));
    const codes = [...new Set([...noted.get(heading)!, ...cited.filter((c) => !split.includes(c))])];
    const products = ctx.addSet({
      id: `s301:${heading}`,
      label: `products of U.S. note 31(${sub}) (heading ${heading})`,
      entries: codes,
      source: `HTSUS chapter 99, U.S. note 31(${sub}) (2026 Rev. 6); footnotes of the 2025-2026 HTS JSON revisions`,
      curated: false,
    });
    const m: Omit<Measure, 'id'> = {
      heading,
      program: 'section_301',
      label: `Section 301 China four-year review increase (${pct}%)`,
      stacking: 's301_review',
      countries: ['CN'],
      products,
      rate: { kind: 'ad_valorem', ppm: Math.round(pct * 10_000) },
      from: window.from,
      group: 's301_review',
      priority: Number(window.from.replace(/-/g, '')),
      citation: { note: `U.S. note 31(${sub}) to subchapter III of chapter 99`, authority: `${AUTHORITY}; 89 FR 76581 (Sept. 18, 2024)` },
    };
    if (window.until) m.until = window.until;
    ctx.add(m);
    // Until a later review heading takes the whole tariff line (8507.60.00 under 9903.91.06 from 2026).
    const byEnd = new Map<string, string[]>();
    for (const code of split) {
      const later = Object.keys(REVIEW_NOTE_SUBDIVISIONS).find((h) => h !== heading && noted.get(h)!.some((c) => code.startsWith(c)));
      const end = later ? dayBefore(windowOfText(ctx.latest(later).description).from ?? '9999-12-31') : '';
      byEnd.set(end, [...(byEnd.get(end) ?? []), code]);
    }
    for (const [end, entries] of byEnd) {
      const uncertain = ctx.addSet({ id: `s301:${heading}:split${end ? `:${end}` : ''}`, label: `lines the schedule points both to a list and to heading ${heading}`, entries, source: 'footnotes of the 2025-2026 HTS JSON revisions', curated: false });
      const notice: Omit<Measure, 'id'> & { id: string } = {
        ...m,
        id: `${heading}@${window.from}:split${end ? `:${end}` : ''}`,
        products: uncertain,
        rate: { kind: 'none' },
        noticeOnly: true,
        caveat: `the schedule's footnotes point some statistical lines of this tariff line to heading ${heading} (${pct}%) and others to a Section 301 list, without saying which`,
        quotaDependent: `the schedule's footnotes point some statistical lines of this tariff line to heading ${heading} (${pct}%) and others to a Section 301 list without saying which, and U.S. note 31 as the data has it (2026 text) does not list them: the list duty is shown`,
      };
      delete notice.group;
      delete notice.priority;
      if (end) notice.until = end;
      ctx.add(notice);
    }
  }
}

function nextSubdivision(sub: string): string {
  return String.fromCharCode(sub.charCodeAt(0) + 1);
}

/**
 * USTR's product exclusions, claimed by heading: each relieves the list headings whose text names it
 * ("Except as provided in headings 9903.88.05, ..."). Windows from the heading's own text where it
 * states one, else from the compiled table of headings; product scope from the schedule's footnotes
 * where they point to the exclusion, else the relieved lists' products (the exclusion's product
 * description is then taken as claimed).
 */
function exclusions(ctx: BuildContext, era1: Map<string, string>, era2: Map<string, string>): void {
  const relievedBy = new Map<string, string[]>();
  for (const list of LISTS) {
    const text = ctx.latest(list.heading).description;
    const except = /Except as provided in headings? (.+?),? articles the product/.exec(text);
    for (const h of except?.[1]?.match(/9903\.88\.\d{2}/g) ?? []) {
      relievedBy.set(h, [...(relievedBy.get(h) ?? []), list.heading]);
    }
  }
  const compiled = new Map(ctx.src.csv(HEADINGS_CSV, 'chapter 99 headings of the China Section 301 actions (compiled)').map((r) => [r.heading ?? '', r]));
  if (relievedBy.size === 0) throw new Error('section 301: no exclusion heading read from the list headings');
  for (const [heading, relieves] of relievedBy) {
    const spans = ctx.heading(heading);
    const text = spans.at(-1)?.description ?? '';
    let window = windowOfText(text);
    if (!window.from) {
      const m = /(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})/.exec(compiled.get(heading)?.entry_window ?? '');
      if (m) window = { from: m[1]!, until: m[2]! };
    }
    const footnoted = ctx.citing(heading);
    const windowKnown = window.from !== undefined;
    for (const [era, from, until] of [[era1, '2018-07-06', '2021-12-31'], [era2, HTS2022_FROM, undefined]] as const) {
      const wFrom = maxDate(window.from ?? from, from);
      const wUntil = minDate(window.until, until);
      if (wUntil !== undefined && wUntil < wFrom) continue;
      // Where the schedule's footnotes point to the exclusion, they name its lines; otherwise any line
      // may claim it, and it relieves only the list duties it names (the description is taken as claimed).
      const described = footnoted.length > 0 && era === era2;
      const products = described
        ? (ctx.sets[`s301x:${heading}`]?.id ?? ctx.addSet({ id: `s301x:${heading}`, label: `products whose footnotes cite exclusion heading ${heading}`, entries: footnoted, source: 'footnotes of the 2025-2026 HTS JSON revisions', curated: false }))
        : 'all';
      const m: Omit<Measure, 'id'> & { id: string } = {
        id: `${heading}@${wFrom}`,
        heading,
        program: 'section_301',
        label: `Section 301 product exclusion (${heading})`,
        stacking: 's301_list',
        countries: ['CN'],
        products,
        rate: { kind: 'none' },
        from: wFrom,
        exclusion: { relieves },
        citation: { note: `U.S. note 20 to subchapter III of chapter 99 (exclusion heading ${heading})`, authority: `${AUTHORITY}; USTR exclusion notices` },
        caveat: windowKnown ? 'the exclusion covers the products its note describes; the description is taken as claimed' : 'the validity window of this exclusion is not in the data; the claim is accepted as made',
      };
      if (wUntil !== undefined) m.until = wUntil;
      ctx.add(m);
    }
  }
}

function minDate(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function buildSection301(ctx: BuildContext): void {
  const era1 = era1Sets(ctx);
  const era2 = era2Sets(ctx, era1);
  listMeasures(ctx, era1, era2);
  list4b(ctx);
  reviewMeasures(ctx);
  exclusions(ctx, era1, era2);
}
