/**
 * When a listing began, read from its Federal Register citations: the Consolidated Screening List
 * carries no listing dates, but each entry cites the rules that added and amended it ("84 FR 22963,
 * 5/21/19"). The earliest citation is the addition; its date when printed, else its volume's year
 * (volume N of the Federal Register is the year 1935 + N).
 */

export interface ListingStart {
  citation: string;
  year: number;
  /** ISO date, when the citation prints one (publication) or an anchor gives it (effective date). */
  date?: string;
  /** The date is the rule's effective date (from an anchor), not a publication date. */
  exact?: boolean;
  /** When the anchored rule is a denial order with a term: its end. */
  until?: string;
  /** Where the date came from. */
  source?: string;
}

interface Cite {
  volume: number;
  page: number;
  text: string;
  date?: string;
}

/** Rules whose dates the pack knows (its dated facts, its Federal Register index): citations of their pages share their dates. */
export interface FrAnchor {
  volume: number;
  page: number;
  /** Last page, when the rule's extent is known (else a few pages around `page` count). */
  lastPage?: number;
  date?: string;
  /** A denial order's last day in force. */
  until?: string;
  source: string;
}

function isoFromUs(m: string, d: string, y: string): string | undefined {
  const year = y.length === 2 ? (Number(y) > 50 ? 1900 + Number(y) : 2000 + Number(y)) : Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseFrCitations(federalRegister: string | string[] | undefined): Cite[] {
  const all = Array.isArray(federalRegister) ? federalRegister.join('; ') : (federalRegister ?? '');
  const out: Cite[] = [];
  for (const m of all.matchAll(/(\d{2,3})\s*F\.?\s?R\.?\s*(\d{1,6})(?:[,\s]+(?:dated\s+)?(\d{1,2})\/(\d{1,2})\/(\d{2,4}))?/g)) {
    const c: Cite = { volume: Number(m[1]), page: Number(m[2]), text: m[0].trim() };
    if (m[3] && m[4] && m[5]) {
      const date = isoFromUs(m[3], m[4], m[5]);
      if (date) c.date = date;
    }
    out.push(c);
  }
  return out;
}

export function anchorOf(citation: string, date: string, source: string): FrAnchor | undefined {
  const c = parseFrCitations(citation)[0];
  return c ? { volume: c.volume, page: c.page, date, source } : undefined;
}

function covers(a: FrAnchor, c: { volume: number; page: number }): boolean {
  if (a.volume !== c.volume) return false;
  return a.lastPage !== undefined ? c.page >= a.page && c.page <= a.lastPage : Math.abs(a.page - c.page) <= 60;
}

/** The start of a listing, from its citations; anchors supply dates for citations near a known rule. */
export function listingStart(federalRegister: string | string[] | undefined, anchors: readonly FrAnchor[] = []): ListingStart | undefined {
  const cites = parseFrCitations(federalRegister);
  if (cites.length === 0) return undefined;
  const first = cites.reduce((a, b) => (b.volume < a.volume || (b.volume === a.volume && b.page < a.page) ? b : a));
  const start: ListingStart = { citation: first.text, year: 1935 + first.volume };
  const anchored = anchors.find((a) => covers(a, first));
  if (anchored?.date) {
    start.date = anchored.date;
    start.exact = true;
  } else if (first.date) start.date = first.date;
  if (anchored) start.source = anchored.source;
  // A denial order's term: the order the entry cites last that states one.
  for (const c of cites) {
    const a = anchors.find((x) => x.until && covers(x, c));
    if (a?.until && (!start.until || a.until > start.until)) start.until = a.until;
  }
  return start;
}
