import { euMembers } from '../../countries.js';
import { htsDigits } from '../../hts.js';
import type { Measure, MeasureRate, StackingClass } from '../../measure.js';
import { addedPct, type BuildContext } from '../context.js';
import { spansOf, type CountryWindow } from './windows.js';

/**
 * Section 232 of the Trade Expansion Act of 1962 (19 U.S.C. 1862): steel and aluminum, from
 * Proclamations 9704 and 9705 (2018) to the March 2025 restructuring (Proclamations 10895 and 10896:
 * exemptions ended, derivatives widened, aluminum to 25%) and the June 2025 increase to 50%
 * (Proclamation 10947; the United Kingdom stays at 25%). The April 2026 annexes are in
 * section232-annex.ts.
 *
 * Product scope: the 2018 steel ranges and aluminum headings of the proclamations; the derivative
 * lists and the 2025 lists of U.S. notes 16 and 19 from the Budget Lab tracker's curated lists (the
 * notes' own lists are multi-column PDF text the build does not read reliably), labelled curated.
 */

const SCOPE_2018 = 'section232/s232_steel_aluminum_2018_scope.json';
const CURATED_DIR = '2025-2026/scope-lists/arifshehab_tariff_rate_tracker/resources';
const METAL_PRODUCTS = `${CURATED_DIR}/s232_metal_chapter_products.csv`;
const DERIVATIVES = `${CURATED_DIR}/s232_derivative_products.csv`;
const CURATED_NAME = 'Budget Lab tariff-rate-tracker (arifshehab fork), MIT';

const AUTHORITY = 'Section 232 of the Trade Expansion Act of 1962 (19 U.S.C. 1862)';
const RESTRUCTURED = '2025-03-12';
const FIFTY = '2025-06-04';
const LAST_BEFORE_ANNEX = '2026-04-05';
const LAST_BEFORE_RESTRUCTURING = '2025-03-11';

interface Scope2018 {
  steel: { hts6_ranges: [string, string][] };
  aluminum: { headings: string[]; hts10: string[] };
}

const EU_2018 = euMembers('2018-03-23');

/** Exemptions from the 2018 steel duty, as the proclamations granted and ended them. */
const STEEL_EXEMPTIONS: CountryWindow[] = [
  { countries: ['CA', 'MX', ...EU_2018], from: '2018-03-23', until: '2018-05-31', why: 'Proc. 9711 (83 FR 13361), extended by Proc. 9740 (83 FR 20683)' },
  { countries: ['CA', 'MX'], from: '2019-05-20', until: LAST_BEFORE_RESTRUCTURING, why: 'Proc. 9894 (84 FR 23987)' },
  { countries: ['AR', 'AU', 'BR', 'KR'], from: '2018-03-23', until: LAST_BEFORE_RESTRUCTURING, why: 'Procs. 9711, 9740, 9759 (quota agreements; Australia exempt)' },
  { countries: ['UA'], from: '2022-06-01', until: LAST_BEFORE_RESTRUCTURING, why: 'Proc. 10403 (87 FR 33407) and its extensions' },
];

const ALUMINUM_EXEMPTIONS: CountryWindow[] = [
  { countries: ['CA', 'MX', ...EU_2018, 'BR'], from: '2018-03-23', until: '2018-05-31', why: 'Proc. 9710 (83 FR 13355), extended by Proc. 9739 (83 FR 20677)' },
  { countries: ['KR'], from: '2018-03-23', until: '2018-04-30', why: 'Proc. 9710 (83 FR 13355)' },
  { countries: ['CA', 'MX'], from: '2019-05-20', until: LAST_BEFORE_RESTRUCTURING, why: 'Proc. 9893 (84 FR 23983)' },
  { countries: ['AR', 'AU'], from: '2018-03-23', until: LAST_BEFORE_RESTRUCTURING, why: 'Procs. 9710, 9739, 9758 (Argentina quota; Australia exempt)' },
];

