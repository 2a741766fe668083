/** One screening worker: builds its own screener, then answers chunks of queries until told to stop. */
import { parentPort, workerData } from 'node:worker_threads';
import { parsePaths } from '../ingest/load.js';
import type { ListEntry } from '../model/list-entry.js';
import { hitsJson } from './hit-json.js';
import type { BatchAnswers, BatchFormat, WorkerInit, WorkerReply, WorkerRequest } from './parallel.js';
import { createScreener, screenerOver, type Screener } from './screen.js';
import type { ScreeningQuery, ScreenOptions } from './types.js';

async function entriesOf(init: WorkerInit): Promise<readonly ListEntry[]> {
  if ('entries' in init.source) return init.source.entries;
  const parsed = await parsePaths(init.source.listPaths);
  return parsed.flatMap((p) => p.result.entries);
}

type Answer = (query: ScreeningQuery) => BatchAnswers[BatchFormat];

function answerer(screener: Screener, options: ScreenOptions, format: BatchFormat): Answer {
  switch (format) {
    case 'json':
      return (query) => hitsJson(screener.screen(query, options));
    case 'summaries':
      return (query) => screener.screen(query, options).map(({ entry: _entry, explanation: _explanation, ...summary }) => summary);
    case 'hits':
      return (query) => screener.screen(query, options).map(({ entry: _entry, ...hit }) => hit);
  }
}

/**
 * A new worker's screening code starts unoptimised: its first few thousand queries run several times
 * slower, and the compiler's background threads compete with the other workers for the cores. Asking
 * the lists' own names (as listed, and lower-cased with a letter dropped, as typed) and the same
 * names spelled backwards (which match nothing) compiles the hit path, the fuzzy path and the miss
 * path before the batch starts, as a benchmark warms up a single thread. A throwaway screener answers
 * them, so the real one starts with empty caches and its answers cannot depend on the warm-up.
 */
function warmUp(answer: Answer, entries: readonly ListEntry[], queries: number): void {
  if (queries <= 0 || entries.length === 0) return;
  const stride = Math.max(1, Math.floor((3 * entries.length) / queries));
  for (let e = 0; e < entries.length; e += stride) {
    const name = entries[e]!.names[0]?.value ?? '';
    const typed = name.toLowerCase();
    answer({ name });
    answer({ name: typed.slice(0, typed.length >> 1) + typed.slice((typed.length >> 1) + 1) });
    answer({ name: name.split(' ').map((word) => [...word].reverse().join('')).join(' ') });
  }
}

async function run(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('parallel-worker must run as a worker thread');
  const init = workerData as WorkerInit;
  const reply = (message: WorkerReply) => port.postMessage(message);
  try {
    const started = performance.now();
    const screener = createScreener({ entries: await entriesOf(init) }, init.screener);
    warmUp(answerer(screenerOver(screener.index, init.screener), init.screen, init.format), screener.index.entries, init.warmUpQueries);
    const answer = answerer(screener, init.screen, init.format);
    reply({ type: 'ready', indexMs: performance.now() - started });
    port.on('message', (request: WorkerRequest) => {
      if (request.type === 'stop') {
        port.close();
        return;
      }
      try {
        reply({ type: 'result', start: request.start, answers: request.queries.map(answer) as BatchAnswers[BatchFormat][] });
      } catch (error) {
        reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void run();
