import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectSources } from '../ingest/detect.js';
import type { ListSnapshot } from '../model/snapshot.js';
import { readCacheBytes, writeCacheBytes } from '../snapshot/cache.js';
import { fileSha256 } from './file-hash.js';
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
  /** Content hashes of list files remembered by their file status (see knownHashes); the oldest go first. */
  hashesKept: 64,
  /**
   * A file changed less than this long before it is hashed has its hash not remembered: file times tick
   * coarsely (a few milliseconds), so a write in the same tick would leave the status as it was.
   */
  settledMs: 2000,
} as const;

const KIND = 'list-snapshot';


/**
 * What identifies a file's content without reading it: device, inode, size, and the modification and
 * change times in nanoseconds. Any write changes the change time, which no one can set back (unlike the
 * modification time), so a file with the same status has the same content.
 */
function fileStatus(path: string): { status: string; changedMs: number } {
  const st = statSync(path, { bigint: true });
  return { status: `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`, changedMs: Number(st.ctimeNs / 1_000_000n) };
}

const HASHES_FILE = 'file-hashes.json';

/**
 * The SHA-256 of list files hashed before, by path, with the status they had then (kept in the cache
 * folder): hashing the 8 MB CSL on every `clearance check --list` cost a cold check a twentieth of a second.
 */
function knownHashes(memoDir: string | undefined): { get(path: string): Promise<string>; save(): void } {
  let known: Record<string, { status: string; sha256: string }> = {};
  try {
    if (memoDir) known = JSON.parse(readFileSync(join(memoDir, HASHES_FILE), 'utf8')) as typeof known;
  } catch {
    // None yet, or unreadable: the files are hashed.
  }
  let changed = false;
  return {
    async get(path) {
      const { status, changedMs } = fileStatus(path);
      const hit = known[path];
      if (hit?.status === status && typeof hit.sha256 === 'string') return hit.sha256;
      const hashedAt = Date.now();
      const sha256 = await fileSha256(path);
      // Remembered only when any later write must change the status (and none came while it was hashed).
      if (changedMs < hashedAt - LIST_FILE_CACHE.settledMs && fileStatus(path).status === status) {
        delete known[path];
        known[path] = { status, sha256 };
        changed = true;
      }
      return sha256;
    },
    save() {
      if (!memoDir || !changed) return;
      const kept = Object.fromEntries(Object.entries(known).slice(-LIST_FILE_CACHE.hashesKept));
      const file = join(memoDir, HASHES_FILE);
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(memoDir, { recursive: true });
        writeFileSync(tmp, JSON.stringify(kept));
        renameSync(tmp, file);
      } catch {
        // Housekeeping: the files are hashed again next time.
        try {
          rmSync(tmp, { force: true });
        } catch {
          // No folder to leave it in either.
        }
      }
    },
  };
}

/**
 * The cache folder for these files read with these options: their paths, formats and content. With a
 * `memoDir`, the content hash of a file whose status has not changed since it was last hashed is taken
 * from there instead of reading the file again.
 */
export async function listFilesKey(paths: readonly string[], force: boolean, memoDir?: string): Promise<string> {
  const hashes = knownHashes(memoDir);
  const hash = createHash('sha256').update(`force=${force}\n`);
  for (const path of paths) {
    for (const source of detectSources(path)) {
      hash.update(`${source.name}\t${source.format}\n`);
      for (const f of source.files) {
        const full = resolve(f.path);
        hash.update(`${f.role}\t${full}\t${await hashes.get(full)}\n`);
      }
    }
  }
  hashes.save();
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
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(({ name }) => ({ path: join(root, name), at: statSync(join(root, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of folders.slice(LIST_FILE_CACHE.keep)) if (old.path !== dir) rmSync(old.path, { recursive: true, force: true });
  } catch {
    // Pruning is housekeeping: the next command tries again.
  }
  return true;
}
