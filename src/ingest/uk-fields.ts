import type { PartialDate } from '../model/list-entry.js';
import { toIso2 } from './countries.js';

/**
 * How the UK lists (the OFSI Consolidated List and the FCDO UK Sanctions List) write their values:
 * day-first dates with unknown parts as "00" or "dd"/"mm", several values in one cell numbered
 * "(1) ... (2) ...", and facts labelled "(Label):value" inside the Other Information text.
 */

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const UNKNOWN_PART = /^(?:0{1,2}|dd|mm)$/i;

/**
 * A UK date of birth: "14/04/1965", "00/04/1965" or "mm/1965" (month known), "00/00/1965" or
 * "dd/mm/1965" (year known), "1965". Undefined when the text is no such date.
 */
export function ukDate(text: string | undefined): PartialDate | undefined {
  const value = (text ?? '').trim();
  const m = /^(?:(\d{1,2}|dd)\/)?(\d{1,2}|mm)\/(\d{4})$/i.exec(value) ?? /^()()(\d{4})$/.exec(value);
  if (!m) return undefined;
  const year = Number(m[3]);
  if (year < 1800 || year > 2200) return undefined;
  const dayText = m[1] ?? '';
  const monthText = m[2] ?? '';
  if (!monthText || UNKNOWN_PART.test(monthText)) {
    // A known day of an unknown month says nothing usable.
    return { year, text: value };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  if (!dayText || UNKNOWN_PART.test(dayText)) return { year, month, text: value };
  const day = Number(dayText);
  return validDay(year, month, day) ? { year, month, day, text: value } : undefined;
}

/** ISO yyyy-mm-dd of a complete UK date ("14/04/2025"), else undefined. */
export function ukIsoDate(text: string | undefined): string | undefined {
  const d = ukDate(text);
  if (d?.day === undefined || d.month === undefined || d.year === undefined) return undefined;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * The values of a numbered cell ("(1) A-333602 (2) M110522", "(1-3) Libya (4) Morocco"), or the
 * cell itself as one value. Placeholders ("-") are dropped; a trailing full stop is not part of a value.
 */
export function splitNumbered(text: string | undefined): string[] {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!value) return [];
  const parts = /^\(\d+(?:-\d+)?\)/.test(value) ? value.split(/\(\d+(?:-\d+)?\)/) : [value];
  return parts.map((p) => p.trim().replace(/\s*[.;,]$/, '').trim()).filter((p) => p && p !== '-');
}

/**
 * ISO-2 of a country as the UK lists write it: a name ("Congo (Democratic Republic)"), a name with a
 * qualifier ("Iraq (previous address)"), or two names in one cell ("Estonia, Russia").
 */
export function ukCountries(text: string | undefined): string[] {
  const value = (text ?? '').trim();
  if (!value) return [];
  const whole = toIso2(value) ?? toIso2(value.replace(/\s*\([^()]*\)\s*\.?$/, ''));
  if (whole) return [whole];
  const parts = value.split(/[,.;]\s+/).map((p) => toIso2(p));
  return parts.length > 1 && parts.every((p) => p !== undefined) ? (parts as string[]) : [];
}

/**
 * Facts labelled "(Label):value" in a free text, by label. A value runs to the next label that this
 * reader knows, so that prose with parentheses in it is not cut; text before the first label is left out.
 */
export function labelledFacts(text: string | undefined, labels: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const value = text ?? '';
  const found: { label: string; start: number; end: number }[] = [];
  for (const label of labels) {
    const marker = `(${label}):`;
    for (let at = value.indexOf(marker); at >= 0; at = value.indexOf(marker, at + marker.length)) {
      found.push({ label, start: at, end: at + marker.length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  found.forEach((f, i) => {
    const next = found[i + 1]?.start ?? value.length;
    const fact = value.slice(f.end, next).replace(/\s+/g, ' ').trim();
    if (fact && !out.has(f.label)) out.set(f.label, fact);
  });
  return out;
}
