import { codesOfNames, euMembers } from '../../countries.js';
import { htsDigits } from '../../hts.js';
import type { Measure, MeasureRate } from '../../measure.js';
import { addedPct, dayBefore, isoOfWords, type BuildContext } from '../context.js';

/**
 * The International Emergency Economic Powers Act duties of 2025-2026, U.S. note 2 to subchapter III
 * of chapter 99: the fentanyl duties on China and Hong Kong, Canada and Mexico (with the USMCA
 * exemption from March 7, 2025, and the energy and potash rates), the reciprocal duties (the 10%
 * baseline from April 5, the country rates of April 9 only, China's 84% and 125%, the country rates
 * of August 7 and the 15% all-in deals of the EU, Japan, Korea, Switzerland and Liechtenstein), the
 * Brazil (+40%) and India (+25%) orders. All ended for goods entered on or after 12:00 a.m. eastern
 * time on February 24, 2026 (EO 14389 after Learning Resources v. Trump, No. 24-1287; CBP CSMS
 * #67834313): USITC never marked the headings ended, so the end is authored here.
 *
 * Country scope and rates are read from the headings of the revisions; legal dates from the change
 * records. Annex II and the country exemption lists are the Budget Lab tracker's curated, dated lists.
 */

export const IEEPA_LAST_DAY = '2026-02-23';
const IEEPA_END = 'IEEPA duties end for entries on or after Feb. 24, 2026: EO 14389 (Feb. 20, 2026) after Learning Resources, Inc. v. Trump, No. 24-1287 (U.S. Feb. 20, 2026); CBP CSMS #67834313';
const AUTHORITY = 'International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.)';
const CURATED_DIR = '2025-2026/scope-lists/arifshehab_tariff_rate_tracker/resources';
const CURATED_NAME = 'Budget Lab tariff-rate-tracker (arifshehab fork), MIT';
/** Goods on the water before the April 2025 duties and entered before May 27, 2025 were spared (EO 14257 sec. 3(b); CBP CSMS #64723363). */
const IN_TRANSIT_APRIL_END = '2025-05-27';
/** General note 3(b) countries are not subject to the reciprocal duties (heading 9903.01.29). */
const COLUMN_2 = ['CU', 'KP', 'RU', 'BY'];

type Dated = string | [string, string | null, string | null];

function citation(note: string, order: string): Measure['citation'] {
  return { note: `U.S. note 2${note} to subchapter III of chapter 99`, authority: `${AUTHORITY}; ${order}; ${IEEPA_END}` };
}

function adValorem(pct: number): MeasureRate {
  return { kind: 'ad_valorem', ppm: Math.round(pct * 10_000) };
}

function checkRate(ctx: BuildContext, heading: string, pct: number): void {
  const seen = ctx.heading(heading).map((s) => addedPct(s.general));
  if (!seen.includes(pct)) throw new Error(`IEEPA: heading ${heading} never reads + ${pct}% (read ${seen.join(', ')})`);
}