/** Tariff-rate quotas: within the quota no duty, above it the duty; the engine cannot know the fill. */
const STEEL_QUOTAS: CountryWindow[] = [
  { countries: euMembers('2022-01-01'), from: '2022-01-01', until: LAST_BEFORE_RESTRUCTURING, why: 'EU tariff-rate quota, Proc. 10328 (86 FR 73593)' },
  { countries: ['JP'], from: '2022-04-01', until: LAST_BEFORE_RESTRUCTURING, why: 'Japan tariff-rate quota, Proc. 10356 (87 FR 11)' },
  { countries: ['GB'], from: '2022-06-01', until: LAST_BEFORE_RESTRUCTURING, why: 'UK tariff-rate quota, Proc. 10406 (87 FR 33591)' },
];
const ALUMINUM_QUOTAS: CountryWindow[] = [
  { countries: euMembers('2022-01-01'), from: '2022-01-01', until: LAST_BEFORE_RESTRUCTURING, why: 'EU tariff-rate quota, Proc. 10327 (86 FR 73589)' },
  { countries: ['GB'], from: '2022-06-01', until: LAST_BEFORE_RESTRUCTURING, why: 'UK tariff-rate quota, Proc. 10405 (87 FR 33585)' },
];

const DERIVATIVE_STEEL_EXEMPT = ['AR', 'AU', 'BR', 'CA', 'MX', 'KR'];
const DERIVATIVE_ALUMINUM_EXEMPT = ['AR', 'AU', 'CA', 'MX'];

interface MetalRow {
  prefix: string;
  metal: string;
  kind: string;
  from: string | null;
  source: string;
}

function curatedRows(ctx: BuildContext): { rows: MetalRow[]; derivatives: { prefix: string; heading: string; from: string | null }[] } {
  const rows = ctx.src.csv(METAL_PRODUCTS, 'Section 232 steel and aluminum product lists (notes 16 and 19), curated', true).flatMap((r): MetalRow[] => {
    const prefix = htsDigits(r.hts_prefix ?? '');
    if (!prefix) return [];
    const from = /^\d{4}-\d{2}-\d{2}$/.test(r.effective_date ?? '') ? r.effective_date! : null;
    return [{ prefix, metal: r.metal_type ?? '', kind: r.kind ?? '', from, source: r.source ?? '' }];
  });
  const derivatives = ctx.src.csv(DERIVATIVES, 'Section 232 derivative product lists by heading, curated', true).flatMap((r) => {
    const prefix = htsDigits(r.hts_prefix ?? '');
    if (!prefix || !/^9903\.8[15]\.\d{2}$/.test(r.ch99_code ?? '')) return [];
    const from = /^\d{4}-\d{2}-\d{2}$/.test(r.effective_date ?? '') ? r.effective_date! : null;
    return [{ prefix, heading: r.ch99_code!, from }];
  });
  return { rows, derivatives };
}

function dated(prefix: string, from: string | null): string | [string, string | null, string | null] {
  return from ? [prefix, from, null] : prefix;
}

/** Every 6-digit subheading of the schedule (any edition) between two 6-digit bounds, inclusive. */
function subheadingsBetween(ctx: BuildContext, lo: string, hi: string): string[] {
  const found = new Set<string>();
  for (const e of ctx.editions) {
    for (const code of e.lines.keys()) {
      const six = code.slice(0, 6);
      if (six >= lo && six <= hi) found.add(six);
    }
  }
  return [...found].sort();
}

interface Regime {
  heading: string;
  label: string;
  set: string;
  stacking: StackingClass;
  /** Rate steps (percent) by date; `content` taxes the metal content instead of the value. */
  steps: { from: string; until?: string; pct: number; cite: string }[];
  content?: { metal: 'steel' | 'aluminum'; wholeIfUndeclared: boolean };
  note: string;
  exemptions?: CountryWindow[];
  quotas?: CountryWindow[];
  countries?: string[];
  exceptCountries?: string[];
  curated?: boolean;
}

function rateOf(pct: number, content: Regime['content']): MeasureRate {
  const ppm = Math.round(pct * 10_000);
  return content ? { kind: 'metal_content', ppm, metal: content.metal, wholeIfUndeclared: content.wholeIfUndeclared } : { kind: 'ad_valorem', ppm };
}

