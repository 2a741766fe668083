/** One screening worker: sets up its own screener, then answers chunks of queries until told to stop. */
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { parsePaths } from '../ingest/load.js';
import type { ListEntry } from '../model/list-entry.js';
import { answerer } from './batch-answer.js';
import { buildCandidateIndex, type CandidateIndex } from './index.js';
import { indexFromImage } from './index-image.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './parallel.js';
import { screenerOver } from './screen.js';

async function indexOf(init: WorkerInit): Promise<CandidateIndex> {
  const source = init.source;
  if ('image' in source) return indexFromImage(deserialize(Buffer.from(source.entriesBytes)) as ListEntry[], source.image);
  if ('entries' in source) return buildCandidateIndex(source.entries);
  const parsed = await parsePaths(source.listPaths);
  return buildCandidateIndex(parsed.flatMap((p) => p.result.entries));
}

async function run(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('parallel-worker must run as a worker thread');
  const init = workerData as WorkerInit;
  const reply = (message: WorkerReply) => port.postMessage(message);
  try {
    const started = performance.now();
    const screener = screenerOver(await indexOf(init), init.screener);
    const answer = answerer(screener, init.screen, init.format);
    reply({ type: 'ready', indexMs: performance.now() - started });
    port.on('message', (request: WorkerRequest) => {
      if (request.type === 'stop') {
        port.close();
        return;
      }
      try {
        reply({ type: 'result', start: request.start, answers: request.queries.map(answer) });
      } catch (error) {
        reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void run();