function fentanyl(ctx: BuildContext): void {
  const carveOuts = ctx.src.csv(`${CURATED_DIR}/fentanyl_carveout_products.csv`, 'IEEPA fentanyl energy and potash products, curated', true);
  const carveSet = (heading: string, label: string): string =>
    ctx.addSet({
      id: `ieepa:${heading}`,
      label,
      entries: carveOuts.filter((r) => r.ch99_code === heading).flatMap((r) => htsDigits(r.hts8 ?? '') ?? []),
      source: `${CURATED_DIR}/fentanyl_carveout_products.csv`,
      curated: true,
    });
  const energyCa = carveSet('9903.01.13', 'energy and energy resources and critical minerals of Canada (heading 9903.01.13)');
  const potashCa = carveSet('9903.01.15', 'potash of Canada (heading 9903.01.15)');
  const potashMx = carveSet('9903.01.05', 'potash of Mexico (heading 9903.01.05)');

  const cn = ['CN', 'HK'];
  const cnOrder = 'EO 14195 (Feb. 1, 2025), as amended by EO 14228 (Mar. 3, 2025) and EO 14357 (Nov. 4, 2025)';
  checkRate(ctx, '9903.01.20', 10);
  checkRate(ctx, '9903.01.24', 20);
  checkRate(ctx, '9903.01.24', 10);
  const base = { program: 'ieepa_fentanyl' as const, products: 'all', stacking: 'ieepa_fentanyl_cn' as const };
  const transit = (heading: string): Pick<Measure, 'unlessExportedBefore'> => {
    const terms = transitExcepted(ctx, heading);
    return terms ? { unlessExportedBefore: terms } : {};
  };
  ctx.add({ ...base, ...transit('9903.01.20'), heading: '9903.01.20', label: 'IEEPA fentanyl duty, China and Hong Kong (10%)', countries: cn, rate: adValorem(10), from: '2025-02-04', until: '2025-03-03', citation: citation('(s)', cnOrder) });
  ctx.add({ ...base, ...transit('9903.01.24'), heading: '9903.01.24', label: 'IEEPA fentanyl duty, China and Hong Kong (20%)', countries: cn, rate: adValorem(20), from: '2025-03-04', until: '2025-11-09', citation: citation('(u)', cnOrder) });
  ctx.add({ ...base, ...transit('9903.01.24'), heading: '9903.01.24', label: 'IEEPA fentanyl duty, China and Hong Kong (10%)', countries: cn, rate: adValorem(10), from: '2025-11-10', until: IEEPA_LAST_DAY, citation: citation('(u)', cnOrder) });

  const usmcaFrom = '2025-03-07';
  const caOrder = 'EO 14193 (Feb. 1, 2025), as amended by EO 14231 (Mar. 6, 2025) and EO 14325 (July 31, 2025)';
  const mxOrder = 'EO 14194 (Feb. 1, 2025), as amended by EO 14232 (Mar. 6, 2025)';
  checkRate(ctx, '9903.01.10', 25);
  checkRate(ctx, '9903.01.10', 35);
  const northSouth = (heading: string, country: string, label: string, products: string, steps: [string, string, number][], note: string, order: string, priority: number): void => {
    const added = ctx.addedOn(heading);
    for (const [stepFrom, until, pct] of steps) {
      // A carve-out heading added after the order (the potash headings, Mar. 7, 2025) starts on its own date.
      const from = stepFrom < added ? added : stepFrom;
      // Goods qualifying under the USMCA are relieved from March 7, 2025 (headings 9903.01.04 and 9903.01.14).
      const windows: [string, string, boolean][] = from < usmcaFrom ? [[from, dayBefore(usmcaFrom), false], [usmcaFrom, until, true]] : [[from, until, true]];
      for (const [f, u, usmca] of windows) {
        ctx.add({
          id: `${heading}@${f}`, heading, program: 'ieepa_fentanyl', label, stacking: 'ieepa_fentanyl_ca_mx', countries: [country], products,
          rate: adValorem(pct), from: f, until: u, usmcaExempt: usmca, group: `fentanyl_${country}`, priority, citation: citation(note, order),
        });
      }
    }
  };
  northSouth('9903.01.10', 'CA', 'IEEPA fentanyl duty, Canada', 'all', [['2025-03-04', '2025-07-31', 25], ['2025-08-01', IEEPA_LAST_DAY, 35]], '(j)', caOrder, 1);
  northSouth('9903.01.13', 'CA', 'IEEPA fentanyl duty, Canadian energy and critical minerals (10%)', energyCa, [['2025-03-04', IEEPA_LAST_DAY, 10]], '(j)', caOrder, 2);
  northSouth('9903.01.15', 'CA', 'IEEPA fentanyl duty, Canadian potash (10%)', potashCa, [['2025-03-04', IEEPA_LAST_DAY, 10]], '(l)', caOrder, 2);
  northSouth('9903.01.01', 'MX', 'IEEPA fentanyl duty, Mexico (25%)', 'all', [['2025-03-04', IEEPA_LAST_DAY, 25]], '(a)', mxOrder, 1);
  northSouth('9903.01.05', 'MX', 'IEEPA fentanyl duty, Mexican potash (10%)', potashMx, [['2025-03-04', IEEPA_LAST_DAY, 10]], '(c)', mxOrder, 2);
  for (const m of ctx.measures) if (m.products === energyCa || m.products === potashCa || m.products === potashMx) m.curatedScope = CURATED_NAME;
}