/** One measure per rate step and exemption span; quota countries get their own, quota-dependent, measure. */
export function addRegime(ctx: BuildContext, r: Regime): void {
  for (const step of r.steps) {
    for (const span of spansOf(step.from, step.until, [...(r.exemptions ?? []), ...(r.quotas ?? [])])) {
      const exempt = span.exempt.filter((w) => !(r.quotas ?? []).includes(w)).flatMap((w) => w.countries);
      const quota = span.exempt.filter((w) => (r.quotas ?? []).includes(w));
      const base: Omit<Measure, 'id'> = {
        heading: r.heading,
        program: 'section_232',
        label: r.label,
        stacking: r.stacking,
        countries: r.countries ?? 'all',
        products: r.set,
        rate: rateOf(step.pct, r.content),
        from: span.from,
        citation: { note: r.note, authority: `${AUTHORITY}; ${step.cite}` },
      };
      if (span.until !== undefined) base.until = span.until;
      if (r.curated) base.curatedScope = CURATED_NAME;
      const except = [...new Set([...(r.exceptCountries ?? []), ...exempt, ...quota.flatMap((q) => q.countries)])];
      if (except.length > 0) base.exceptCountries = except;
      ctx.add({ ...base, id: `${r.heading}@${span.from}${r.countries ? `:${r.countries.join('')}` : ''}` });
      for (const q of quota) {
        const countries = q.countries.filter((c) => !exempt.includes(c));
        ctx.add({
          ...base,
          id: `${r.heading}@${span.from}:quota:${q.countries[0]}`,
          countries,
          exceptCountries: undefined,
          quotaDependent: `${q.why}: no duty within the quota, the duty shown above it; quota fill is not in the data`,
        });
      }
    }
  }
}

