/**
 * The server's tuning, in one place. Every value can be given to buildApp; these are the defaults.
 */
export const SERVER_DEFAULTS = {
  /** Largest request body, in bytes, where a route sets no other (a transaction, a license, one party). */
  bodyLimit: 1024 * 1024,
  /** A batch of up to 1,000 parties. */
  batchBodyLimit: 4 * 1024 * 1024,
  /** A CSV or JSON upload of parties to import. */
  importBodyLimit: 64 * 1024 * 1024,
  /** Requests per key (per client address without a key) per minute. */
  rateLimitPerMinute: 120_000,
  /** Receiving a whole request may take this long (ms); a slow client is cut off after it. */
  requestTimeoutMs: 60_000,
  /** How often the data folder is looked at for a newly active list version (ms). */
  listsPollMs: 2_000,
  /** Parties in one batch screening request. */
  maxBatch: 1_000,
  /** Characters of a name to screen; longer ones are refused, not cut. */
  maxNameChars: 1_000,
  /** How often the audit chain head is signed into the checkpoint file while records keep coming (ms); one more on close. */
  auditCheckpointMs: 60_000,
  /** How often a worker thread checkpoints SQLite's write-ahead log (ms), so that no commit on the answering thread has to. */
  walCheckpointMs: 250,
  /** Dates in one effective-rate request (each takes about two seconds the first time). */
  effectiveRateDates: 24,
  /** Effective-rate reports kept in memory, one per tariff pack, trade version, date and options (each about 100 KB as JSON: by country, chapter and action). */
  effectiveRateReports: 64,
} as const;

export type ServerLimits = { -readonly [K in keyof typeof SERVER_DEFAULTS]: number };