function annexII(ctx: BuildContext): string {
  const rows = ctx.src.csv(`${CURATED_DIR}/ieepa_exempt_products.csv`, 'IEEPA reciprocal Annex II exemptions (U.S. note 2(v)(iii)), dated, curated', true);
  const entries: Dated[] = rows.flatMap((r): Dated[] => {
    const digits = htsDigits(r.hts10 ?? '');
    if (!digits) return [];
    const code = ctx.tariffLineOfPadded(digits);
    const from = /^\d{4}-/.test(r.effective_date_start ?? '') ? r.effective_date_start! : null;
    const until = /^\d{4}-/.test(r.effective_date_end ?? '') ? r.effective_date_end! : null;
    return [from || until ? [code, from, until] : code];
  });
  return ctx.addSet({ id: 'ieepa:annex-ii', label: 'Annex II exemptions from the reciprocal duties (U.S. note 2(v)(iii), heading 9903.01.32)', entries, source: `${CURATED_DIR}/ieepa_exempt_products.csv`, curated: true });
}

/** Exemption lists of the 15% deals (EU, Korea, Switzerland), by heading, dated from the change records. */
function dealExemptions(ctx: BuildContext): Map<string, string> {
  const rows = ctx.src.csv(`${CURATED_DIR}/floor_exempt_products.csv`, 'exemptions of the EU, Korea and Switzerland 15% deals, curated', true);
  const byHeading = new Map<string, Dated[]>();
  for (const r of rows) {
    const code = htsDigits(r.hts8 ?? '');
    const heading = r.ch99_code ?? '';
    if (!code || !/^9903\.02\.\d{2}$/.test(heading)) continue;
    const from = ctx.changeRecord(heading).find((c) => /^Added/.test(c.nature))?.date ?? r.effective_date_start ?? null;
    byHeading.set(heading, [...(byHeading.get(heading) ?? []), [code, from, null]]);
  }
  const ids = new Map<string, string>();
  for (const [heading, entries] of byHeading) {
    ids.set(heading, ctx.addSet({ id: `ieepa:${heading}`, label: `exemptions of heading ${heading}`, entries, source: `${CURATED_DIR}/floor_exempt_products.csv`, curated: true }));
  }
  return ids;
}

const PRODUCT_OF = /articles the product of (.+?)(?:,? with an ad valorem|,? as provided for|,? that are entered|,? that|\.|$)/i;
const IN_TRANSIT = /loaded onto a vessel at the port of loading and in transit on the final mode of transit before\s+12:01 a\.m\.[^,]*?on\s+([A-Z][a-z]+ \d{1,2}, \d{4})(?:, and entered for consumption or withdrawn from warehouse for consumption before\s+12:01 a\.m\.[^,]*?on\s+([A-Z][a-z]+ \d{1,2}, \d{4}))?/;

function countriesOf(description: string, heading: string, date: string): string[] {
  const m = PRODUCT_OF.exec(description);
  const codes = m ? codesOfNames(m[1]!, date) : undefined;
  if (!codes || codes.length === 0) throw new Error(`IEEPA: cannot read the country of heading ${heading} ("${description.slice(0, 160)}")`);
  return codes;
}

