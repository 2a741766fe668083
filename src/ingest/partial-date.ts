import type { PartialDate } from '../model/list-entry.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function month(name: string): number | undefined {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
}

function validYear(y: number): boolean {
  return y >= 1800 && y <= 2200;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Parses the date spellings that sanctions lists use into a date of known precision:
 * "1962", "12 Jan 1962", "Jan 1962", "1962-01-12", "1962-01", "01/12/1962" (US order), "circa 1960",
 * "1960 to 1963", "Between 1960 and 1963". Returns undefined when the text holds no usable date.
 */
export function parsePartialDate(input: string | undefined | null): PartialDate | undefined {
  if (!input) return undefined;
  const text = input.trim().replace(/\s+/g, ' ');
  if (!text || text.length > 100) return undefined;
  let rest = text;
  let approximate = false;
  const approx = /^(circa|ca\.?|c\.|approximately|approx\.?|about)\s+/i.exec(rest);
  if (approx) {
    approximate = true;
    rest = rest.slice(approx[0].length);
  }
  let m: RegExpExecArray | null;
  if ((m = /^(?:between\s+)?(\d{4})\s*(?:to|-|–|and)\s*(\d{4})$/i.exec(rest))) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (!validYear(from) || !validYear(to) || to < from) return undefined;
    return { fromYear: from, toYear: to, approximate: true, text };
  }
  if ((m = /^(\d{4})$/.exec(rest))) {
    const year = Number(m[1]);
    if (!validYear(year)) return undefined;
    return approximate ? { year, fromYear: year - 1, toYear: year + 1, approximate, text } : { year, text };
  }
  if ((m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T.*)?$/.exec(rest))) {
    const year = Number(m[1]);
    const mon = Number(m[2]);
    if (!validYear(year) || mon < 1 || mon > 12) return undefined;
    if (m[3] === undefined) return { year, month: mon, ...(approximate ? { approximate } : {}), text };
    const day = Number(m[3]);
    if (!validDay(year, mon, day)) return undefined;
    return { year, month: mon, day, ...(approximate ? { approximate } : {}), text };
  }
  if ((m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(rest))) {
    const mon = month(m[2]!);
    const year = Number(m[3]);
    const day = Number(m[1]);
    if (!mon || !validYear(year) || !validDay(year, mon, day)) return undefined;
    return { year, month: mon, day, ...(approximate ? { approximate } : {}), text };
  }
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(rest))) {
    const mon = month(m[1]!);
    const year = Number(m[3]);
    const day = Number(m[2]);
    if (!mon || !validYear(year) || !validDay(year, mon, day)) return undefined;
    return { year, month: mon, day, ...(approximate ? { approximate } : {}), text };
  }
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(rest))) {
    const mon = month(m[1]!);
    const year = Number(m[2]);
    if (!mon || !validYear(year)) return undefined;
    return { year, month: mon, ...(approximate ? { approximate } : {}), text };
  }
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(rest))) {
    const mon = Number(m[1]);
    const day = Number(m[2]);
    let year = Number(m[3]);
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    if (!validYear(year) || !validDay(year, mon, day)) return undefined;
    return { year, month: mon, day, ...(approximate ? { approximate } : {}), text };
  }
  return undefined;
}

/** ISO yyyy-mm-dd of a US-style date ("10/16/2017") or an ISO date; undefined when not a full date. */
export function toIsoDate(input: string | undefined | null): string | undefined {
  const d = parsePartialDate(input);
  if (!d || d.year === undefined || d.month === undefined || d.day === undefined) return undefined;
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
