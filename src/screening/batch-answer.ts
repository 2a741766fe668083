/** How a batch answers one query, in the form the caller asked for; the same on a worker and on the calling thread. */
import { hitsJson } from './hit-json.js';
import type { BatchAnswers, BatchFormat } from './parallel.js';
import type { Screener } from './screen.js';
import type { ScreeningQuery, ScreenOptions } from './types.js';

export type Answer<F extends BatchFormat> = (query: ScreeningQuery) => BatchAnswers[F];

export function answerer<F extends BatchFormat>(screener: Screener, options: ScreenOptions, format: F): Answer<F> {
  const answers: { [K in BatchFormat]: Answer<K> } = {
    json: (query) => hitsJson(screener.screen(query, options)),
    hits: (query) => screener.screen(query, options).map(({ entry: _entry, ...hit }) => hit),
  };
  return answers[format];
}
