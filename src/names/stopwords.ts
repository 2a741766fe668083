/**
 * How much a token says about identity, 0..1. Generic organisation words and name particles match
 * across thousands of unrelated entries, so a scorer should let them neither make nor break a match.
 */
const PRIORS: Readonly<Record<string, number>> = {
  // Function words in the languages that list names come in.
  the: 0.05, of: 0.05, and: 0.05, for: 0.05, in: 0.05, at: 0.05, on: 0.05, to: 0.05, a: 0.1, an: 0.1,
  de: 0.2, del: 0.2, della: 0.2, des: 0.2, du: 0.2, la: 0.2, le: 0.2, les: 0.2, el: 0.25, los: 0.2, las: 0.2, y: 0.1, e: 0.1,
  et: 0.1, da: 0.25, do: 0.25, dos: 0.25, das: 0.25, di: 0.25, der: 0.2, den: 0.2, die: 0.2, und: 0.1, van: 0.3, von: 0.3,
  vom: 0.3, zu: 0.3, ter: 0.3, ten: 0.3,
  // Arabic and Persian name particles: present in a large share of listed persons.
  al: 0.2, bin: 0.2, ibn: 0.25, bint: 0.25, ben: 0.3, abu: 0.4, abou: 0.4, umm: 0.4, ould: 0.3, ait: 0.3, bn: 0.2,
  // Generic organisation words.
  company: 0.15, trading: 0.3, trade: 0.35, international: 0.3, group: 0.3, holding: 0.3, industry: 0.4, corporation: 0.2,
  enterprise: 0.35, import: 0.4, export: 0.4, general: 0.4, service: 0.4, investment: 0.45, development: 0.45,
  technology: 0.45, engineering: 0.5, management: 0.5, global: 0.45, national: 0.45, limited: 0.1, partners: 0.45,
  associates: 0.45, commercial: 0.4, business: 0.4, logistics: 0.5, shipping: 0.5, bank: 0.5, center: 0.5,
  office: 0.5, branch: 0.4, factory: 0.5, co: 0.1, ltd: 0.1, inc: 0.1, llc: 0.1,
  // Romanised Chinese organisation words.
  gongsi: 0.15, jituan: 0.3, youxian: 0.1, zeren: 0.2, gufen: 0.2, keji: 0.45, maoyi: 0.35, guoji: 0.3, shiye: 0.45,
  // Titles.
  mr: 0.05, mrs: 0.05, ms: 0.05, dr: 0.1, prof: 0.1, sheikh: 0.3, shaikh: 0.3, haji: 0.3, hajji: 0.3, mullah: 0.3,
  president: 0.2, presidente: 0.2,
};

/** Identity weight of a normalised token: 1 for ordinary name tokens, less for noise and generic words. */
export function tokenPrior(token: string): number {
  const weight = PRIORS[token];
  if (weight !== undefined) return weight;
  if (token.length === 0) return 0;
  // A lone letter is an initial: it supports a match but cannot carry one.
  if (token.length === 1) return 0.3;
  if (/^\d+$/u.test(token)) return 0.6;
  return 1;
}
