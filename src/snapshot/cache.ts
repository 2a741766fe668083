/**
 * What a stored list version costs to work out (its parsed snapshot, its screening index), kept
 * beside its files in v8's serialisation format: reading it back takes a fraction of the time that
 * parsing the official files, hashing every entry and analysing every name do, and every command that
 * screens against the data folder starts with those.
 *
 * A cache file is named by a fingerprint of clearance's own code, so that a new release (or any
 * change to a parser or to name analysis) works everything out afresh instead of trusting what older
 * code made. Versions never change once written, so nothing else can make a cache file stale.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ListSnapshot } from '../model/snapshot.js';
import { packSnapshot, unpackSnapshot } from './lazy-entries.js';

const SNAPSHOT_KIND = 'snapshot';
const CACHE_SUFFIX = '.v8';
/** A cache file's name: `<kind>-<code fingerprint>.v8`. */
const CACHE_FILE = /^[a-z]+-[0-9a-f]+\.v8$/;

/** The folder clearance's code runs from: src/ under tsx, dist/ once built (this file's parent's parent). */
const CODE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

let fingerprint: string | undefined;

/**
 * Files of a build that never run: type declarations and source maps (more than half of dist/'s
 * bytes, and hashing them cost a cold command a tenth of a second), and the recorded fingerprint.
 */
const NOT_RUN = /\.(d\.ts|map)$|^code-fingerprint\.json$/;

/**
 * `npm run build` records the fingerprint of dist/ here, with the size and modification time of every
 * file it hashed: a cold command whose files still have them takes the recorded fingerprint instead of
 * reading and hashing 1.7 MB of code (60 ms). Any file rewritten, added or removed since (a `tsc` run
 * without the rest of the build, an edit) changes the sizes and times, and the content is hashed again.
 */
const RECORDED_FINGERPRINT = 'code-fingerprint.json';

interface CodeFile {
  relative: string;
  path: string;
}

/** The files of the code tree that run, in a stable order. */
function codeFiles(root: string): CodeFile[] {
  const files: CodeFile[] = [];
  const walk = (dir: string, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      const path = join(dir, name);
      if (entry.isDirectory()) walk(path, `${relative}${name}/`);
      else if (!NOT_RUN.test(name)) files.push({ relative: `${relative}${name}`, path });
    }
  };
  walk(root, '');
  return files;
}

function contentFingerprint(files: readonly CodeFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.relative}\0`).update(readFileSync(f.path)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function statSignature(files: readonly CodeFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    const st = statSync(f.path, { bigint: true });
    hash.update(`${f.relative}\0${st.size}\0${st.mtimeNs}\n`);
  }
  return hash.digest('hex');
}

/** The fingerprint the build recorded in `root`, when every file still has the size and time it had then. */
function recordedFingerprint(root: string, files: readonly CodeFile[]): string | undefined {
  let recorded: { files?: unknown; fingerprint?: unknown };
  try {
    recorded = JSON.parse(readFileSync(join(root, RECORDED_FINGERPRINT), 'utf8')) as typeof recorded;
  } catch {
    return undefined;
  }
  if (typeof recorded.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(recorded.fingerprint)) return undefined;
  return recorded.files === statSignature(files) ? recorded.fingerprint : undefined;
}

/** sha256 over every file of the code tree that runs, by path: any change to any module gives another. */
export function codeFingerprint(root = CODE_ROOT): string {
  if (root === CODE_ROOT && fingerprint !== undefined) return fingerprint;
  const files = codeFiles(root);
  const digest = recordedFingerprint(root, files) ?? contentFingerprint(files);
  if (root === CODE_ROOT) fingerprint = digest;
  return digest;
}

/** For the build: records `root`'s fingerprint beside its files (see RECORDED_FINGERPRINT); returns it. */
export function recordCodeFingerprint(root: string): string {
  const files = codeFiles(root);
  const digest = contentFingerprint(files);
  writeFileSync(join(root, RECORDED_FINGERPRINT), `${JSON.stringify({ fingerprint: digest, files: statSignature(files) })}\n`);
  return digest;
}

function cachePath(dir: string, kind: string, code: string): string {
  return join(dir, `${kind}-${code}${CACHE_SUFFIX}`);
}

/**
 * What this code cached in `dir` under `kind`, or undefined when there is none, or it cannot be read
 * (a half-written or damaged file): the caller works it out afresh then.
 */
export function readCache(dir: string, kind: string, code = codeFingerprint()): unknown {
  try {
    return deserialize(readFileSync(cachePath(dir, kind, code))) as unknown;
  } catch {
    return undefined;
  }
}

/** readCache for a value kept in a format of its own (see writeCacheBytes): its bytes, or undefined. */
export function readCacheBytes(dir: string, kind: string, code = codeFingerprint()): Buffer | undefined {
  try {
    return readFileSync(cachePath(dir, kind, code));
  } catch {
    return undefined;
  }
}

/**
 * Keeps `value` in `dir` under `kind` (written to a sibling and renamed over, so a reader never sees
 * half of it) and removes what other code cached there under the same kind. A folder that cannot be
 * written to is no error: the next command works the value out again.
 */
export function writeCache(dir: string, kind: string, value: unknown, code = codeFingerprint()): void {
  writeCacheBytes(dir, kind, () => serialize(value), code);
}

/**
 * The file written and flushed to the disk before it is renamed into place: after a crash the cache
 * holds the whole file or none of it, never a name over missing blocks. It also spares the next
 * command reading pages the kernel has yet to write back, which on this project's 2-core machine made
 * every check in the half minute after a cache was written a fifth of a second slower.
 */
function writeDurably(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** writeCache for a value its caller encodes (`encode` runs only here, so that a failure is as harmless). */
export function writeCacheBytes(dir: string, kind: string, encode: () => Buffer, code = codeFingerprint()): void {
  const path = cachePath(dir, kind, code);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeDurably(tmp, encode());
    renameSync(tmp, path);
    for (const name of readdirSync(dir)) {
      if (name.startsWith(`${kind}-`) && name.endsWith(CACHE_SUFFIX) && join(dir, name) !== path) rmSync(join(dir, name), { force: true });
    }
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** Removes every cache file in `dir`, of any kind and any code. */
export function removeCaches(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (CACHE_FILE.test(name)) rmSync(join(dir, name), { force: true });
}

/**
 * The version's cached snapshot, when this code cached one of the snapshot the manifest names. It is
 * kept in the lazy layout (see lazy-entries.ts): a command decodes the entries it looks at, and a
 * server holds a quarter of the objects that fully decoded entries are, so each major garbage
 * collection of its heap (a pause of every request in flight) has that much less to mark.
 */
export function readCachedSnapshot(versionDir: string, expectedHash: string, code = codeFingerprint()): ListSnapshot | undefined {
  const bytes = readCacheBytes(versionDir, SNAPSHOT_KIND, code);
  let snapshot: ListSnapshot | undefined;
  try {
    snapshot = bytes && unpackSnapshot(bytes);
  } catch {
    return undefined;
  }
  return snapshot?.hash === expectedHash ? snapshot : undefined;
}

export function writeCachedSnapshot(versionDir: string, snapshot: ListSnapshot, code = codeFingerprint()): void {
  writeCacheBytes(versionDir, SNAPSHOT_KIND, () => packSnapshot(snapshot), code);
}
