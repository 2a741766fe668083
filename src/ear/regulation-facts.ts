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

/** § 742.6(a)(3): the destinations to which 0A919 items may be reexported without the special RS Column 1 license. */
export const RS1_0A919_EXEMPT = ['AU', 'CA', 'GB'];

/** § 744.22(a): military-intelligence end uses and users in these countries (plus Country Groups E:1 and E:2). */
export const MILITARY_INTELLIGENCE_COUNTRIES = ['BY', 'MM', 'KH', 'CN', 'RU', 'VE'];

/** § 744.21(a)(2): any item for a military end use or end user in these countries. */
export const MILITARY_ANY_ITEM_COUNTRIES = ['BY', 'RU'];

/**
 * § 744.23(a)(1)(i): the ECCNs of integrated circuits (A) and of computers, electronic assemblies and
 * components (B) the supercomputer end-use control reaches.
 */
export const SUPERCOMPUTER_ITEM_ECCNS = ['3A001', '3A991', '4A994', '5A002', '5A004', '5A992', '4A003', '4A004'];

/** § 746.3(a)(1): reasons for control that require a license to Iraq for any CCL item. */
export const IRAQ_REASONS = ['NS', 'MT', 'NP', 'CW', 'CB', 'RS', 'CC', 'EI', 'SI', 'SL'];

/** § 746.8(a)(4)(i): ECCNs of the oil and gas exploration control besides Supp. No. 2 to Part 746 (as footnote 6 lists them). */
export const RUSSIA_OIL_GAS_ECCNS = ['0A998', '1C992', '3A229', '3A231', '3A232', '6A991', '8A992', '8D999'];
