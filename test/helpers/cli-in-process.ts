import { run } from '../../src/cli/program.js';
import type { CliResult } from './cli.js';

/**
 * Runs the CLI in this process (faster than a child process: modules load once per test file), capturing
 * the text it writes. Commands run one at a time: output is captured by replacing the stream writers while
 * one runs. Bytes written meanwhile (node's test runner reports to its parent through stdout, in binary)
 * go through untouched.
 */
export async function runInProcess(args: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const writers = { stdout: process.stdout.write, stderr: process.stderr.write };
  const capture = (into: string[], original: typeof process.stdout.write, stream: NodeJS.WriteStream) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) =>
      typeof chunk === 'string' ? into.push(chunk) > 0 : (original as (...a: unknown[]) => boolean).call(stream, chunk, ...rest)) as typeof process.stdout.write;
  process.stdout.write = capture(out, writers.stdout, process.stdout);
  process.stderr.write = capture(err, writers.stderr, process.stderr);
  process.exitCode = undefined;
  try {
    const code = await run(['node', 'clearance', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = writers.stdout;
    process.stderr.write = writers.stderr;
    process.exitCode = undefined;
  }
}
