import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * Where a parser reads from: a name for error messages and a way to open a fresh byte stream.
 * Parsers never read a whole file into one string, so memory stays bounded on large lists.
 */
export interface InputSource {
  /** File path or URL, used in messages ("sdn.csv line 12: ..."). */
  readonly name: string;
  open(): Readable;
}

/** Whether a path names a gzip-compressed file, which is read as the file it holds. */
export function isGzipPath(path: string): boolean {
  return /\.gz$/i.test(path);
}

/**
 * A file on disk, named `name` in messages (the user's path when `path` is a working copy). A `.gz` file
 * is decompressed as it is read (lists are often kept compressed); a damaged or cut gzip stream fails the
 * read with zlib's error rather than ending early.
 */
export function fileSource(path: string, name = path): InputSource {
  if (!isGzipPath(path)) return { name, open: () => createReadStream(path) };
  return {
    name,
    // pipeline() carries a read error of the file into the gunzip stream the parser reads.
    open: () => pipeline(createReadStream(path), createGunzip(), () => undefined),
  };
}

/** In-memory bytes or text, for tests and for downloads already held in a buffer. */
export function bufferSource(name: string, data: Uint8Array | string): InputSource {
  return { name, open: () => Readable.from([typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)]) };
}
