/**
 * Effective tariff rates others published for dates the issue compares against: The Budget Lab at
 * Yale's "State of U.S. Tariffs" series (pre-substitution average effective tariff rate, all 2025
 * tariffs as announced or in effect on the report's date). Each figure names its report and what policy
 * it counts, since a report dated near a date may count measures not yet in force on it. A date with no
 * figure says where we looked. The shared data folder holds the tracker's configuration
 * (tariffs/2025-2026/scope-lists/budgetlab_tariff_rate_tracker) but none of its published rates.
 */

export interface PublishedRate {
  date: string;
  /** Percent; null when no figure was found. */
  rate_pct: number | null;
  source: string;
  url?: string;
  /** What the figure counts, where it differs from the law in force on the date. */
  counts: string;
}

const PUBLISHER = 'The Budget Lab at Yale';

export const PUBLISHED_RATES: readonly PublishedRate[] = [
  {
    date: '2025-01-01',
    rate_pct: 2.4,
    source: `${PUBLISHER}, State of U.S. Tariffs: July 14, 2025 (20.6%, "an 18.2 percentage point increase" over the rate before 2025: 2.4%)`,
    url: 'https://budgetlab.yale.edu/research/state-us-tariffs-july-14-2025',
    counts: 'the 2024 tariff: derived as the report\'s rate less its increase; on collected-duty basis, so after trade preferences',
  },
  {
    date: '2025-04-10',
    rate_pct: 27,
    source: `${PUBLISHER}, The Fiscal and Economic Effects of the Revised April 9 Tariffs`,
    url: 'https://budgetlab.yale.edu/research/fiscal-and-economic-effects-revised-april-9-tariffs',
    counts: 'all 2025 tariffs through April 9 with the revised April 9 policy (China reciprocal 125% on top of the 20% fentanyl duty, 10% for others); its April 15 report gives 28% with the electronics carve-out as clarified',
  },
  {
    date: '2025-06-01',
    rate_pct: 15.6,
    source: `${PUBLISHER}, State of U.S. Tariffs: June 1, 2025`,
    url: 'https://budgetlab.yale.edu/research/state-us-tariffs-june-1-2025',
    counts: 'tariffs through June 1 including the 50% steel and aluminum duties announced May 30 (in force from June 4)',
  },
  {
    date: '2025-11-01',
    rate_pct: 17.9,
    source: `${PUBLISHER}, State of U.S. Tariffs: October 30, 2025`,
    url: 'https://budgetlab.yale.edu/research/state-us-tariffs-october-30-2025',
    counts: 'tariffs through October 30 including the reported cut of the China fentanyl duty (in force from November 10) and the medium- and heavy-duty vehicle duties (from November 1)',
  },
  {
    date: '2026-03-01',
    rate_pct: 9.1,
    source: `${PUBLISHER}, State of U.S. Tariffs: SCOTUS Ruling Update`,
    url: 'https://budgetlab.yale.edu/research/state-us-tariffs-scotus-ruling-update',
    counts: 'the tariffs in effect at the start of February 2026 without the IEEPA duties, and without the Section 122 surcharge in force from February 24 (a 13.7% Budget Lab estimate with a 15% surcharge was reported in the press; the surcharge in force is 10%)',
  },
  {
    date: '2026-06-30',
    rate_pct: null,
    source: `no ${PUBLISHER} figure for this date in the shared data (its scope-lists hold the tracker's configuration only) nor in the stored pages searched`,
    counts: '',
  },
];

export function publishedRateOn(date: string): PublishedRate | undefined {
  return PUBLISHED_RATES.find((p) => p.date === date);
}
