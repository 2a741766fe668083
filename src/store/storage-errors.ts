/**
 * Failures of the database itself (full, gone, read-only, locked), as opposed to bugs or bad input.
 * The CLI reports them in one line naming the database and exits 1; every write runs in a
 * transaction, so the one that failed was rolled back and everything committed before it stands.
 */
export type StorageFailureKind = 'full' | 'unavailable' | 'read-only' | 'busy' | 'io';

const FULL = new Set(['SQLITE_FULL', '53100']);
const UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'SQLITE_CANTOPEN', '57P01', '57P02', '57P03', '08006', '08003', '08001']);
const READ_ONLY = new Set(['SQLITE_READONLY', '25006']);

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What kind of storage failure `err` is, or undefined when it is not one. */
export function storageFailureKind(err: unknown): StorageFailureKind | undefined {
  const code = codeOf(err);
  if (code === undefined) return undefined;
  if (FULL.has(code)) return 'full';
  if (UNAVAILABLE.has(code)) return 'unavailable';
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) return 'busy';
  if (code.startsWith('SQLITE_IOERR')) return 'io';
  return undefined;
}

export function isStorageFailure(err: unknown): boolean {
  return storageFailureKind(err) !== undefined;
}

/** The first line of the driver's message, with its code: "SQLITE_FULL: database or disk is full". */
function driverMessage(err: unknown): string {
  const message = ((err as Error | null)?.message ?? String(err)).split('\n')[0]!.trim();
  const code = codeOf(err);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * One line for a storage failure at `location` (a file path or a URL without its password). `progress`
 * says what was kept, e.g. "1500 of 4000 parties committed; the same command resumes from there".
 */
export function describeStorageFailure(location: string, err: unknown, progress?: string): string {
  const kind = storageFailureKind(err);
  const what =
    kind === 'full'
      ? `database ${location} is full (${driverMessage(err)})`
      : kind === 'read-only'
        ? `database ${location} is read-only (${driverMessage(err)})`
        : kind === 'busy'
          ? `database ${location} stayed locked by another process (${driverMessage(err)})`
          : kind === 'unavailable'
            ? `database ${location} is unavailable (${driverMessage(err)})`
            : `database ${location} failed (${driverMessage(err)})`;
  const kept = `the transaction in progress was rolled back, everything committed before it is kept${progress ? ` (${progress})` : ''}`;
  const remedy = kind === 'full' ? '; free disk space and rerun' : '';
  return `${what}; ${kept}${remedy}`.replace(/\s*\n\s*/g, ' ');
}
