import { euMembers } from '../../countries.js';
import { htsDigits } from '../../hts.js';
import type { Measure } from '../../measure.js';
import { rateOfGeneral, type BuildContext } from '../context.js';

/**
 * Section 232 steel, aluminum and copper from April 6, 2026 (Proclamation 11021; U.S. note 16(a)-(i)
 * as rewritten): four annexes replace the earlier headings and are assessed on the full customs
 * value. Annex I-A 50% (9903.82.02; United Kingdom 25%, 9903.82.04), Annex I-B 25% (9903.82.09;
 * United Kingdom 15%, 9903.82.05), Annex II out of scope, Annex III a 15% all-in floor (9903.82.10/.11;
 * general note 3(b) countries 25%, 9903.82.12), and from June 8, 2026 Annex I-C 25% (9903.82.20) with
 * a 15% all-in rate for the framework countries (9903.82.22).
 *
 * Annex membership comes from the Budget Lab tracker's curated list (labelled curated).
 */

const CURATED = '2025-2026/scope-lists/arifshehab_tariff_rate_tracker/resources/s232_annex_products.csv';
const CURATED_NAME = 'Budget Lab tariff-rate-tracker (arifshehab fork), MIT';
const AUTHORITY = 'Section 232 of the Trade Expansion Act of 1962 (19 U.S.C. 1862); Proc. 11021 (Apr. 2026); Proc. 11032 (June 8, 2026) for Annex I-C';
const NOT_DECIDED =
  'not decided by the engine: articles without aluminum, steel or copper (9903.82.01), articles outside chapters 72-76 whose metal is under 15% of their weight (9903.82.03), U.S.-melted metal (9903.82.06-.08), motorcycle parts (9903.82.13) and USMCA quantities (9903.82.18-.19)';
const FRAMEWORK = ['AR', 'EC', 'SV', 'GT', 'JP', 'KR', 'LI', 'CH', 'TW', 'GB'];
const COLUMN_2 = ['CU', 'KP', 'RU', 'BY'];

export function buildSection232Annex(ctx: BuildContext): void {
  // The curated list labels some chapter 76 headings (7601, 7604-7609) "steel"; the note lists them
  // as articles of aluminum, so the chapter decides the metal for chapters 74 and 76.
  const rows = ctx.src.csv(CURATED, 'Section 232 metals annexes of April 2026 (and June 2026 additions), curated', true).map((r): Record<string, string | undefined> => {
    const code = r.hts_prefix ?? '';
    return { ...r, metal_type: code.startsWith('76') ? 'aluminum' : code.startsWith('74') ? 'copper' : r.metal_type };
  });
  const set = (annex: string, metals: string[]): string =>
    ctx.addSet({
      id: `s232:annex:${annex}:${metals.join('+')}`,
      label: `Annex ${annex.toUpperCase()} (${metals.join(', ')}) of the April 2026 metals proclamation`,
      entries: rows
        .filter((r) => r.annex === annex && metals.includes(r.metal_type ?? ''))
        .flatMap((r): (string | [string, string, null])[] => {
          const code = htsDigits(r.hts_prefix ?? '');
          if (!code) return [];
          return r.effective_date && r.effective_date > '2026-04-06' ? [[code, r.effective_date, null]] : [code];
        }),
      source: CURATED,
      curated: true,
    });
  const from = ctx.addedOn('9903.82.02');
  const rate = (heading: string): Measure['rate'] => rateOfGeneral(heading, ctx.latest(heading).general, heading === '9903.82.10' ? '9903.82.11' : heading);
  const add = (heading: string, label: string, products: string, countries: string[] | 'all', except: string[], note: string, start = from): void => {
    const m: Omit<Measure, 'id'> = {
      heading, program: 'section_232', label, stacking: 's232_metal', countries, products, rate: rate(heading), from: start,
      citation: { note: `U.S. note 16${note} to subchapter III of chapter 99`, authority: AUTHORITY }, curatedScope: CURATED_NAME, caveat: NOT_DECIDED,
    };
    if (except.length > 0) m.exceptCountries = except;
    ctx.add({ ...m, id: `${heading}@${start}:${products}` });
  };
  const uk = ['GB'];
  add('9903.82.02', 'Section 232 metals, Annex I-A (50%)', set('1a', ['steel']), 'all', uk, '(c)(i)-(v)');
  add('9903.82.02', 'Section 232 metals, Annex I-A (50%)', set('1a', ['aluminum']), 'all', [...uk, 'RU'], '(c)(i)-(v)');
  add('9903.82.02', 'Section 232 metals, Annex I-A (50%)', set('1a', ['copper']), 'all', [], '(c)(i)-(v)');
  add('9903.82.04', 'Section 232 metals of the United Kingdom, Annex I-A (25%)', set('1a', ['steel', 'aluminum']), uk, [], '(c)(i)-(iv), (d)');
  add('9903.82.09', 'Section 232 metals, Annex I-B (25%)', set('1b', ['steel', 'aluminum']), 'all', uk, '(c)(vi)-(viii)');
  add('9903.82.09', 'Section 232 metals, Annex I-B (25%)', set('1b', ['copper']), 'all', [], '(c)(vi)-(viii)');
  add('9903.82.05', 'Section 232 metals of the United Kingdom, Annex I-B (15%)', set('1b', ['steel', 'aluminum']), uk, [], '(c)(vi)-(vii), (d)');
  const annex3 = set('3', ['steel', 'aluminum']);
  add('9903.82.10', 'Section 232 derivatives, Annex III (15% all-in)', annex3, 'all', COLUMN_2, '(c)(ix)-(x), (f)');
  add('9903.82.12', 'Section 232 derivatives of general note 3(b) countries, Annex III (25%)', annex3, COLUMN_2, [], '(c)(ix)-(x)');
  const annex1c = set('1c', ['steel']);
  const framework = [...FRAMEWORK, ...euMembers('2026-06-08')];
  add('9903.82.20', 'Section 232 derivative steel, Annex I-C (25%)', annex1c, 'all', framework, '(c)(xi), (j)', '2026-06-08');
  add('9903.82.22', 'Section 232 derivative steel of the framework countries, Annex I-C (15% all-in)', annex1c, framework, [], '(c)(xi)', '2026-06-08');
  ctx.notModelled.push(`Section 232 metals annexes (from Apr. 6, 2026): ${NOT_DECIDED}; Russia's annex headings 9903.82.14-.17`);
}
