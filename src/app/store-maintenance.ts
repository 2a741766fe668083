import { join } from 'node:path';
import type { Logger } from 'pino';
import { isPostgresUrl } from '../store/database.js';
import { startWalCheckpointer } from '../store/wal-checkpointer.js';
import type { RuntimeConfig } from './config.js';

/**
 * What a long-running process does for its store besides answering: on SQLite, write-ahead-log
 * checkpoints on a thread of their own (see src/store/wal-checkpointer.ts), so that no request waits
 * for one. PostgreSQL does this itself. Returns the function that stops it.
 */
export function startStoreMaintenance(config: RuntimeConfig, log: Logger, walCheckpointMs: number): () => Promise<void> {
  if (isPostgresUrl(config.databaseUrl)) return () => Promise.resolve();
  const reported = new Set<string>();
  const checkpointer = startWalCheckpointer(join(config.dataDir, 'clearance.db'), walCheckpointMs, (message) => {
    // Once per distinct failure (a read-only folder would otherwise say so every interval); commits
    // then checkpoint the log themselves, as SQLite does by default.
    if (reported.has(message)) return;
    reported.add(message);
    log.warn({ message }, 'background WAL checkpoint failed; commits will checkpoint themselves');
  });
  return () => checkpointer.stop();
}
