/**
 * Times as the analyst reads them: in the browser's own time zone, written the ISO way
 * (2026-07-31 14:03:22 CEST), never in a locale's month-day order. Dates alone stay ISO (YYYY-MM-DD).
 */

function parts(date: Date, timeZone?: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/** "2026-07-31 14:03:22 CEST" in `timeZone` (default: the browser's); the text itself when it is not a time. */
export function localTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} ${p.timeZoneName}`;
}

/** The calendar day of a time in `timeZone` (default: the browser's), as YYYY-MM-DD. */
export function localDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Whole days from `iso` to `now` (0 for today or the future). */
export function ageInDays(iso: string, now: Date): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return 0;
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}
