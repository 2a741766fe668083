import { createRequire } from 'node:module';
import type cliProgress from 'cli-progress';
import type { OutStream } from './io.js';

// cli-progress (CommonJS) is loaded when a bar is first drawn: most commands, and every one whose
// stderr is not a terminal, draw none, and loading it was a thirtieth of a second of their start.
const require = createRequire(import.meta.url);

export interface Progress {
  /** The count done so far, of `total`; the bar appears at the first report. */
  update(done: number, total: number): void;
  stop(): void;
}

/** A progress bar on `stream` when it is a terminal; silent otherwise (logs and pipes stay clean). */
export function progressBar(stream: OutStream, label: string): Progress {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  let bar: cliProgress.SingleBar | undefined;
  let stopped = false;
  return {
    update(done, total) {
      if (stopped) return;
      if (!bar) {
        const { SingleBar, Presets } = require('cli-progress') as typeof cliProgress;
        bar = new SingleBar(
          {
            stream: stream as NodeJS.WritableStream,
            format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
            hideCursor: true,
            etaBuffer: 200,
            fps: 10,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar?.stop();
    },
  };
}
