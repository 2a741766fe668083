import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import type { SourceFormat } from '../model/snapshot.js';
import { isGzipPath } from './source.js';

/** A list source found at a path: its format, the files that make it up, and its name in the data folder. */
export interface DetectedSource {
  /** 'csl', 'ofac-sdn', 'ofac-cons', 'un', 'bis-dpl', 'eu-fsf', 'uk-ofsi' or 'uk-fcdo'. */
  name: string;
  format: SourceFormat;
  /** For OFAC sets: primary first, then add, alt, comments when present. */
  files: { role: 'primary' | 'add' | 'alt' | 'comments'; path: string; /** How messages name the file when `path` is a copy (the user's path, a URL). */ shownAs?: string }[];
}

/** The path given names no list clearance can read; the message names the path and why. */
export class UnknownListFormatError extends ClearanceError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(classErrors.unknownListFormat.code, classErrors.unknownListFormat.kind, `${path}: ${reason}`, { value: path });
    this.name = 'UnknownListFormatError';
  }
}

/** The first bytes of a file; of the file it holds when it is gzipped (`.gz`). */
function headBytes(path: string, bytes = 4096): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(isGzipPath(path) ? 65536 : bytes);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const raw = buf.subarray(0, n);
    if (!isGzipPath(path)) return raw;
    // A flush that does not insist on the end of the stream yields what the first bytes decompress to.
    return gunzipSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }).subarray(0, bytes);
  } catch (err) {
    if (isGzipPath(path)) throw new UnknownListFormatError(path, `not a readable gzip file (${(err as Error).message})`);
    throw err;
  } finally {
    closeSync(fd);
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

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
  const bytes = headBytes(path);
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    // An .xlsx workbook is a zip archive; OFSI publishes its list as one.
    if (lower.replace(/\.gz$/, '').endsWith('.xlsx') || bytes.includes('xl/')) {
      return { name: 'uk-ofsi', format: 'ofsi-xlsx', files: [{ role: 'primary', path }] };
    }
    throw new UnknownListFormatError(path, 'a zip archive that is not an .xlsx workbook');
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  if (trimmed.startsWith('<')) {
    if (/<(?:\w+:)?export[\s>][^]*?fpi\/fsd\/export|<(?:\w+:)?sanctionEntity[\s>]/.test(text)) {
      return { name: 'eu-fsf', format: 'eu-fsf-xml', files: [{ role: 'primary', path }] };
    }
    if (/<Designations[\s>]/.test(text)) {
      return { name: 'uk-fcdo', format: 'uk-fcdo-xml', files: [{ role: 'primary', path }] };
    }
    if (/<CONSOLIDATED_LIST[\s>]/.test(text) || lower.replace(/\.gz$/, '').endsWith('.xml')) {
      return { name: 'un', format: 'un-xml', files: [{ role: 'primary', path }] };
    }
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return { name: 'csl', format: 'csl-json', files: [{ role: 'primary', path }] };
  }
  if (firstLine.includes('\t') && firstLine.includes('effective_date') && firstLine.includes('name')) {
    return { name: 'bis-dpl', format: 'bis-dpl', files: [{ role: 'primary', path }] };
  }
  if (/^"?last updated"?,/.test(firstLine) || (firstLine.includes('name 6') && firstLine.includes('group id'))) {
    return { name: 'uk-ofsi', format: 'ofsi-csv', files: [{ role: 'primary', path }] };
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
    'not a list format clearance reads (CSL consolidated.csv/.json, OFAC sdn.csv set, UN consolidated.xml, BIS dpl.txt, EU FSF XML, OFSI ConList.xlsx/.csv, UK Sanctions List XML)',
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
