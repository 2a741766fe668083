import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SourceFormat } from '../model/snapshot.js';

/** A list source found at a path: its format, the files that make it up, and its name in the data folder. */
export interface DetectedSource {
  /** 'csl', 'ofac-sdn', 'ofac-cons', 'un' or 'bis-dpl'. */
  name: string;
  format: SourceFormat;
  /** For OFAC sets: primary first, then add, alt, comments when present. */
  files: { role: 'primary' | 'add' | 'alt' | 'comments'; path: string; /** How messages name the file when `path` is a copy (the user's path, a URL). */ shownAs?: string }[];
}

/** The path given names no list clearance can read; the message names the path and why. */
export class UnknownListFormatError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnknownListFormatError';
  }
}

function head(path: string, bytes = 4096): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

const OFAC_SETS = [
  { name: 'ofac-sdn', primary: 'sdn.csv', add: 'add.csv', alt: 'alt.csv', comments: 'sdn_comments.csv' },
  { name: 'ofac-cons', primary: 'cons_prim.csv', add: 'cons_add.csv', alt: 'cons_alt.csv', comments: 'cons_comments.csv' },
] as const;

function findCaseInsensitive(dir: string, file: string): string | undefined {
  const match = readdirSync(dir).find((f) => f.toLowerCase() === file);
  return match ? join(dir, match) : undefined;
}

function ofacSet(dir: string, set: (typeof OFAC_SETS)[number]): DetectedSource | undefined {
  const primary = findCaseInsensitive(dir, set.primary);
  if (!primary) return undefined;
  const files: DetectedSource['files'] = [{ role: 'primary', path: primary }];
  for (const role of ['add', 'alt', 'comments'] as const) {
    const path = findCaseInsensitive(dir, set[role]);
    if (path) files.push({ role, path });
  }
  return { name: set.name, format: 'ofac-csv', files };
}

/** Identifies a single file by its name and first bytes. */
function detectFile(path: string): DetectedSource {
  const lower = basename(path).toLowerCase();
  for (const set of OFAC_SETS) {
    if (lower === set.primary) return ofacSet(dirname(path), set)!;
    if (lower === set.add || lower === set.alt || lower === set.comments) {
      throw new UnknownListFormatError(path, `an OFAC ${lower} file is read together with its ${set.primary}; give ${set.primary} or its folder`);
    }
  }
  if (statSync(path).size === 0) throw new UnknownListFormatError(path, 'the file is empty');
  const text = head(path);
  const trimmed = text.trimStart();
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  if (trimmed.startsWith('<')) {
    if (/<CONSOLIDATED_LIST[\s>]/.test(text) || lower.endsWith('.xml')) {
      return { name: 'un', format: 'un-xml', files: [{ role: 'primary', path }] };
    }
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return { name: 'csl', format: 'csl-json', files: [{ role: 'primary', path }] };
  }
  if (firstLine.includes('\t') && firstLine.includes('effective_date') && firstLine.includes('name')) {
    return { name: 'bis-dpl', format: 'bis-dpl', files: [{ role: 'primary', path }] };
  }
  if (/(^|,)"?source"?,/.test(firstLine) && firstLine.includes('entity_number')) {
    return { name: 'csl', format: 'csl-csv', files: [{ role: 'primary', path }] };
  }
  if (/^\d+,"/.test(trimmed)) {
    throw new UnknownListFormatError(
      path,
      'looks like an OFAC legacy CSV file but is not named sdn.csv or cons_prim.csv; rename it or give its folder',
    );
  }
  throw new UnknownListFormatError(
    path,
    'not a list format clearance reads (CSL consolidated.csv/.json, OFAC sdn.csv set, UN consolidated.xml, BIS dpl.txt)',
  );
}

/**
 * Every list source at a path: a file, or a folder holding official files (one level deep).
 * Throws UnknownListFormatError naming the path when nothing readable is there.
 */
export function detectSources(path: string): DetectedSource[] {
  if (!existsSync(path)) throw new UnknownListFormatError(path, 'no such file or folder');
  if (!statSync(path).isDirectory()) return [detectFile(path)];
  const found: DetectedSource[] = [];
  for (const set of OFAC_SETS) {
    const s = ofacSet(path, set);
    if (s) found.push(s);
  }
  const ofacNames = new Set(OFAC_SETS.flatMap((s) => [s.primary, s.add, s.alt, s.comments]) as string[]);
  for (const file of readdirSync(path).sort()) {
    const full = join(path, file);
    if (ofacNames.has(file.toLowerCase()) || file.startsWith('.') || !statSync(full).isFile()) continue;
    try {
      found.push(detectFile(full));
    } catch (err) {
      if (!(err instanceof UnknownListFormatError)) throw err;
      // Unrelated files beside the lists (README, manifest) are ignored; the folder errors only if nothing is found.
    }
  }
  if (found.length === 0) {
    throw new UnknownListFormatError(path, 'the folder holds no list file clearance reads');
  }
  return found;
}
