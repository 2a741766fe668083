import cliProgress from 'cli-progress';
import type { OutStream } from './io.js';

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
        bar = new cliProgress.SingleBar(
          {
            stream: stream as NodeJS.WritableStream,
            format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
            hideCursor: true,
            etaBuffer: 200,
            fps: 10,
          },
          cliProgress.Presets.shades_classic,
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
