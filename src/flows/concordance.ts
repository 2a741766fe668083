import type { ConcordanceCode, ProductExportLine } from '../model/trade.js';

/**
 * Classifying export lines into an agreement's categories through a concordance whose codes have from 4
 * to 10 digits. An HS6 line takes the most specific code that contains it (the HS6 itself, else its
 * heading); where the concordance names only a finer line inside the HS6 (2710.12.25 for light oils),
 * the statistics cannot split the HS6 and the whole of it takes that line's category. A line given at
 * HS4 only takes its heading's category, or the category its file assigns when the heading is split.
 */

export interface Classification {
  group: string;
  category: string;
  /** How the line was placed: by the concordance, or by the category its file gives. */
  by: 'concordance' | 'given';
}

export type Classifier = (line: ProductExportLine) => Classification | undefined;

export function concordanceClassifier(codes: readonly ConcordanceCode[]): Classifier {
  const exact = new Map(codes.map((c) => [c.code, c]));
  const finer = new Map<string, ConcordanceCode>();
  const splitHeadings = new Set<string>();
  for (const c of [...codes].sort((a, b) => a.code.localeCompare(b.code))) {
    if (c.code.length > 6 && !finer.has(c.code.slice(0, 6))) finer.set(c.code.slice(0, 6), c);
    if (c.code.length > 4) splitHeadings.add(c.code.slice(0, 4));
  }
  const found = (c: ConcordanceCode | undefined): Classification | undefined => (c ? { group: c.group, category: c.category, by: 'concordance' } : undefined);
  return (line) => {
    if (line.hs6) return found(exact.get(line.hs6) ?? finer.get(line.hs6) ?? exact.get(line.hs6.slice(0, 4)));
    if (line.hs4 && !splitHeadings.has(line.hs4)) return found(exact.get(line.hs4));
    return givenClassifier(line);
  };
}

/** Without a concordance, the categories the export file itself assigns. */
export const givenClassifier: Classifier = (line) =>
  line.givenGroup ? { group: line.givenGroup, category: line.givenCategory ?? '', by: 'given' } : undefined;
