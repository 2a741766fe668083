import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectSources } from '../ingest/detect.js';
import type { ListSnapshot } from '../model/snapshot.js';
import { readCacheBytes, writeCacheBytes } from '../snapshot/cache.js';
import { packSnapshot, unpackSnapshot } from '../snapshot/lazy-entries.js';

/**
 * List files named on the command line (`--list FILE`) parsed once: the snapshot (and, beside it, the
 * screening index) is kept in the data folder under a key made of the files' paths and content
 * hashes, so a command that names the same files again starts from the cache. Cache files are named by
 * the code's fingerprint (see snapshot/cache.ts), so a new release parses afresh. Only the most
 * recently used few are kept.
 */
export const LIST_FILE_CACHE = {
  /** Folders of parsed list files kept; the least recently used go first. */
  keep: 4,
} as const;

const KIND = 'list-snapshot';

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The cache folder for these files read with these options: their paths, formats and content. */
export async function listFilesKey(paths: readonly string[], force: boolean): Promise<string> {
  const hash = createHash('sha256').update(`force=${force}\n`);
  for (const path of paths) {
    for (const source of detectSources(path)) {
      hash.update(`${source.name}\t${source.format}\n`);
      for (const f of source.files) hash.update(`${f.role}\t${resolve(f.path)}\t${await fileSha256(f.path)}\n`);
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * The cached snapshot in `dir`, when this code made one there. It is kept in the lazy layout (see
 * snapshot/lazy-entries.ts): a command that screens a few parties decodes the few entries they resemble.
 */
export function readListFilesCache(dir: string): ListSnapshot | undefined {
  const bytes = readCacheBytes(dir, KIND);
  let cached: ListSnapshot | undefined;
  try {
    cached = bytes && unpackSnapshot(bytes);
  } catch {
    // A damaged file: parsed afresh, as a missing one is.
  }
  if (!cached) return undefined;
  try {
    utimesSync(dir, new Date(), new Date());
  } catch {
    // A folder that cannot be touched is only ranked as older.
  }
  return cached;
}

/** Keeps the snapshot in `dir` (made when missing) and drops the least recently used folders beyond LIST_FILE_CACHE.keep. */
export function writeListFilesCache(root: string, dir: string, snapshot: ListSnapshot): boolean {
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return false;
  }
  writeCacheBytes(dir, KIND, () => packSnapshot(snapshot));
  try {
    const folders = readdirSync(root)
      .map((name) => ({ path: join(root, name), at: statSync(join(root, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of folders.slice(LIST_FILE_CACHE.keep)) if (old.path !== dir) rmSync(old.path, { recursive: true, force: true });
  } catch {
    // Pruning is housekeeping: the next command tries again.
  }
  return true;
}
