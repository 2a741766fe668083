import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import type { MalformedRow, ParseOptions } from '../model/parse-result.js';

export const DEFAULT_MAX_MALFORMED_SHARE = 0.01;

/** A file rejected as a whole: too many malformed rows, or no usable entries at all. */
export class RejectedFileError extends ClearanceError {
  constructor(
    readonly file: string,
    message: string,
    readonly malformed: readonly MalformedRow[] = [],
  ) {
    super(classErrors.rejectedFile.code, classErrors.rejectedFile.kind, `${file}: ${message}`, { value: file });
    this.name = 'RejectedFileError';
  }
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
  if (share > limit && !options.force) {
    const first = malformed
      .slice(0, 3)
      .map((m) => `line ${m.line}: ${m.reason}`)
      .join('; ');
    throw new RejectedFileError(
      file,
      `${malformed.length} of ${rowsRead} rows are malformed (${(share * 100).toFixed(2)}%, limit ${(limit * 100).toFixed(
        0,
      )}%); use --force to accept. First: ${first}`,
      malformed,
    );
  }
}
