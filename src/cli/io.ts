import type { Environment } from '../app/config.js';

/** Where a command writes: process.stdout and process.stderr, or a test's buffers. */
export interface OutStream {
  write(text: string): unknown;
  /** True on a terminal: progress bars are drawn only there. */
  isTTY?: boolean;
}

/** A command run's streams and environment, injected so that the CLI runs in-process as well. */
export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  env: Environment;
}
