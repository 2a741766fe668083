/**
 * Public addresses of the regulations a decision cites: the eCFR for 15 CFR (as it stood on the
 * decision's date when that date is past; paragraphs anchored), the Federal Register's citation
 * resolver for "84 FR 22961". Citations with no public page (a list entry, a chart cell) get none.
 */

export interface CitationLike {
  kind: string;
  ref: string;
}

const ECFR = 'https://www.ecfr.gov';
const CFR_SECTION = /\b15 CFR (\d{3})\.(\d+[a-z]?)((?:\([A-Za-z0-9]+\))*)/;
const CFR_PART = /\b15 CFR (?:[Pp]art )?(\d{3})\b(?!\.\d)/;
const FR = /^(\d{1,3}) FR (\d{1,6})\b/;

/** The eCFR's point in time: a past day as such, today or later as the current text. */
function ecfrBase(asOf: string | undefined, today: string): string {
  return asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) && asOf < today ? `${ECFR}/on/${asOf}/title-15` : `${ECFR}/current/title-15`;
}

export function citationUrl(c: CitationLike, options: { asOf?: string; today: string }): string | undefined {
  if (c.kind === 'fr') {
    const fr = FR.exec(c.ref);
    return fr ? `https://www.federalregister.gov/citation/${fr[1]}-FR-${fr[2]}` : undefined;
  }
  if (c.kind === 'list' || c.kind === 'chart') return undefined;
  const base = ecfrBase(options.asOf, options.today);
  const section = CFR_SECTION.exec(c.ref);
  if (section) {
    const id = `${section[1]}.${section[2]}`;
    const paragraph = section[3] ? `#p-${id}${section[3]}` : '';
    return `${base}/section-${id}${paragraph}`;
  }
  const part = CFR_PART.exec(c.ref);
  return part ? `${base}/part-${part[1]}` : undefined;
}
