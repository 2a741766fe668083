import { accessSync, constants, createWriteStream, existsSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { errors } from '../model/error-catalogue.js';
import type { ClearanceError } from '../model/errors.js';

/*
 * Files a command writes where the user said (`screen --output`, `trade --chart`): checked before any
 * work, written beside and renamed into place when complete, and a file system that refuses them (a
 * read-only folder, a full disk) is one error naming the flag and the file, never an unhandled stream
 * 'error' event. A file is never written over one of the command's own inputs.
 */

/** A file or folder the command reads, named by its flag for messages. */
export interface CommandInput {
  field: string;
  path: string;
}

/** What the file system's refusal means to the user: their choice of place (exit 2), or the machine (exit 1). */
const REFUSALS: Record<string, { what: string; place: boolean }> = {
  EACCES: { what: 'permission denied', place: true },
  EPERM: { what: 'the operation is not permitted', place: true },
  EROFS: { what: 'the folder is on a read-only file system', place: true },
  ENOENT: { what: 'the folder does not exist', place: true },
  ENOTDIR: { what: 'a part of the path is not a folder', place: true },
  EISDIR: { what: 'it is a folder', place: true },
  ENOSPC: { what: 'no space is left on the device', place: false },
  EDQUOT: { what: 'the disk quota is used up', place: false },
};

/** The file system's refusal to write `path` as one ClearanceError; nothing of the file is left. */
export function outputFailure(field: string, path: string, err: unknown): ClearanceError {
  const code = (err as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? REFUSALS[code] : undefined;
  const why = known ? `${known.what} (${code as string})` : ((err as Error | null)?.message ?? String(err)).split('\n')[0]!;
  return known?.place === false ? errors.outputFailed(field, path, why, err) : errors.outputNotWritable(field, path, why, err);
}

function sameFile(a: string, b: string): boolean {
  const x = statSync(a);
  const y = statSync(b);
  return x.dev === y.dev && x.ino === y.ino;
}

/** Whether writing `output` (which exists) would write over `input` or over a file inside it (a folder). */
function overwrites(output: string, input: string): boolean {
  if (!existsSync(input)) return false;
  if (statSync(input).isDirectory()) return realpathSync(output).startsWith(realpathSync(input) + sep);
  return sameFile(output, input);
}

/**
 * Checks, before any work, that `path` can be written: its folder exists and may be written, it is not
 * a folder, and it is not one of `inputs` (the same path, a link to it, or a file inside an input folder).
 */
export function checkOutputPath(field: string, path: string, inputs: readonly CommandInput[] = []): void {
  const folder = dirname(resolve(path));
  if (!existsSync(folder)) throw errors.outputFolderMissing(field, path, folder);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw errors.outputNotWritable(field, path, 'it is a folder; name a file');
    const input = inputs.find((i) => overwrites(path, i.path));
    if (input) throw errors.outputIsInput(field, path, input.field, input.path);
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch (err) {
    throw outputFailure(field, path, err);
  }
}

function tmpBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/**
 * An output written beside its final name and renamed into place by `commit`. Errors of the stream are
 * kept and thrown by the next `write`, `drained` or `commit` as outputFailure errors.
 */
export class OutputFile {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  private failure: unknown;

  constructor(
    private readonly field: string,
    private readonly path: string,
  ) {
    this.tmp = tmpBeside(path);
    let fd: number;
    try {
      fd = openSync(this.tmp, 'w', 0o644);
    } catch (err) {
      throw outputFailure(field, path, err);
    }
    this.stream = createWriteStream('', { fd });
    this.stream.on('error', (err) => {
      this.failure ??= err;
    });
  }

  private check(): void {
    if (this.failure !== undefined) throw outputFailure(this.field, this.path, this.failure);
  }

  /** Queues `text`; false when the writer should wait for `drained()`. */
  write(text: string): boolean {
    this.check();
    return this.stream.write(text);
  }

  /** Resolves when the stream takes more, rejects when it failed. */
  drained(): Promise<void> {
    this.check();
    return new Promise<void>((res, rej) => {
      const done = (err?: unknown) => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        if (err === undefined) res();
        else rej(outputFailure(this.field, this.path, err));
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
    });
  }

  /** Flushes, closes and renames the file into place. */
  async commit(): Promise<void> {
    this.check();
    await new Promise<void>((res, rej) => this.stream.end((err?: Error | null) => (err ? rej(outputFailure(this.field, this.path, err)) : res())));
    this.check();
    try {
      renameSync(this.tmp, this.path);
    } catch (err) {
      throw outputFailure(this.field, this.path, err);
    }
  }

  /** Drops what was written. */
  abort(): void {
    this.stream.destroy();
    rmSync(this.tmp, { force: true });
  }
}

/** Writes `content` whole to `path` (beside, then renamed), with the file system's refusals as outputFailure errors. */
export function writeOutputFile(field: string, path: string, content: string | Uint8Array): void {
  const tmp = tmpBeside(path);
  try {
    writeFileSync(tmp, content, { mode: 0o644 });
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw outputFailure(field, path, err);
  }
}
