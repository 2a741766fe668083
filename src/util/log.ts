import { createRequire } from 'node:module';
import type { Logger } from 'pino';

// pino (CommonJS, with its dozens of modules) is loaded when a logger is made.
const require = createRequire(import.meta.url);

/** The pino module, loaded on first use. */
export function loadPino(): typeof import('pino') {
  return require('pino') as typeof import('pino');
}

/**
 * Structured logs go to stderr so that stdout stays the command's output (JSON decisions, JSONL results).
 * The level comes from the runtime's config (CLEARANCE_LOG_LEVEL on the CLI; default 'warn': quiet
 * unless something is wrong).
 */
export function createLogger(name: string, level = 'warn'): Logger {
  const { pino } = loadPino();
  return pino({ name, level, base: { name } }, pino.destination({ fd: 2, sync: true }));
}

/**
 * A logger made by `make` when it is first used: a one-shot command that logs nothing (a check that
 * goes well) does not load pino, a twentieth of a second of its start.
 */
export function lazyLogger(make: () => Logger): Logger {
  let logger: Logger | undefined;
  const real = () => (logger ??= make());
  return new Proxy({} as Logger, {
    get(_, key) {
      const target = real();
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
  });
}
