import type { ErrorKind } from '../model/errors.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, blocked: 3 } as const;

/**
 * The one place where the command line maps an error's kind to its exit code: 2 wrong input (the
 * message names the field or file and value; nothing was written), 3 the answer is "no", 1 a failure
 * outside the user's input (database down or full, a download failed).
 */
export const EXIT_BY_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: EXIT.usage,
  not_found: EXIT.usage,
  conflict: EXIT.usage,
  refused: EXIT.blocked,
  unavailable: EXIT.failure,
};
