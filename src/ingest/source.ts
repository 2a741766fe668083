import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * Where a parser reads from: a name for error messages and a way to open a fresh byte stream.
 * Parsers never read a whole file into one string, so memory stays bounded on large lists.
 */
export interface InputSource {
  /** File path or URL, used in messages ("sdn.csv line 12: ..."). */
  readonly name: string;
  open(): Readable;
}

/** A file read from `path`, named `name` in messages (the user's path when `path` is a working copy). */
export function fileSource(path: string, name = path): InputSource {
  return { name, open: () => createReadStream(path) };
}

/** In-memory bytes or text, for tests and for downloads already held in a buffer. */
export function bufferSource(name: string, data: Uint8Array | string): InputSource {
  return { name, open: () => Readable.from([typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)]) };
}
