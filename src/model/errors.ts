/**
 * The one error type of clearance. Every failure a user or a client can act on is a ClearanceError
 * with a stable `code` (what happened, for programs), a `kind` (how each adapter answers it) and a
 * message that names the field and the value as given. Adapters map kinds once:
 *
 * | kind          | CLI exit | HTTP |
 * |---------------|----------|------|
 * | `invalid`     | 2        | 400 (422 for a well-formed body that fails a rule) |
 * | `not_found`   | 2        | 404  |
 * | `conflict`    | 2        | 409  |
 * | `refused`     | 3        | 403 (a rule says no: blocked shipment, four-eyes, role) |
 * | `unavailable` | 1        | 503 (database down or full, a download failed) |
 */

export type ErrorKind = 'invalid' | 'not_found' | 'conflict' | 'refused' | 'unavailable';

export interface ClearanceErrorOptions {
  /** The input field at fault ("items[0].value_usd", "--as-of", "line 12: dob"). */
  field?: string;
  /** The value as the user gave it. */
  value?: unknown;
  /** Structured detail for clients (never personal data or secrets). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class ClearanceError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly field?: string;
  readonly value?: unknown;
  readonly details?: Record<string, unknown>;

  constructor(code: string, kind: ErrorKind, message: string, options: ClearanceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClearanceError';
    this.code = code;
    this.kind = kind;
    if (options.field !== undefined) this.field = options.field;
    if (options.value !== undefined) this.value = options.value;
    if (options.details !== undefined) this.details = options.details;
  }
}

export function isClearanceError(err: unknown): err is ClearanceError {
  return err instanceof ClearanceError;
}

/** How a value is shown in a message: as typed, quoted when it is text, bounded in length. */
export function shownValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) text = String(value);
  else if (value === undefined) text = 'nothing';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Wrong input: "`field`: reason (got value)". */
/** The message invalidInput gives, for a caller that reports the fault without throwing (a lenient batch). */
export function invalidInputMessage(field: string, value: unknown, reason: string): string {
  return `${field}: ${reason} (got ${shownValue(value)})`;
}

export function invalidInput(field: string, value: unknown, reason: string, code = 'invalid_input'): ClearanceError {
  return new ClearanceError(code, 'invalid', invalidInputMessage(field, value, reason), { field, value });
}