function legacy(ctx: BuildContext, scope: Scope2018, rows: MetalRow[], derivatives: { prefix: string; heading: string; from: string | null }[]): void {
  const steel = ctx.addSet({
    id: 's232:steel:2018',
    label: 'steel articles of Proclamation 9705 (HTS 7206.10-7216.50, 7216.99-7301.10, 7302.10, 7302.40-7302.90, 7304.10-7306.90)',
    entries: scope.steel.hts6_ranges.flatMap(([lo, hi]) => subheadingsBetween(ctx, lo.replace('.', ''), hi.replace('.', ''))),
    source: SCOPE_2018,
    curated: false,
  });
  const aluminum = ctx.addSet({
    id: 's232:aluminum:2018',
    label: 'aluminum articles of Proclamation 9704 (HTS 7601, 7604-7609, 7616.99.51.60/.70)',
    entries: [...scope.aluminum.headings, ...scope.aluminum.hts10.map((c) => c.replace(/\./g, ''))],
    source: SCOPE_2018,
    curated: false,
  });
  const steelDerivatives = ctx.addSet({
    id: 's232:steel-derivatives:2020',
    label: 'steel derivatives of Proclamation 9980 (nails, staples, tacks)',
    entries: rows.filter((r) => r.metal === 'steel' && r.kind === 'derivative' && /9980/.test(r.source)).map((r) => r.prefix),
    source: METAL_PRODUCTS,
    curated: true,
  });
  const aluminumDerivatives = ctx.addSet({
    id: 's232:aluminum-derivatives:2020',
    label: 'aluminum derivatives of Proclamation 9980 (stranded wire, cables; bumper and body stampings)',
    entries: [...new Set([
      ...rows.filter((r) => r.metal === 'aluminum' && r.kind === 'derivative' && /9980/.test(r.source)).map((r) => r.prefix),
      ...derivatives.filter((d) => d.heading === '9903.85.04').map((d) => d.prefix),
    ])],
    source: `${METAL_PRODUCTS}; ${DERIVATIVES}`,
    curated: true,
  });
  const proc9705 = 'Proc. 9705 (83 FR 11625, Mar. 15, 2018)';
  const proc9704 = 'Proc. 9704 (83 FR 11619, Mar. 15, 2018)';
  addRegime(ctx, {
    heading: '9903.80.01', label: 'Section 232 steel (25%)', set: steel, stacking: 's232_metal', note: 'U.S. note 16 to subchapter III of chapter 99',
    steps: [{ from: '2018-03-23', until: LAST_BEFORE_RESTRUCTURING, pct: 25, cite: proc9705 }],
    exemptions: STEEL_EXEMPTIONS, quotas: STEEL_QUOTAS, exceptCountries: ['TR'],
  });
  // Turkey: doubled to 50% from Aug. 13, 2018 (Proc. 9772) until back to 25% from May 21, 2019 (Proc. 9886).
  addRegime(ctx, {
    heading: '9903.80.02', label: 'Section 232 steel of Turkey (50%)', set: steel, stacking: 's232_metal', note: 'U.S. note 16 to subchapter III of chapter 99',
    steps: [
      { from: '2018-03-23', until: '2018-08-12', pct: 25, cite: proc9705 },
      { from: '2018-08-13', until: '2019-05-20', pct: 50, cite: 'Proc. 9772 (83 FR 40429, Aug. 15, 2018)' },
      { from: '2019-05-21', until: LAST_BEFORE_RESTRUCTURING, pct: 25, cite: 'Proc. 9886 (84 FR 23421, May 21, 2019)' },
    ],
    countries: ['TR'],
  });
  addRegime(ctx, {
    heading: '9903.85.01', label: 'Section 232 aluminum (10%)', set: aluminum, stacking: 's232_metal', note: 'U.S. note 19 to subchapter III of chapter 99',
    steps: [{ from: '2018-03-23', until: LAST_BEFORE_RESTRUCTURING, pct: 10, cite: proc9704 }],
    exemptions: ALUMINUM_EXEMPTIONS, quotas: ALUMINUM_QUOTAS, exceptCountries: ['RU'],
  });
  const proc9980 = 'Proc. 9980 (85 FR 5281, Jan. 29, 2020)';
  addRegime(ctx, {
    heading: '9903.80.03', label: 'Section 232 steel derivatives (25%)', set: steelDerivatives, stacking: 's232_metal', note: 'U.S. note 16(a)(ii) to subchapter III of chapter 99',
    steps: [{ from: '2020-02-08', until: LAST_BEFORE_RESTRUCTURING, pct: 25, cite: proc9980 }], exceptCountries: DERIVATIVE_STEEL_EXEMPT, curated: true,
  });
  addRegime(ctx, {
    heading: '9903.85.03', label: 'Section 232 aluminum derivatives (10%)', set: aluminumDerivatives, stacking: 's232_metal', note: 'U.S. note 19(a)(iii) to subchapter III of chapter 99',
    steps: [{ from: '2020-02-08', until: LAST_BEFORE_RESTRUCTURING, pct: 10, cite: proc9980 }], exceptCountries: [...DERIVATIVE_ALUMINUM_EXEMPT, 'RU'], curated: true,
  });
  // Russia: 200% on aluminum articles and derivatives from Mar. 10, 2023 (Proc. 10522, 88 FR 13267).
  const proc10522 = 'Proc. 10522 (88 FR 13267, Mar. 2, 2023)';
  addRegime(ctx, {
    heading: '9903.85.01', label: 'Section 232 aluminum (10%)', set: aluminum, stacking: 's232_metal', note: 'U.S. note 19 to subchapter III of chapter 99',
    steps: [{ from: '2018-03-23', until: '2023-03-09', pct: 10, cite: proc9704 }], countries: ['RU'],
  });
  for (const [heading, set, label] of [['9903.85.67', aluminum, 'aluminum'], ['9903.85.68', aluminumDerivatives, 'aluminum derivatives']] as const) {
    addRegime(ctx, {
      heading, label: `Section 232 ${label} of Russia (200%)`, set, stacking: 's232_metal', note: 'U.S. note 19(a)(vii) to subchapter III of chapter 99',
      steps: [{ from: '2023-03-10', pct: 200, cite: proc10522 }], countries: ['RU'], curated: set === aluminumDerivatives,
    });
  }
  ctx.add({
    id: '9903.85.03@2020-02-08:RU', heading: '9903.85.03', program: 'section_232', label: 'Section 232 aluminum derivatives (10%)', stacking: 's232_metal',
    countries: ['RU'], products: aluminumDerivatives, rate: { kind: 'ad_valorem', ppm: 100_000 }, from: '2020-02-08', until: '2023-03-09',
    citation: { note: 'U.S. note 19(a)(iii) to subchapter III of chapter 99', authority: `${AUTHORITY}; ${proc9980}` }, curatedScope: CURATED_NAME,
  });
}

