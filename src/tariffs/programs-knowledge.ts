/**
 * Dated facts about entry-level programs that are not chapter 99 headings: the de minimis
 * exemption and its suspensions, and the special tariff programs that lapsed or were replaced.
 * Each with the text that makes it law.
 */

export const DE_MINIMIS = {
  /** Value limit per shipment, in cents, from a date (19 U.S.C. 1321(a)(2)(C)). */
  limits: [
    { from: '1994-01-01', cents: 20_000, cite: '19 U.S.C. 1321(a)(2)(C) ($200)' },
    { from: '2016-03-10', cents: 80_000, cite: 'Trade Facilitation and Trade Enforcement Act of 2015, sec. 901 ($800 from Mar. 10, 2016)' },
  ],
  suspensions: [
    { countries: ['CN', 'HK'], from: '2025-05-02', cite: 'EO 14256 (Apr. 2, 2025): de minimis no longer available for products of China and Hong Kong from May 2, 2025' },
    { countries: 'all' as const, from: '2025-08-29', cite: 'EO 14324 (July 30, 2025): de minimis suspended for all countries from Aug. 29, 2025; U.S. note 2(y) to subchapter III of chapter 99 keeps it unavailable after Feb. 24, 2026' },
  ],
};

export function deMinimisLimitCents(date: string): { cents: number; cite: string } {
  let current = DE_MINIMIS.limits[0]!;
  for (const l of DE_MINIMIS.limits) if (l.from <= date) current = l;
  return current;
}

/** The suspension in force for an origin on a date, if any. */
export function deMinimisSuspension(country: string, date: string): string | undefined {
  let found: string | undefined;
  for (const s of DE_MINIMIS.suspensions) {
    if (date >= s.from && (s.countries === 'all' || s.countries.includes(country))) found = s.cite;
  }
  return found;
}

/** Special program indicators that stopped being available, with the last day they served. */
export const LAPSED_PROGRAMS: { programs: string[]; until: string; why: string }[] = [
  { programs: ['A', 'A*', 'A+'], until: '2020-12-31', why: 'the Generalized System of Preferences expired on December 31, 2020 and has not been renewed' },
  { programs: ['CA', 'MX'], until: '2020-06-30', why: 'NAFTA was replaced by the USMCA (indicators S and S+) on July 1, 2020' },
  { programs: ['S', 'S+'], until: '2020-06-30', why: 'the USMCA (indicators S and S+) entered into force on July 1, 2020', } ,
];

/** Why a program indicator cannot be claimed on a date, if it cannot. */
export function programUnavailable(program: string, date: string): string | undefined {
  for (const l of LAPSED_PROGRAMS) {
    if (!l.programs.includes(program)) continue;
    if (l.programs.includes('S') ? date <= l.until : date > l.until) return l.why;
  }
  return undefined;
}
