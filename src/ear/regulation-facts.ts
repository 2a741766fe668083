import type { NamedSet } from './destinations.js';

/**
 * Facts from the regulation text that the structured snapshot does not carry as data. Each is short,
 * written once, and cites where it comes from; whole tables always come from the data at run time.
 */

/** § 746.1(b)(2) (text of January 2025): countries under UN Security Council arms embargoes. */
export const UN_ARMS_EMBARGO: NamedSet = {
  countries: ['CF', 'CD', 'ER', 'IR', 'IQ', 'LB', 'LY', 'KP', 'SO', 'SD'],
  basis: '15 CFR 746.1(b)(2)',
};

/** § 746.8(a)(1): a license for any item on the CCL to Russia or Belarus. */
export const RUSSIA_BELARUS: NamedSet = { countries: ['RU', 'BY'], basis: '15 CFR 746.8(a)(1)' };

/** § 742.15(a): EI-controlled items need a license to all destinations except Canada. */
export const ENCRYPTION: NamedSet = {
  countries: [],
  worldwide: true,
  exceptCountries: ['CA'],
  basis: '15 CFR 742.15(a)',
};

/** The covered regions of Ukraine (§ 746.6), addressed by their ISO 3166-2 subdivision codes. */
export const UKRAINE_COVERED_REGIONS: Record<string, string> = {
  'UA-43': 'Crimea',
  'UA-40': 'Sevastopol (Crimea)',
  'UA-14': 'so-called Donetsk People\'s Republic (DNR)',
  'UA-09': 'so-called Luhansk People\'s Republic (LNR)',
};
