import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError, type ErrorKind } from '../model/errors.js';
import type { MalformedRow, ParseOptions } from '../model/parse-result.js';
import { INGEST_GUARDS } from './guard-config.js';

export const DEFAULT_MAX_MALFORMED_SHARE = INGEST_GUARDS.maxMalformedShare;

/** A file rejected as a whole: too many malformed rows, cut off, or no usable entries at all. */
export class RejectedFileError extends ClearanceError {
  constructor(
    readonly file: string,
    message: string,
    readonly malformed: readonly MalformedRow[] = [],
    entry: { code: string; kind: ErrorKind } = classErrors.rejectedFile,
  ) {
    super(entry.code, entry.kind, `${file}: ${message}`, { value: file });
    this.name = 'RejectedFileError';
  }
}

/**
 * Refuses a file for `reason` unless the caller forced it; a forced file is reported to `onForced`, so
 * that what was accepted against the checks can be recorded.
 */
export function refuseUnlessForced(file: string, reason: string, options: ParseOptions, malformed: readonly MalformedRow[] = []): void {
  if (!options.force) throw new RejectedFileError(file, `${reason}; use --force to accept it as it is`, malformed);
  options.onForced?.(file, reason);
}

/** Refuses a file whose end shows it was cut off (see csv-end.ts), unless forced. */
export function enforceWholeFile(file: string, truncation: string | undefined, options: ParseOptions = {}): void {
  if (truncation) refuseUnlessForced(file, truncation, options);
}

/**
 * Rejects a parse whose malformed share exceeds the limit (unless forced) or that yielded no entries.
 * Called by every parser once it has read the whole file.
 */
export function enforceMalformedLimit(
  file: string,
  rowsRead: number,
  entriesFound: number,
  malformed: readonly MalformedRow[],
  options: ParseOptions = {},
): void {
  if (entriesFound === 0) {
    const detail = malformed.length ? `; first problem: line ${malformed[0]!.line}: ${malformed[0]!.reason}` : '';
    throw new RejectedFileError(file, `no list entries could be read (${rowsRead} rows seen${detail})`, malformed);
  }
  const limit = options.maxMalformedShare ?? DEFAULT_MAX_MALFORMED_SHARE;
  const share = rowsRead === 0 ? 0 : malformed.length / rowsRead;
  if (share > limit) {
    const first = malformed
      .slice(0, 3)
      .map((m) => `line ${m.line}: ${m.reason}`)
      .join('; ');
    refuseUnlessForced(
      file,
      `${malformed.length} of ${rowsRead} rows are malformed (${(share * 100).toFixed(2)}%, limit ${(limit * 100).toFixed(0)}%). First: ${first}`,
      options,
      malformed,
    );
  }
}
