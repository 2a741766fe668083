import { pino, type Logger } from 'pino';

/**
 * Structured logs go to stderr so that stdout stays the command's output (JSON decisions, JSONL results).
 * The level comes from the runtime's config (CLEARANCE_LOG_LEVEL on the CLI; default 'warn': quiet
 * unless something is wrong).
 */
export function createLogger(name: string, level = 'warn'): Logger {
  return pino({ name, level, base: { name } }, pino.destination({ fd: 2, sync: true }));
}