/** The day a heading was terminated, from its change records (or the text), if it was. */
function terminatedOn(ctx: BuildContext, heading: string): string | undefined {
  const change = ctx.changeRecord(heading).find((c) => /terminated/i.test(c.nature));
  if (change) return change.date;
  for (const span of ctx.heading(heading)) {
    const m = /terminated (?:on|as of) ([A-Z][a-z]+ \d{1,2}, \d{4})/.exec(span.description);
    if (m) return isoOfWords(m[1]!);
  }
  return undefined;
}

function reciprocal(ctx: BuildContext, annex: string): void {
  const exemptions = dealExemptions(ctx);
  const order14257 = 'EO 14257 (Apr. 2, 2025), as amended';
  const baseGroup = { program: 'ieepa_reciprocal' as const, stacking: 'ieepa_reciprocal' as const, group: 'reciprocal' };
  const annexRelief = { set: annex, heading: '9903.01.32' };
  checkRate(ctx, '9903.01.25', 10);
  ctx.add({
    ...baseGroup, heading: '9903.01.25', label: 'IEEPA reciprocal duty, baseline (10%)', countries: 'all', exceptCountries: ['CA', 'MX', ...COLUMN_2], products: 'all',
    exceptProducts: [annexRelief], rate: adValorem(10), from: '2025-04-05', until: IEEPA_LAST_DAY, priority: 1,
    unlessExportedBefore: { date: '2025-04-05', enteredBefore: IN_TRANSIT_APRIL_END },
    citation: citation('(v)', `${order14257}; in transit: heading 9903.01.28, EO 14257 sec. 3(b), CBP CSMS #64723363`),
  });
  // China: 84% on April 9, 125% from April 10 (EO 14259, EO 14266), back to the baseline from May 14 (EO 14298).
  checkRate(ctx, '9903.01.63', 84);
  checkRate(ctx, '9903.01.63', 125);
  for (const [from, until, pct, order] of [['2025-04-09', '2025-04-09', 84, 'EO 14259 (Apr. 8, 2025)'], ['2025-04-10', '2025-05-13', 125, 'EO 14266 (Apr. 9, 2025); suspended from May 14 by EO 14298 (May 12, 2025)']] as const) {
    ctx.add({
      ...baseGroup, heading: '9903.01.63', label: `IEEPA reciprocal duty, China (${pct}%)`, countries: ['CN', 'HK', 'MO'], products: 'all', exceptProducts: [annexRelief],
      rate: adValorem(pct), from, until, priority: 2, unlessExportedBefore: { date: from, enteredBefore: IN_TRANSIT_APRIL_END }, citation: citation('(v)', `${order14257}; ${order}`),
    });
  }
  // The country rates of April 9, 2025 (paused from April 10; terminated Aug. 7, 2025).
  for (let n = 43; n <= 76; n++) {
    const heading = `9903.01.${n}`;
    if (heading === '9903.01.63') continue;
    const span = ctx.heading(heading)[0];
    if (!span) continue;
    const pct = addedPct(span.general);
    if (pct === undefined) throw new Error(`IEEPA: cannot read the rate of ${heading}`);
    ctx.add({
      ...baseGroup, heading, label: `IEEPA reciprocal duty, country rate of Apr. 9, 2025 (${pct}%)`, countries: countriesOf(span.description, heading, '2025-04-09'), products: 'all',
      exceptProducts: [annexRelief], rate: adValorem(pct), from: '2025-04-09', until: '2025-04-09', priority: 2,
      unlessExportedBefore: { date: '2025-04-09', enteredBefore: IN_TRANSIT_APRIL_END }, citation: citation('(v)', `${order14257}; paused by EO 14266 (Apr. 9, 2025)`),
    });
  }
  // The country rates and deals of August 7, 2025 (EO 14326) and later.
  const eu = euMembers('2025-08-07');
  const dealExempt: Record<string, string[]> = {
    '9903.02.20': ['9903.02.74', '9903.02.75', '9903.02.76', '9903.02.77'],
    '9903.02.80': ['9903.02.81'],
    '9903.02.83': ['9903.02.84', '9903.02.85', '9903.02.86'],
    '9903.02.88': ['9903.02.89', '9903.02.90', '9903.02.91'],
  };
  for (let n = 2; n <= 91; n++) {
    const heading = `9903.02.${String(n).padStart(2, '0')}`;
    const spans = ctx.heading(heading);
    const last = spans.at(-1);
    if (!last) continue;
    const pct = addedPct(last.general);
    const allIn = /^\s*15\s*%\s*$/.test(last.general);
    if (pct === undefined && !allIn) continue; // exemption headings and the ">= 15%" halves of the deals
    const from = ctx.addedOn(heading);
    const terminated = terminatedOn(ctx, heading);
    const until = terminated ? dayBefore(terminated) : IEEPA_LAST_DAY;
    const countries = countriesOf(last.description, heading, from);
    const transit = IN_TRANSIT.exec(last.description);
    const companion = `9903.02.${String(n - 1).padStart(2, '0')}`;
    const m: Omit<Measure, 'id'> = {
      ...baseGroup, heading, countries, products: 'all', from, until, priority: 2,
      label: allIn ? 'IEEPA reciprocal duty, 15% all-in (column 1 and this duty come to 15%)' : `IEEPA reciprocal duty, country rate (${pct}%)`,
      rate: allIn ? { kind: 'top_up', ppm: 150_000, headingAtOrAbove: companion } : adValorem(pct!),
      exceptProducts: [annexRelief, ...(dealExempt[heading] ?? []).flatMap((h) => (exemptions.get(h) ? [{ set: exemptions.get(h)!, heading: h }] : []))],
      citation: citation('(v)', 'EO 14326 (July 31, 2025) and the framework agreements implemented after it'),
    };
    if (transit) {
      const exported = isoOfWords(transit[1]!);
      const entered = transit[2] ? isoOfWords(transit[2]) : undefined;
      if (exported) m.unlessExportedBefore = entered ? { date: exported, enteredBefore: entered } : { date: exported };
    }
    if (countries.some((c) => eu.includes(c)) && m.exceptProducts!.length > 1) m.curatedScope = CURATED_NAME;
    ctx.add(m);
  }
}

