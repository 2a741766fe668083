import { ClearanceError } from '../model/errors.js';

/** File-system error codes that mean the data folder cannot take a new version, and what to do. */
const FAILURES: Record<string, { code: string; what: string; remedy: string }> = {
  ENOSPC: { code: 'data_folder_full', what: 'no space is left on its device', remedy: 'free disk space and rerun' },
  EDQUOT: { code: 'data_folder_full', what: 'the disk quota is used up', remedy: 'free disk space and rerun' },
  EROFS: { code: 'data_folder_read_only', what: 'it is on a read-only file system', remedy: 'give a writable folder with --data-dir or $CLEARANCE_HOME' },
  EACCES: { code: 'data_folder_read_only', what: 'permission is denied', remedy: 'give a writable folder with --data-dir or $CLEARANCE_HOME' },
  EPERM: { code: 'data_folder_read_only', what: 'the operation is not permitted', remedy: 'give a writable folder with --data-dir or $CLEARANCE_HOME' },
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
  return new ClearanceError(f.code, 'unavailable', `cannot write a list version into ${home}: ${f.what} (${code}); ${kept}; ${f.remedy}`, {
    field: home,
    cause: err,
  });
}
