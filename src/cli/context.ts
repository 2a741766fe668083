import { readConfig } from '../app/config.js';
import { lazyLogger, loadPino } from '../app/logger.js';
import type { RecoveryReport } from '../app/pending-work.js';
import type { Runtime } from '../app/runtime.js';
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

  /**
   * The runtime for `--data-dir` (else $CLEARANCE_HOME, else ~/.clearance); closed when the command ends.
   * Its modules (the store, the lists, the screening engine) load here, when a command first needs them:
   * help, usage errors and commands that only name the data folder do not pay for them.
   */
  async runtime(flags: { dataDir?: string } = {}): Promise<Runtime> {
    const config = readConfig(flags, this.io.env);
    const [{ createRuntime }, { SAMPLE_WARNING }] = await Promise.all([import('../app/runtime.js'), import('../app/lists.js')]);
    const log = lazyLogger(() => loadPino().pino({ name: 'clearance', level: config.logLevel, base: { name: 'clearance' } }, { write: (line: string) => this.io.stderr.write(line) }));
    const runtime = createRuntime(config, {
      log,
      // The sample is not a screening list: say so loudly, every time it is used.
      onSampleLists: () => this.err(`\n${'!'.repeat(100)}\n${SAMPLE_WARNING}\n${'!'.repeat(100)}\n\n`),
      onRecovery: (report) => this.reportRecovery(report),
    });
    this.runtimes.push(runtime);
    return runtime;
  }

  /** The data folder `--data-dir` names (else $CLEARANCE_HOME, else ~/.clearance), for commands that open no store and no lists. */
  dataDir(flags: { dataDir?: string } = {}): string {
    return readConfig(flags, this.io.env).dataDir;
  }

  /** One line on stderr about the re-screen a stopped command left pending, finished (or not) on opening the store. */
  private reportRecovery(report: RecoveryReport): void {
    if ('error' in report) {
      this.err(`clearance: warning: a re-screen left pending by a stopped command could not be finished (${report.error}); 'clearance parties rescreen' finishes it\n`);
      return;
    }
    if (report.rescreen.status !== 'finished') return;
    const r = report.rescreen.result;
    const done =
      'upToDate' in r
        ? `the stored parties are screened against ${r.upToDate}`
        : `re-screened ${r.partiesScreened} stored parties against ${r.added} added and ${r.changed} changed entries (${r.from} -> ${r.to}): ${r.alertsRaised} new alert${r.alertsRaised === 1 ? '' : 's'}`;
    this.err(`clearance: finished the re-screen a stopped command left pending: ${done}\n`);
  }

  /** Who is acting: `--actor`, else $CLEARANCE_ACTOR, else the login name. */
  actor(explicit?: string): string {
    return explicit ?? readConfig({}, this.io.env).defaultActor;
  }

  /** A progress bar on stderr when it is a terminal; `onProgress` of a use case feeds it. */
  progress(label: string): Progress {
    return progressBar(this.io.stderr, label);
  }

  /**
   * After a command that ran to its end: a signed audit checkpoint for each store it opened for writing, so
   * that what it recorded is witnessed. A checkpoint that cannot be written does not undo the command: a
   * warning names why, and the next command (or 'clearance audit checkpoint') signs the records then.
   */
  async afterCommand(): Promise<void> {
    const writers = this.runtimes.filter((rt) => rt.store.opened() === 'write');
    if (writers.length === 0) return;
    const { checkpointAfterWrites } = await import('../app/audit-checkpoint.js');
    for (const rt of writers) {
      await checkpointAfterWrites(rt).catch((err: unknown) => this.err(`clearance: warning: no audit checkpoint written: ${(err as Error).message.split('\n')[0]}\n`));
    }
  }

  async close(): Promise<void> {
    for (const runtime of this.runtimes.splice(0)) await runtime.close().catch(() => {});
  }
}
