import { euMembers } from '../../countries.js';
import { htsDigits } from '../../hts.js';
import type { Measure, StackingClass } from '../../measure.js';
import { addedPct, rateOfGeneral, type BuildContext } from '../context.js';
import { listCodesIn } from '../ch99-text.js';

/**
 * Section 232 beyond steel and aluminum, 2025-2026: passenger vehicles and light trucks and their
 * parts (U.S. note 33, with the United Kingdom, Japan, EU, Korea and Taiwan deals), copper (note 36,
 * until the April 2026 annexes took it in), timber, lumber, upholstered furniture and cabinets (note
 * 37), medium- and heavy-duty vehicles, buses and parts (note 38) and semiconductors (note 39).
 *
 * Rates are read from the headings of the HTS revisions; dates from the official change records;
 * product lists from the notes where the chapter 99 text prints them as lists, and from the Budget
 * Lab tracker's curated lists for copper and semiconductors (labelled curated).
 */

const AUTHORITY = 'Section 232 of the Trade Expansion Act of 1962 (19 U.S.C. 1862)';
const CURATED_DIR = '2025-2026/scope-lists/arifshehab_tariff_rate_tracker/resources';
const CURATED_NAME = 'Budget Lab tariff-rate-tracker (arifshehab fork), MIT';
const COPPER_IN_ANNEX = '2026-04-05';

interface Heading {
  heading: string;
  label: string;
  set: string;
  stacking: StackingClass;
  note: string;
  cite: string;
  countries?: string[] | 'all';
  exceptCountries?: string[];
  from?: string;
  until?: string;
  usmca?: 'exempt' | 'only';
  group?: string;
  priority?: number;
  curated?: boolean;
  caveat?: string;
  quotaDependent?: string;
  /** For a "15%" all-in heading: the companion heading reported when column 1 alone reaches 15%. */
  atOrAbove?: string;
}

/** A heading as the revisions print it: "+ N%" is added to column 1, "N%" alone is the all-in rate. */
function addHeading(ctx: BuildContext, h: Heading): void {
  const rate = rateOfGeneral(h.heading, ctx.latest(h.heading).general, h.atOrAbove ?? h.heading);
  const m: Omit<Measure, 'id'> = {
    heading: h.heading,
    program: 'section_232',
    label: h.label,
    stacking: h.stacking,
    countries: h.countries ?? 'all',
    products: h.set,
    rate,
    from: h.from ?? ctx.addedOn(h.heading),
    citation: { note: `${h.note} to subchapter III of chapter 99`, authority: `${AUTHORITY}; ${h.cite}` },
  };
  if (h.until) m.until = h.until;
  if (h.exceptCountries?.length) m.exceptCountries = h.exceptCountries;
  if (h.usmca === 'exempt') m.usmcaExempt = true;
  if (h.usmca === 'only') m.onlyIfUsmca = true;
  if (h.group) {
    m.group = h.group;
    m.priority = h.priority ?? 1;
  }
  if (h.curated) m.curatedScope = CURATED_NAME;
  if (h.caveat) m.caveat = h.caveat;
  if (h.quotaDependent) m.quotaDependent = h.quotaDependent;
  ctx.add({ ...m, id: `${h.heading}@${m.from}:${h.set}${h.countries && h.countries !== 'all' ? `:${h.countries[0]}` : ''}` });
}

function noteList(ctx: BuildContext, id: string, label: string, start: RegExp, end: RegExp, note: string): string {
  const codes = [...new Set(listCodesIn(ctx.ch99.section(start, end).text))];
  return ctx.addSet({ id, label, entries: codes, source: `HTSUS chapter 99, ${note} (2026 Rev. 6)`, curated: false });
}

function curatedList(ctx: BuildContext, id: string, label: string, file: string, column: string, filter?: (code: string) => boolean): string {
  const codes = ctx.src
    .csv(`${CURATED_DIR}/${file}`, `${label}, curated`, true)
    .flatMap((r) => {
      const d = htsDigits(r[column] ?? '');
      return d && (!filter || filter(d)) ? [d] : [];
    });
  return ctx.addSet({ id, label, entries: [...new Set(codes)], source: `${CURATED_DIR}/${file}`, curated: true });
}

