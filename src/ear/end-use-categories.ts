/**
 * The Part 744 end uses a transaction can declare (or deny), each with the section that governs it.
 * The words that make free text name one of them are in knowledge/end-use-terms.ts.
 */
export const END_USE_CATEGORIES = [
  'military',
  'military_intelligence',
  'nuclear',
  'missile',
  'chemical_biological',
  'supercomputer',
  'advanced_node_ic',
] as const;

export type EndUseCategory = (typeof END_USE_CATEGORIES)[number];

export const CATEGORY_SECTION: Record<EndUseCategory, string> = {
  military: '15 CFR 744.21',
  military_intelligence: '15 CFR 744.22',
  nuclear: '15 CFR 744.2',
  missile: '15 CFR 744.3',
  chemical_biological: '15 CFR 744.4',
  supercomputer: '15 CFR 744.23(a)(1)',
  advanced_node_ic: '15 CFR 744.23(a)(2)',
};