/**
 * The in-transit terms of a duty heading, read from the heading its own text excepts ("Except for
 * products described in headings 9903.01.21, 9903.01.22, or 9903.01.23 ...") whose text is an
 * in-transit provision ("loaded onto a vessel ... before ..."); undefined when it excepts none.
 */
function transitExcepted(ctx: BuildContext, heading: string): { date: string; enteredBefore?: string } | undefined {
  const named = /Except for products described in (.+?),? articles the product/.exec(ctx.latest(heading).description)?.[1] ?? '';
  for (const h of named.match(/9903\.\d{2}\.\d{2}/g) ?? []) {
    if (/loaded onto a vessel/.test(ctx.latest(h).description)) return transitOf(ctx, h, ctx.addedOn(h));
  }
  return undefined;
}

/** The in-transit terms of a country order's own heading ("loaded ... before X; entered ... before Y"). */
function transitOf(ctx: BuildContext, heading: string, start: string): { date: string; enteredBefore?: string } {
  const text = ctx.latest(heading).description;
  const loaded = /loaded onto a vessel[^;]*?before\s+12:01 a\.m\.[^;]*?on\s+([A-Z][a-z]+ \d{1,2}, \d{4})/.exec(text);
  const entered = /entered for consumption[^;]*?before\s+12:01 a\.m\.[^;]*?on\s+([A-Z][a-z]+ \d{1,2}, \d{4})/.exec(text);
  const date = (loaded && isoOfWords(loaded[1]!)) || start;
  const enteredBefore = entered ? isoOfWords(entered[1]!) : undefined;
  return enteredBefore ? { date, enteredBefore } : { date };
}

