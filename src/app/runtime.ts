import type { Logger } from 'pino';
import { createLogger } from '../util/log.js';
import { systemClock, type Clock } from './clock.js';
import type { RuntimeConfig } from './config.js';
import { createListsSource, type ListsSource } from './lists.js';
import { recoverPendingWork, rescreenPending, type RecoveryReport } from './pending-work.js';
import { createRulesSource, type RulesSource } from './rules.js';
import { createStoreSource, type StoreSource } from './store-source.js';

/**
 * What every use case runs over, built once at the edge from a config read once: the data folder, the
 * store (opened lazily), the lists and rules sources, a clock and a logger. The actor is not here: it
 * is per call (a CLI user, an API key's name).
 */
export interface Runtime {
  readonly config: RuntimeConfig;
  readonly dataDir: string;
  readonly store: StoreSource;
  readonly lists: ListsSource;
  readonly rules: RulesSource;
  readonly clock: Clock;
  readonly log: Logger;
  /** Closes the store; the runtime is not used after. */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  log?: Logger;
  /** Called when opening the store finished (or failed to finish) work a stopped command left pending. */
  onRecovery?: (report: RecoveryReport) => void;
  clock?: Clock;
  /** Called each time a use case falls back to the built-in sample list (the CLI prints a banner). */
  onSampleLists?: () => void;
  /** Where the lists come from; default: resolved afresh by each call (see lists.ts). A server passes warm ones. */
  lists?: ListsSource;
}

export function createRuntime(config: RuntimeConfig, options: RuntimeOptions = {}): Runtime {
  const log = options.log ?? createLogger('clearance', config.logLevel);
  const store = createStoreSource(config, log, {
    pending: () => rescreenPending(config.dataDir),
    finish: async (opened) => {
      const report = await recoverPendingWork(opened, config.dataDir, config.defaultActor, log);
      if ('error' in report || report.rescreen.status === 'finished') options.onRecovery?.(report);
    },
  });
  return {
    config,
    dataDir: config.dataDir,
    store,
    lists: options.lists ?? createListsSource(config.dataDir, { onSample: options.onSampleLists }),
    rules: createRulesSource(config.dataDir),
    clock: options.clock ?? systemClock,
    log,
    close: () => store.close(),
  };
}
