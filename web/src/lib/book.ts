import Papa from 'papaparse';

/**
 * A book of entry lines read in the browser, as `clearance duty --input` and `scenario run --book` read
 * one: a CSV with a header (names trimmed and lower-cased, empty cells left out, so the server names a
 * missing field as it would for the file) or JSONL, one entry per line. The server checks the fields.
 */

export interface Book {
  lines: Record<string, unknown>[];
  /** Why the file cannot be read, naming the line. */
  problem?: string;
}

function jsonl(text: string): Book {
  const lines: Record<string, unknown>[] = [];
  const rows = text.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!.trim();
    if (row === '') continue;
    try {
      lines.push(JSON.parse(row) as Record<string, unknown>);
    } catch (err) {
      return { lines: [], problem: `line ${i + 1}: not valid JSON (${(err as Error).message})` };
    }
  }
  return { lines };
}

function csv(text: string): Book {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const error = parsed.errors[0];
  if (error) return { lines: [], problem: `line ${(error.row ?? 0) + 2}: ${error.message}` };
  const lines = parsed.data.map((row) => Object.fromEntries(Object.entries(row).flatMap(([k, v]) => (v.trim() === '' ? [] : [[k, v.trim()]]))));
  return { lines };
}

/** The lines of a book file by its name: .jsonl, .ndjson or .json as JSON lines, anything else as CSV. */
export function readBookText(name: string, text: string): Book {
  return /\.(jsonl|ndjson|json)$/i.test(name) ? jsonl(text) : csv(text);
}
