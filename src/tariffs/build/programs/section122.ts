import { htsDigits } from '../../hts.js';
import { addedPct, type BuildContext } from '../context.js';

/**
 * Section 122 of the Trade Act of 1974 (19 U.S.C. 2132): the 10% temporary import surcharge of
 * Proclamation 11012 from February 24, 2026 (U.S. note 2(aa), heading 9903.03.01), with its
 * in-transit heading (9903.03.02), the Annex I exemptions (9903.03.03, the Budget Lab tracker's
 * curated list) and the USMCA exemption for Canada and Mexico (9903.03.07-.08). Section 122 limits
 * the surcharge to 150 days unless Congress extends it: the last day is July 23, 2026.
 */

const CURATED = '2025-2026/scope-lists/arifshehab_tariff_rate_tracker/resources/s122_exempt_products.csv';
const FROM = '2026-02-24';
const LAST_DAY = '2026-07-23';

export function buildSection122(ctx: BuildContext): void {
  const pct = addedPct(ctx.latest('9903.03.01').general);
  if (pct !== 10) throw new Error(`section 122: heading 9903.03.01 should read + 10% (read ${pct})`);
  const exempt = ctx.addSet({
    id: 's122:annex-i',
    label: 'Section 122 exemptions (U.S. note 2(aa)(ii), heading 9903.03.03)',
    entries: ctx.src.csv(CURATED, 'Section 122 exempt products (Annex I), curated', true).flatMap((r) => htsDigits(r.hts8 ?? '') ?? []),
    source: CURATED,
    curated: true,
  });
  const from = ctx.addedOn('9903.03.01');
  if (from !== FROM) throw new Error(`section 122: heading 9903.03.01 took effect ${from}, expected ${FROM}`);
  for (const [countries, except, usmca] of [[['CA', 'MX'], undefined, true], ['all', ['CA', 'MX'], false]] as const) {
    ctx.add({
      id: `9903.03.01@${FROM}${usmca ? ':CA-MX' : ''}`,
      heading: '9903.03.01',
      program: 'section_122',
      label: 'Section 122 temporary import surcharge (10%)',
      stacking: 's122',
      countries: countries === 'all' ? 'all' : [...countries],
      ...(except ? { exceptCountries: [...except] } : {}),
      products: 'all',
      exceptProducts: [{ set: exempt, heading: '9903.03.03' }],
      rate: { kind: 'ad_valorem', ppm: 100_000 },
      from,
      until: LAST_DAY,
      unlessExportedBefore: { date: FROM, enteredBefore: '2026-02-28' },
      usmcaExempt: usmca,
      citation: {
        note: 'U.S. note 2(aa) to subchapter III of chapter 99',
        authority: 'Section 122 of the Trade Act of 1974 (19 U.S.C. 2132); Proc. 11012 (Feb. 20, 2026); 150-day limit of sec. 122(a) (last day July 23, 2026)',
      },
      curatedScope: 'Budget Lab tariff-rate-tracker (arifshehab fork), MIT',
      caveat: 'the Court of International Trade held Proclamation 11012 unlawful on May 7, 2026 (appeal pending, reported by the tracker, not in the official data); the surcharge is applied as the schedule prints it',
    });
  }
  ctx.notModelled.push('Section 122: religious and particular articles (9903.03.04), civil aircraft (9903.03.05), CAFTA-DR textiles (9903.03.09), donations and informational materials (9903.03.10-.11), the postal de minimis duty of note 2(y)');
}
