/** Wrong user input: the CLI prints the message and exits with code 2, having written nothing. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command ran but the answer is "no" (blocked shipment, license required): exit code 3. */
export class BlockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlockedError';
  }
}

export const EXIT = { ok: 0, failure: 1, usage: 2, blocked: 3 } as const;
