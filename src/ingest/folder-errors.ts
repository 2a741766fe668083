import { errors } from '../model/error-catalogue.js';
import type { ClearanceError } from '../model/errors.js';

/** File-system error codes that mean the data folder cannot take a new version, and what to do. */
const FULL = { error: errors.dataFolderFull, remedy: 'free disk space and rerun' };
const READ_ONLY = { error: errors.dataFolderReadOnly, remedy: 'give a writable folder with --data-dir or $CLEARANCE_HOME' };
const FAILURES: Record<string, { error: typeof errors.dataFolderFull; what: string; remedy: string }> = {
  ENOSPC: { ...FULL, what: 'no space is left on its device' },
  EDQUOT: { ...FULL, what: 'the disk quota is used up' },
  EROFS: { ...READ_ONLY, what: 'it is on a read-only file system' },
  EACCES: { ...READ_ONLY, what: 'permission is denied' },
  EPERM: { ...READ_ONLY, what: 'the operation is not permitted' },
};

/**
 * A write into the data folder that the file system refused (disk full, read-only), as one ClearanceError
 * naming the folder, the cause and the remedy, and saying that the active version stays; undefined for any
 * other error. Nothing half-written is left: the caller has removed its staging folder.
 */
export function dataFolderFailure(err: unknown, home: string, active: string | undefined): ClearanceError | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code in FAILURES)) return undefined;
  const f = FAILURES[code]!;
  const kept = active ? `version ${active} stays active` : 'nothing was activated';
  return f.error(home, `cannot write a list version into ${home}: ${f.what} (${code}); ${kept}; ${f.remedy}`, err);
}