function countryOrders(ctx: BuildContext, annex: string): void {
  const rows = ctx.src.csv(`${CURATED_DIR}/country_eo_exempt_products.csv`, 'exemptions of the Brazil and India orders, curated', true);
  const set = (heading: string, label: string): string =>
    ctx.addSet({
      id: `ieepa:${heading}:exempt`,
      label,
      entries: rows
        .filter((r) => r.ch99_code === heading)
        .flatMap((r): Dated[] => {
          const digits = htsDigits(r.hts10 ?? '');
          if (!digits) return [];
          const code = ctx.tariffLineOfPadded(digits);
          const from = /^\d{4}-/.test(r.effective_date_start ?? '') ? r.effective_date_start! : null;
          const until = /^\d{4}-/.test(r.effective_date_end ?? '') ? r.effective_date_end! : null;
          return [[code, from, until]];
        }),
      source: `${CURATED_DIR}/country_eo_exempt_products.csv`,
      curated: true,
    });
  checkRate(ctx, '9903.01.77', 40);
  ctx.add({
    heading: '9903.01.77', program: 'ieepa_brazil', label: 'IEEPA duty on products of Brazil (40%)', stacking: 'ieepa_brazil', countries: ['BR'], products: 'all',
    exceptProducts: [{ set: set('9903.01.77', 'exemptions from the Brazil order (U.S. note 2(x)(iii), heading 9903.01.81)'), heading: '9903.01.81' }],
    rate: adValorem(40), from: ctx.addedOn('9903.01.77'), until: IEEPA_LAST_DAY, citation: citation('(x)', 'EO 14323 (July 30, 2025), as amended Nov. 20, 2025; in transit: heading 9903.01.78'), curatedScope: CURATED_NAME,
    unlessExportedBefore: transitOf(ctx, '9903.01.78', ctx.addedOn('9903.01.77')),
  });
  checkRate(ctx, '9903.01.84', 25);
  const indiaEnd = terminatedOn(ctx, '9903.01.84');
  ctx.add({
    heading: '9903.01.84', program: 'ieepa_india', label: 'IEEPA duty on products of India (25%)', stacking: 'ieepa_india', countries: ['IN'], products: 'all',
    exceptProducts: [{ set: annex, heading: '9903.01.86' }, ...(rows.some((r) => r.ch99_code === '9903.01.84') ? [{ set: set('9903.01.84', 'exemptions from the India order'), heading: '9903.01.85' }] : [])],
    rate: adValorem(25), from: ctx.addedOn('9903.01.84'), until: indiaEnd ? dayBefore(indiaEnd) : IEEPA_LAST_DAY,
    citation: citation('(z)', 'EO 14329 (Aug. 6, 2025); in transit: heading 9903.01.85; terminated as of Feb. 7, 2026'), curatedScope: CURATED_NAME,
    unlessExportedBefore: transitOf(ctx, '9903.01.85', ctx.addedOn('9903.01.84')),
  });
}

export function buildIeepa(ctx: BuildContext): void {
  fentanyl(ctx);
  const annex = annexII(ctx);
  reciprocal(ctx, annex);
  countryOrders(ctx, annex);
  ctx.notModelled.push(
    'IEEPA: donations and informational materials (9903.01.21-.22, .30-.31), personal baggage, chapter 98 claims, the U.S.-content relief of 9903.01.34 (at least 20% U.S. content), transshipment penalty rates (9903.01.16, 9903.02.01), religious and particular articles (9903.02.78, 9903.02.75), civil aircraft exemptions (9903.02.76, .81, .85, .90; 9903.96.01-.02), the in-transit terms of Canada\'s Aug. 1, 2025 increase, and refunds after the Feb. 20, 2026 ruling',
  );
}
