import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { errors } from '../model/error-catalogue.js';

/**
 * Everything a Runtime is built from, read once at the edge (the CLI's flags and environment, the
 * server's options): nothing deeper reads process.env.
 */
export interface RuntimeConfig {
  /** The data folder: list versions, rules packs, the SQLite store. */
  dataDir: string;
  /** A postgres:// URL selects PostgreSQL; otherwise SQLite in the data folder. */
  databaseUrl?: string;
  /** SQLite only: the most the database file may grow to, in bytes. */
  sqliteMaxBytes?: number;
  /** pino level: 'warn' on the CLI by default (quiet unless something is wrong). */
  logLevel: string;
  /** Who acts when a call names nobody: the CLI's user. API calls name their key instead. */
  defaultActor: string;
  /** $CLEARANCE_AUDIT_KEY: the PEM private key that signs audit checkpoints, kept outside the data folder. */
  auditKeyPem?: string;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export interface ConfigFlags {
  /** --data-dir */
  dataDir?: string;
}

/** The config from flags and environment: --data-dir, else $CLEARANCE_HOME, else ~/.clearance. */
export function readConfig(flags: ConfigFlags, env: Environment): RuntimeConfig {
  const config: RuntimeConfig = {
    dataDir: resolve(flags.dataDir ?? env.CLEARANCE_HOME ?? join(homedir(), '.clearance')),
    logLevel: env.CLEARANCE_LOG_LEVEL || 'warn',
    defaultActor: env.CLEARANCE_ACTOR ?? env.USER ?? env.USERNAME ?? 'unknown',
  };
  if (env.DATABASE_URL) config.databaseUrl = env.DATABASE_URL;
  if (env.CLEARANCE_AUDIT_KEY) config.auditKeyPem = env.CLEARANCE_AUDIT_KEY;
  const maxBytes = env.CLEARANCE_SQLITE_MAX_BYTES?.trim();
  if (maxBytes) {
    const n = Number(maxBytes);
    if (!Number.isInteger(n) || n <= 0) throw errors.invalidOption('CLEARANCE_SQLITE_MAX_BYTES', maxBytes, 'must be a positive whole number of bytes');
    config.sqliteMaxBytes = n;
  }
  return config;
}
