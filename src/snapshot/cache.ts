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
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ListSnapshot } from '../model/snapshot.js';
import { deepFreeze } from './build.js';

const SNAPSHOT_KIND = 'snapshot';
const CACHE_SUFFIX = '.v8';
/** A cache file's name: `<kind>-<code fingerprint>.v8`. */
const CACHE_FILE = /^[a-z]+-[0-9a-f]+\.v8$/;

/** The folder clearance's code runs from: src/ under tsx, dist/ once built (this file's parent's parent). */
const CODE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

let fingerprint: string | undefined;

/**
 * Files of a build that never run: type declarations and source maps (more than half of dist/'s
 * bytes, and hashing them cost a cold command a tenth of a second).
 */
const NOT_RUN = /\.(d\.ts|map)$/;

/** sha256 over every file of the code tree that runs, by path: any change to any module gives another. */
export function codeFingerprint(root = CODE_ROOT): string {
  if (root === CODE_ROOT && fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const walk = (dir: string, relative: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      const path = join(dir, name);
      if (entry.isDirectory()) walk(path, `${relative}${name}/`);
      else if (!NOT_RUN.test(name)) hash.update(`${relative}${name}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(root, '');
  const digest = hash.digest('hex').slice(0, 16);
  if (root === CODE_ROOT) fingerprint = digest;
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

/** writeCache for a value its caller encodes (`encode` runs only here, so that a failure is as harmless). */
export function writeCacheBytes(dir: string, kind: string, encode: () => Buffer, code = codeFingerprint()): void {
  const path = cachePath(dir, kind, code);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, encode());
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

/** The version's cached snapshot, when this code cached one of the snapshot the manifest names. */
export function readCachedSnapshot(versionDir: string, expectedHash: string, code = codeFingerprint()): ListSnapshot | undefined {
  const snapshot = readCache(versionDir, SNAPSHOT_KIND, code) as Partial<ListSnapshot> | undefined;
  if (typeof snapshot?.hash !== 'string' || snapshot.hash !== expectedHash || !Array.isArray(snapshot.entries)) return undefined;
  return deepFreeze(snapshot as ListSnapshot);
}

export function writeCachedSnapshot(versionDir: string, snapshot: ListSnapshot, code = codeFingerprint()): void {
  writeCache(versionDir, SNAPSHOT_KIND, snapshot, code);
}
