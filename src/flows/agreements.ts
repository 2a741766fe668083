/**
 * Purchase agreements clearance tracks, and the words their data files use for the agreement's product
 * groups. Facts of the agreement text: its parties, dates, the article that sets the commitments and the
 * annex that lists the products.
 */

export type GroupKey = 'manufactures' | 'agriculture' | 'energy' | 'services';

export interface AgreementGroup {
  key: GroupKey;
  name: string;
  /** Whether US goods export statistics measure it (services are not goods). */
  goods: boolean;
  /** A label names this group when, lower-cased and without a leading "1. ", it starts with one of these. */
  stems: string[];
}

export interface Agreement {
  id: string;
  title: string;
  partner: string;
  signed: string;
  inForce: string;
  /** Where the commitments are set, and where the covered products are listed. */
  citations: string[];
  groups: AgreementGroup[];
  /** Labels that mark a product as outside the agreement. */
  uncoveredStems: string[];
}

export const AGREEMENTS: readonly Agreement[] = [
  {
    id: 'phase-one',
    title: 'Economic and Trade Agreement between the United States and China (Phase One)',
    partner: 'CN',
    signed: '2020-01-15',
    inForce: '2020-02-14',
    citations: ['Phase One Agreement, Chapter 6 (Expanding Trade), Article 6.2', 'Phase One Agreement, Annex 6.1 (product categories)'],
    groups: [
      { key: 'manufactures', name: 'Manufactured goods', goods: true, stems: ['manufactur'] },
      { key: 'agriculture', name: 'Agriculture', goods: true, stems: ['agricultur'] },
      { key: 'energy', name: 'Energy', goods: true, stems: ['energy'] },
      { key: 'services', name: 'Services', goods: false, stems: ['service'] },
    ],
    uncoveredStems: ['not in', 'not covered', 'uncovered'],
  },
];

/** The group a file's label names ("1. Manufactured Goods", "energy products"), 'uncovered', or undefined. */
export function groupOfLabel(agreement: Agreement, label: string): GroupKey | 'uncovered' | undefined {
  const text = label.toLowerCase().replace(/^\s*\d+\.\s*/, '').trim();
  if (agreement.uncoveredStems.some((s) => text.startsWith(s))) return 'uncovered';
  return agreement.groups.find((g) => g.stems.some((s) => text.startsWith(s)))?.key;
}