/** The March 2025 lists: steel and aluminum articles, and derivatives by chapter (full value) or outside it (metal content). */
function restructured(ctx: BuildContext, rows: MetalRow[], derivatives: { prefix: string; heading: string; from: string | null }[]): void {
  const set = (id: string, label: string, entries: (string | [string, string | null, string | null])[], source: string): string =>
    ctx.addSet({ id, label, entries: [...new Map(entries.map((e) => [JSON.stringify(e), e])).values()], source, curated: true });
  const steelArticles = set('s232:steel:2025', 'steel articles of U.S. note 16(j)', rows.filter((r) => r.metal === 'steel' && r.kind === 'mill').map((r) => r.prefix), METAL_PRODUCTS);
  const aluminumArticles = set('s232:aluminum:2025', 'aluminum articles of U.S. note 19(g)', rows.filter((r) => r.metal === 'aluminum' && r.kind === 'mill').map((r) => r.prefix), METAL_PRODUCTS);
  const steelOld = set('s232:steel-derivatives:l', 'steel derivatives of U.S. note 16(l) (the 2020 list)', rows.filter((r) => r.metal === 'steel' && r.kind === 'derivative' && /9980/.test(r.source)).map((r) => r.prefix), METAL_PRODUCTS);
  const aluminumOld = ctx.sets['s232:aluminum-derivatives:2020']!.id;
  const newSteel = [
    ...rows.filter((r) => r.metal === 'steel' && r.kind === 'derivative' && !/9980/.test(r.source)).map((r) => ({ prefix: r.prefix, from: r.from })),
    ...derivatives.filter((d) => d.heading.startsWith('9903.81')).map((d) => ({ prefix: d.prefix, from: d.from })),
  ];
  const newAluminum = [
    ...rows.filter((r) => r.metal === 'aluminum' && r.kind === 'derivative' && !/9980/.test(r.source)).map((r) => ({ prefix: r.prefix, from: r.from })),
    ...derivatives.filter((d) => d.heading === '9903.85.07' || d.heading === '9903.85.08').map((d) => ({ prefix: d.prefix, from: d.from })),
  ];
  const inChapter = (ch: string, list: { prefix: string; from: string | null }[], yes: boolean) =>
    list.filter((d) => d.prefix.startsWith(ch) === yes).map((d) => dated(d.prefix, d.from));
  const steelM = set('s232:steel-derivatives:m', 'steel derivatives of chapter 73 (U.S. note 16(m))', inChapter('73', newSteel, true), `${METAL_PRODUCTS}; ${DERIVATIVES}`);
  const steelN = set('s232:steel-derivatives:n', 'steel derivatives outside chapter 73 (U.S. note 16(n))', inChapter('73', newSteel, false), `${METAL_PRODUCTS}; ${DERIVATIVES}`);
  const aluminumJ = set('s232:aluminum-derivatives:j', 'aluminum derivatives of chapter 76 (U.S. note 19(j))', inChapter('76', newAluminum, true), `${METAL_PRODUCTS}; ${DERIVATIVES}`);
  const aluminumK = set('s232:aluminum-derivatives:k', 'aluminum derivatives outside chapter 76 (U.S. note 19(k))', inChapter('76', newAluminum, false), `${METAL_PRODUCTS}; ${DERIVATIVES}`);

  const p10895 = 'Proc. 10895 (90 FR 9807, Feb. 18, 2025)';
  const p10896 = 'Proc. 10896 (90 FR 9817, Feb. 18, 2025)';
  const p10947 = 'Proc. 10947 (90 FR 24199, June 9, 2025)';
  const checkRates = (heading: string): void => {
    const pcts = ctx.heading(heading).map((s) => addedPct(s.general));
    if (!pcts.includes(25) || !pcts.includes(50)) throw new Error(`section 232: heading ${heading} should read 25% then 50% (read ${pcts.join(', ')})`);
  };
  const regimes: { heading: string; uk: string; label: string; set: string; stacking: StackingClass; note: string; ukNote: string; cite: string; content?: Regime['content'] }[] = [
    { heading: '9903.81.87', uk: '9903.81.94', label: 'steel articles', set: steelArticles, stacking: 's232_metal', note: 'U.S. note 16(j)', ukNote: 'U.S. note 16(q)', cite: p10896 },
    { heading: '9903.81.89', uk: '9903.81.96', label: 'steel derivatives (2020 list)', set: steelOld, stacking: 's232_metal', note: 'U.S. note 16(l)', ukNote: 'U.S. note 16(s)', cite: p10896 },
    { heading: '9903.81.90', uk: '9903.81.97', label: 'steel derivatives of chapter 73', set: steelM, stacking: 's232_metal', note: 'U.S. note 16(m)', ukNote: 'U.S. note 16(t)', cite: p10896 },
    { heading: '9903.81.91', uk: '9903.81.98', label: 'steel derivatives, on the steel content', set: steelN, stacking: 's232_metal_content', note: 'U.S. note 16(n)', ukNote: 'U.S. note 16(u)', cite: p10896, content: { metal: 'steel', wholeIfUndeclared: false } },
    { heading: '9903.85.02', uk: '9903.85.12', label: 'aluminum articles', set: aluminumArticles, stacking: 's232_metal', note: 'U.S. note 19(g)', ukNote: 'U.S. note 19(o)', cite: p10895, content: { metal: 'aluminum', wholeIfUndeclared: true } },
    { heading: '9903.85.04', uk: '9903.85.13', label: 'aluminum derivatives (2020 list)', set: aluminumOld, stacking: 's232_metal', note: 'U.S. note 19(i)', ukNote: 'U.S. note 19(q)', cite: p10895 },
    { heading: '9903.85.07', uk: '9903.85.14', label: 'aluminum derivatives of chapter 76', set: aluminumJ, stacking: 's232_metal', note: 'U.S. note 19(j)', ukNote: 'U.S. note 19(r)', cite: p10895, content: { metal: 'aluminum', wholeIfUndeclared: true } },
    { heading: '9903.85.08', uk: '9903.85.15', label: 'aluminum derivatives, on the aluminum content', set: aluminumK, stacking: 's232_metal_content', note: 'U.S. note 19(k)', ukNote: 'U.S. note 19(s)', cite: p10895, content: { metal: 'aluminum', wholeIfUndeclared: false } },
  ];
  for (const r of regimes) {
    checkRates(r.heading);
    const isAluminum = r.heading.startsWith('9903.85');
    addRegime(ctx, {
      heading: r.heading, label: `Section 232 ${r.label}`, set: r.set, stacking: r.stacking, content: r.content, curated: true,
      note: `${r.note} to subchapter III of chapter 99`,
      steps: [
        { from: RESTRUCTURED, until: '2025-06-03', pct: 25, cite: r.cite },
        { from: FIFTY, until: LAST_BEFORE_ANNEX, pct: 50, cite: p10947 },
      ],
      exceptCountries: isAluminum ? ['RU'] : [],
      exemptions: [{ countries: ['GB'], from: FIFTY, why: 'Proc. 10947: the United Kingdom stays at 25%' }],
    });
    addRegime(ctx, {
      heading: r.uk, label: `Section 232 ${r.label}, United Kingdom (25%)`, set: r.set, stacking: r.stacking, content: r.content, curated: true,
      note: `${r.ukNote} to subchapter III of chapter 99`, countries: ['GB'],
      steps: [{ from: FIFTY, until: LAST_BEFORE_ANNEX, pct: 25, cite: p10947 }],
    });
  }
}

export function buildSection232Metals(ctx: BuildContext): void {
  const scope = ctx.src.json<Scope2018>(SCOPE_2018, 'Section 232 steel and aluminum scope of 2018 (Proclamations 9704, 9705)');
  const { rows, derivatives } = curatedRows(ctx);
  legacy(ctx, scope, rows, derivatives);
  restructured(ctx, rows, derivatives);
  ctx.notModelled.push(
    'Section 232 steel and aluminum: product exclusions granted by Commerce (9903.80.60-.61, 9903.85.11, 9903.85.25, 9903.85.50), inclusions of melted-and-poured or smelted-and-cast tests (9903.81.92, 9903.85.09), the Mexican aluminum of Chinese/Russian smelt (9903.85.71-.72), Ukraine certificates of origin (9903.81.83-.84), FTZ privileged-status headings, Canada aluminum re-imposition of Aug. 16-Sept. 1, 2020',
  );
}
