import { run } from './program.js';
import type { OutStream } from './io.js';

/**
 * A reader that goes away (`clearance audit list | head -1`) closes the pipe: what is left to print is
 * dropped quietly, and the command still finishes what it was doing (its writes are transactions).
 */
function tolerantOfClosedPipe(stream: NodeJS.WriteStream): OutStream {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    closed = true;
  });
  return {
    write: (text: string) => (closed ? true : stream.write(text)),
    get isTTY() {
      return stream.isTTY;
    },
  };
}

process.exitCode = await run(process.argv, { stdout: tolerantOfClosedPipe(process.stdout), stderr: process.stderr, env: process.env });
