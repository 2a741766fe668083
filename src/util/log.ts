import { pino, type Logger } from 'pino';

/**
 * Structured logs go to stderr so that stdout stays the command's output (JSON decisions, JSONL results).
 * CLEARANCE_LOG_LEVEL sets the level (default 'warn' on the CLI: quiet unless something is wrong).
 */
export function createLogger(name: string, level = process.env.CLEARANCE_LOG_LEVEL ?? 'warn'): Logger {
  return pino({ name, level, base: { name } }, pino.destination({ fd: 2, sync: true }));
}
