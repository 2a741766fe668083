import { errors } from '../model/error-catalogue.js';
import type { ClearanceError } from '../model/errors.js';

/** SQLite's and PostgreSQL's words for a table that is not there. */
const MISSING = [/no such table: (?:main\.)?(audit_\w+)/, /relation "(?:\w+\.)?(audit_\w+)" does not exist/];

/**
 * The error for a database whose audit tables were dropped (or the head row deleted) behind clearance's
 * back, or undefined when `err` is something else: one line that says what is missing and what to do,
 * instead of the driver's stack trace.
 */
export function auditTableMissing(table: string | undefined, err: unknown): ClearanceError | undefined {
  const message = (err as Error | null)?.message ?? String(err);
  const found = table ?? MISSING.map((re) => re.exec(message)?.[1]).find((t) => t !== undefined);
  if (!found) return undefined;
  return errors.auditTableMissing(found === 'audit_head' && table ? 'head row' : `table ${found}`, err);
}