const DEALS_15 = (eu: string[]): { country: string[]; vehicles: string[]; parts: string[]; note: string; cite: string }[] => [
  { country: ['JP'], vehicles: ['9903.94.40', '9903.94.41'], parts: ['9903.94.42', '9903.94.43'], note: 'U.S. note 33(k)-(m)', cite: 'EO 14345 (Sept. 4, 2025), US-Japan agreement' },
  { country: eu, vehicles: ['9903.94.50', '9903.94.51'], parts: ['9903.94.52', '9903.94.53'], note: 'U.S. note 33(m)-(o)', cite: 'US-EU framework agreement, 90 FR 46897 (Sept. 25, 2025)' },
  { country: ['KR'], vehicles: ['9903.94.60', '9903.94.61'], parts: ['9903.94.62', '9903.94.63'], note: 'U.S. note 33(m), (s)-(t)', cite: 'US-Korea agreement, notice of Dec. 2025' },
];

function vehicles(ctx: BuildContext): void {
  const cars = noteList(ctx, 's232:autos', 'passenger vehicles and light trucks of U.S. note 33(b)', /\(b\) The rates of duty set forth in headings 9903\.94\.01/, /\(c\) Heading 9903\.94\.02 applies/, 'U.S. note 33(b)');
  const listed = noteList(ctx, 's232:auto-parts:listed', 'provisions listed in U.S. note 33(g)', /\(g\) Subject to a manufacturer's import adjustment offset/, /\(h\) Heading 9903\.94\.06 applies/, 'U.S. note 33(g)');
  // Whole headings in the list (8471) are dual-use: the duty reaches only goods that are automobile
  // parts, which the entry line does not say; the engine takes them as not parts, and says so.
  const all = ctx.sets[listed]!.entries as string[];
  const parts = ctx.addSet({ ...ctx.sets[listed]!, id: 's232:auto-parts', label: 'automobile parts of U.S. note 33(g)', entries: all.filter((c) => c.length > 4) });
  const dualUse = all.filter((c) => c.length === 4);
  if (dualUse.length > 0) {
    const set = ctx.addSet({ ...ctx.sets[listed]!, id: 's232:auto-parts:dual-use', label: 'whole headings listed in U.S. note 33(g)', entries: dualUse });
    ctx.add({
      heading: '9903.94.05', program: 'section_232', label: 'Section 232 automobile parts (dual-use headings)', stacking: 's232_auto', countries: 'all', products: set,
      rate: { kind: 'none' }, from: ctx.addedOn('9903.94.05'), noticeOnly: true,
      caveat: `U.S. note 33(g) lists the whole heading ${dualUse.map((c) => c).join(', ')}: the 25% applies only to goods that are automobile parts; the engine takes this line as not an automobile part`,
      citation: { note: 'U.S. note 33(g) to subchapter III of chapter 99', authority: `${AUTHORITY}; Proc. 10908` },
    });
  }
  delete ctx.sets[listed];
  const p10908 = 'Proc. 10908 (90 FR 14705, Apr. 3, 2025)';
  const eu = euMembers('2025-08-01');
  addHeading(ctx, { heading: '9903.94.01', label: 'Section 232 passenger vehicles and light trucks (25%)', set: cars, stacking: 's232_auto', note: 'U.S. note 33(a)-(b)', cite: p10908, usmca: 'exempt', group: 's232_vehicles' });
  addHeading(ctx, {
    heading: '9903.94.03', label: 'Section 232 vehicles qualifying under USMCA, on the non-U.S. content', set: cars, stacking: 's232_auto', note: 'U.S. note 33(d)', cite: p10908,
    countries: ['CA', 'MX'], from: '2025-04-03', usmca: 'only', group: 's232_vehicles',
    quotaDependent: 'for USMCA vehicles the 25% applies to the value of the non-U.S. content once Commerce approves the U.S. content; the U.S. content is not in the entry line (the duty shown is on the whole value)',
  });
  addHeading(ctx, { heading: '9903.94.05', label: 'Section 232 automobile parts (25%)', set: parts, stacking: 's232_auto', note: 'U.S. note 33(f)-(h)', cite: p10908, usmca: 'exempt', group: 's232_parts' });
  addHeading(ctx, {
    heading: '9903.94.31', label: 'Section 232 passenger vehicles of the United Kingdom, within the quota (7.5%)', set: cars, stacking: 's232_auto', note: 'U.S. note 33(i)', cite: 'Proc. 10954 (90 FR 27851, June 30, 2025)',
    countries: ['GB'], from: '2025-06-30', group: 's232_vehicles', priority: 2,
    quotaDependent: 'the UK rate applies to an annual quota of 100,000 vehicles; above it heading 9903.94.01 (25%) applies, and quota fill is not in the data',
  });
  addHeading(ctx, { heading: '9903.94.32', label: 'Section 232 automobile parts of the United Kingdom (10% all-in)', set: parts, stacking: 's232_auto', note: 'U.S. note 33(j)', cite: 'Proc. 10954 (90 FR 27851, June 30, 2025)', countries: ['GB'], from: '2025-06-30', group: 's232_parts', priority: 2 });
  for (const deal of DEALS_15(eu)) {
    addHeading(ctx, { heading: deal.vehicles[1]!, atOrAbove: deal.vehicles[0]!, label: 'Section 232 vehicles under the 15% all-in deal', set: cars, stacking: 's232_auto', note: deal.note, cite: deal.cite, countries: deal.country, group: 's232_vehicles', priority: 2 });
    addHeading(ctx, { heading: deal.parts[1]!, atOrAbove: deal.parts[0]!, label: 'Section 232 automobile parts under the 15% all-in deal', set: parts, stacking: 's232_auto', note: deal.note, cite: deal.cite, countries: deal.country, group: 's232_parts', priority: 2 });
  }
  addHeading(ctx, { heading: '9903.94.67', atOrAbove: '9903.94.66', label: 'Section 232 automobile parts of Taiwan (15% all-in)', set: parts, stacking: 's232_auto', note: 'U.S. note 33(u)', cite: 'US-Taiwan agreement (2026)', countries: ['TW'], group: 's232_parts', priority: 2 });

  const trucks = noteList(ctx, 's232:mhd', 'medium- and heavy-duty vehicles of U.S. note 38(b)', /\(b\) The rate of duty set forth in heading 9903\.74\.01/, /\(c\) Heading 9903\.74\.02 applies/, 'U.S. note 38(b)');
  const buses = noteList(ctx, 's232:buses', 'buses of U.S. note 38(c)', /\(c\) Heading 9903\.74\.02 applies/, /\(d\) Heading 9903\.74\.03 applies/, 'U.S. note 38(c)');
  const mhdParts = noteList(ctx, 's232:mhd-parts', 'medium- and heavy-duty vehicle parts of U.S. note 38(i)', /\(i\) The rates of duty set forth in heading 9903\.74\.08/, /\(j\) Heading 9903\.74\.09 applies/, 'U.S. note 38(i)');
  const p10984 = 'Proc. 10984 (90 FR 48451, Oct. 17, 2025)';
  addHeading(ctx, { heading: '9903.74.01', label: 'Section 232 medium- and heavy-duty vehicles (25%)', set: trucks, stacking: 's232_mhd', note: 'U.S. note 38(a)-(b)', cite: p10984, usmca: 'exempt' });
  addHeading(ctx, {
    heading: '9903.74.03', label: 'Section 232 medium- and heavy-duty vehicles qualifying under USMCA, on the non-U.S. content', set: trucks, stacking: 's232_mhd', note: 'U.S. note 38(d)', cite: p10984,
    countries: ['CA', 'MX'], from: '2025-11-01', usmca: 'only',
    quotaDependent: 'for USMCA vehicles the 25% applies to the value of the non-U.S. content once Commerce approves the U.S. content; the U.S. content is not in the entry line (the duty shown is on the whole value)',
  });
  addHeading(ctx, { heading: '9903.74.02', label: 'Section 232 buses (10%)', set: buses, stacking: 's232_mhd', note: 'U.S. note 38(a), (c)', cite: p10984, from: '2025-11-01' });
  addHeading(ctx, { heading: '9903.74.08', label: 'Section 232 medium- and heavy-duty vehicle parts (25%)', set: mhdParts, stacking: 's232_mhd', note: 'U.S. note 38(h)-(i)', cite: p10984, usmca: 'exempt', from: '2025-11-01' });
}

function wood(ctx: BuildContext): void {
  const timber = noteList(ctx, 's232:softwood', 'softwood timber and lumber of U.S. note 37(b)', /\(b\) The rates of duty set forth in heading 9903\.76\.01/, /\(c\) Heading 9903\.76\.02 provides/, 'U.S. note 37(b)');
  const upholstered = noteList(ctx, 's232:upholstered', 'upholstered wooden furniture of U.S. note 37(d)', /\(d\) The rates of duty set forth in headings 9903\.76\.02/, /\(e\) Except for as provided by 9903\.76\.04/, 'U.S. note 37(d)');
  const cabinets = noteList(ctx, 's232:cabinets', 'kitchen cabinets and vanities of U.S. note 37(f)', /\(f\) Except for as provided by 9903\.76\.04, the rates/, /\(g\) Heading 9903\.76\.04 applies/, 'U.S. note 37(f)');
  const cite = 'Proc. 10976 (90 FR 47021, Sept. 29, 2025)';
  const deals: [string, string[], string][] = [
    ['9903.76.20', ['GB'], 'U.S. note 37(h)'],
    ['9903.76.21', ['JP'], 'U.S. note 37(i)'],
    ['9903.76.22', euMembers('2025-10-14'), 'U.S. note 37(j)'],
    ['9903.76.23', ['KR'], 'U.S. note 37(l)'],
    ['9903.76.24', ['TW'], 'U.S. note 37'],
  ];
  addHeading(ctx, { heading: '9903.76.01', label: 'Section 232 softwood timber and lumber (10%)', set: timber, stacking: 's232_wood', note: 'U.S. note 37(a)-(b)', cite });
  for (const [heading, set, what, note] of [['9903.76.02', upholstered, 'upholstered wooden furniture', 'U.S. note 37(c)-(d)'], ['9903.76.03', cabinets, 'kitchen cabinets and vanities', 'U.S. note 37(e)-(f)']] as const) {
    addHeading(ctx, {
      heading, label: `Section 232 ${what} (25%)`, set, stacking: 's232_wood', note, cite, group: `s232_${heading}`,
      caveat: heading === '9903.76.03' ? 'products of these numbers other than wooden cabinets and vanities enter under heading 9903.76.04 without the duty (not decided by the engine)' : undefined,
    });
    for (const [deal, countries, dealNote] of deals) {
      addHeading(ctx, { heading: deal, label: `Section 232 ${what} under a country agreement`, set, stacking: 's232_wood', note: dealNote, cite, countries, group: `s232_${heading}`, priority: 2 });
    }
  }
}

function copperAndChips(ctx: BuildContext): void {
  const copperWhole = curatedList(ctx, 's232:copper:74', 'semi-finished copper of U.S. note 36(b) (chapter 74)', 's232_copper_products.csv', 'hts10', (c) => c.startsWith('74'));
  const copperContent = curatedList(ctx, 's232:copper:other', 'intensive copper derivatives of U.S. note 36(b) (outside chapter 74)', 's232_copper_products.csv', 'hts10', (c) => !c.startsWith('74'));
  const general = ctx.latest('9903.78.01').general;
  const pct = addedPct(general);
  if (pct !== 50) throw new Error(`section 232: heading 9903.78.01 reads "${general}", expected 50% on the copper content`);
  for (const [set, whole] of [[copperWhole, true], [copperContent, false]] as const) {
    ctx.add({
      id: `9903.78.01@${set}`,
      heading: '9903.78.01',
      program: 'section_232',
      label: 'Section 232 copper (50% of the copper content)',
      stacking: 's232_copper',
      countries: 'all',
      products: set,
      rate: { kind: 'metal_content', ppm: 500_000, metal: 'copper', wholeIfUndeclared: whole },
      from: ctx.addedOn('9903.78.01'),
      until: COPPER_IN_ANNEX,
      citation: { note: 'U.S. note 36 to subchapter III of chapter 99 (2025)', authority: `${AUTHORITY}; Proc. 10962 (90 FR 37727, July 30, 2025)` },
      curatedScope: CURATED_NAME,
    });
  }
  const chips = curatedList(ctx, 's232:semiconductors', 'semiconductor articles of U.S. note 39(b)', 's232_semi_products.csv', 'hts10');
  addHeading(ctx, {
    heading: '9903.79.01', label: 'Section 232 semiconductor articles (25%)', set: chips, stacking: 's232_semiconductor', note: 'U.S. note 39(a)-(b)', cite: 'Proc. 11002 (Jan. 14, 2026)', curated: true,
    caveat: 'end-use exemptions of headings 9903.79.02-.09 (data centers, research, repairs, start-ups) are not decided by the engine',
  });
}

export function buildSection232Sectors(ctx: BuildContext): void {
  vehicles(ctx);
  wood(ctx);
  copperAndChips(ctx);
  ctx.notModelled.push(
    'Section 232 vehicles: import adjustment offsets for U.S. assembly (Proc. 10925), the U.S.-content relief of 9903.94.02/.04 and 9903.74.05-.07 (vehicles 25 years old, non-vehicles), parts certified for U.S. production under 9903.94.07, 9903.94.33, 9903.94.44-.45, 9903.94.54-.55, 9903.94.64-.65, 9903.94.68-.69 and 9903.74.09, and civil aircraft exemptions (9903.96.01-.03)',
    'Section 232 wood: heading 9903.76.04 (non-wooden products of the cabinet numbers)',
  );
}
