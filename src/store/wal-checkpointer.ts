import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * SQLite moves the write-ahead log into the database file at a checkpoint, and by default the
 * connection whose commit pushes the log past 1,000 pages does it inside that commit, with an fsync:
 * on a server that thread is the one answering requests, which then all wait for the disk (stalls of a
 * hundred milliseconds and more under load). A long-running process instead checkpoints from a worker
 * thread with a connection of its own, often enough (PASSIVE: it never blocks readers or the writer)
 * that the log stays far below the size at which a commit would do it. Nothing about durability
 * changes: a checkpoint only copies committed pages.
 */

export interface WalCheckpointer {
  /** Stops the worker after one last checkpoint. */
  stop(): Promise<void>;
}

// Plain JavaScript run by the worker (no TypeScript loader needed there); it opens the database once
// the file exists, since the store is created on first use.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { existsSync } = require('node:fs');
const Database = require(workerData.driver);
let db;
function checkpoint() {
  try {
    if (!db) {
      if (!existsSync(workerData.file)) return;
      db = new Database(workerData.file, { fileMustExist: true });
      db.pragma('busy_timeout = 5000');
    }
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    parentPort.postMessage({ error: String((err && err.message) || err) });
  }
}
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  if (db) db.close();
  parentPort.close();
});
`;

/** Checkpoints `file`'s write-ahead log every `everyMs` from a worker thread; errors go to `onError`, the schedule goes on. */
export function startWalCheckpointer(file: string, everyMs: number, onError: (message: string) => void): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, everyMs } });
  worker.unref();
  worker.on('message', (m: { error?: string }) => {
    if (m.error) onError(m.error);
  });
  worker.on('error', (err) => onError(err.message));
  let exited = false;
  const exit = once(worker, 'exit').then(() => void (exited = true));
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        if (exited) return;
        worker.postMessage('stop');
        const timeout = setTimeout(() => void worker.terminate(), 5_000);
        await exit;
        clearTimeout(timeout);
      })();
      return stopped;
    },
  };
}
