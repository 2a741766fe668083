import { pino } from 'pino';
import { readConfig } from '../app/config.js';
import { SAMPLE_WARNING } from '../app/lists.js';
import { createRuntime, type Runtime } from '../app/runtime.js';
import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { progressBar, type Progress } from './progress.js';

/**
 * What a command's action has: its streams, the runtime it builds from its flags and the environment,
 * and the exit code it sets when the answer is not an error (a check that says no, a broken audit chain).
 */
export class CliContext {
  exitCode: number = EXIT.ok;
  private readonly runtimes: Runtime[] = [];

  constructor(readonly io: CliIo) {}

  out(text: string): void {
    this.io.stdout.write(text);
  }

  err(text: string): void {
    this.io.stderr.write(text);
  }

  /** The runtime for `--data-dir` (else $CLEARANCE_HOME, else ~/.clearance); closed when the command ends. */
  runtime(flags: { dataDir?: string } = {}): Runtime {
    const config = readConfig(flags, this.io.env);
    const log = pino({ name: 'clearance', level: config.logLevel, base: { name: 'clearance' } }, { write: (line: string) => this.io.stderr.write(line) });
    const runtime = createRuntime(config, {
      log,
      // The sample is not a screening list: say so loudly, every time it is used.
      onSampleLists: () => this.err(`\n${'!'.repeat(100)}\n${SAMPLE_WARNING}\n${'!'.repeat(100)}\n\n`),
    });
    this.runtimes.push(runtime);
    return runtime;
  }

  /** Who is acting: `--actor`, else $CLEARANCE_ACTOR, else the login name. */
  actor(explicit?: string): string {
    return explicit ?? readConfig({}, this.io.env).defaultActor;
  }

  /** A progress bar on stderr when it is a terminal; `onProgress` of a use case feeds it. */
  progress(label: string): Progress {
    return progressBar(this.io.stderr, label);
  }

  async close(): Promise<void> {
    for (const runtime of this.runtimes.splice(0)) await runtime.close().catch(() => {});
  }
}
