/** One screening worker: builds its own screener, then answers chunks of queries until told to stop. */
import { parentPort, workerData } from 'node:worker_threads';
import { parsePaths } from '../ingest/load.js';
import type { ListEntry } from '../model/list-entry.js';
import type { BatchHit, WorkerInit, WorkerReply, WorkerRequest } from './parallel.js';
import { createScreener } from './screen.js';

async function entriesOf(init: WorkerInit): Promise<readonly ListEntry[]> {
  if ('entries' in init.source) return init.source.entries;
  const parsed = await parsePaths(init.source.listPaths);
  return parsed.flatMap((p) => p.result.entries);
}

async function run(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('parallel-worker must run as a worker thread');
  const init = workerData as WorkerInit;
  const reply = (message: WorkerReply) => port.postMessage(message);
  try {
    const started = performance.now();
    const screener = createScreener({ entries: await entriesOf(init) }, init.screener);
    reply({ type: 'ready', indexMs: performance.now() - started });
    port.on('message', (request: WorkerRequest) => {
      if (request.type === 'stop') {
        port.close();
        return;
      }
      try {
        const hits: BatchHit[][] = request.queries.map((query) =>
          screener.screen(query, init.screen).map(({ entry: _entry, ...hit }) => hit),
        );
        reply({ type: 'result', start: request.start, hits });
      } catch (error) {
        reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void run();
