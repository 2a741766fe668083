import cliProgress from 'cli-progress';

export interface Progress {
  tick(n?: number): void;
  /** Sets the count done so far. */
  update(done: number): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent otherwise (logs and pipes stay clean). */
export function progressBar(label: string, total: number | undefined): Progress {
  if (!process.stderr.isTTY) return { tick: () => {}, update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`,
      hideCursor: true,
      etaBuffer: 200,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0);
  let value = 0;
  let stopped = false;
  return {
    tick(n = 1) {
      value += n;
      if (total === undefined) bar.setTotal(value);
      bar.update(value);
    },
    update(done: number) {
      value = done;
      bar.update(value);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
