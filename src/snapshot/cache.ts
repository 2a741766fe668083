/**
 * A stored list version's snapshot, kept beside its files in v8's serialisation format: reading it
 * back takes a fraction of the time that parsing the official files and hashing every entry does,
 * and every command that screens against the data folder starts with that.
 *
 * A cache file is named by a fingerprint of clearance's own code, so that a new release (or any
 * change to a parser) reads the files afresh instead of trusting a snapshot an older parser made.
 * Versions never change once written, so nothing else can make a cache file stale.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ListSnapshot } from '../model/snapshot.js';
import { deepFreeze } from './build.js';

const CACHE_PREFIX = 'snapshot-';
const CACHE_SUFFIX = '.v8';

/** The folder clearance's code runs from: src/ under tsx, dist/ once built (this file's parent's parent). */
const CODE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

let fingerprint: string | undefined;

/** sha256 over every file of the code tree, by path: any change to any module gives another. */
export function codeFingerprint(root = CODE_ROOT): string {
  if (root === CODE_ROOT && fingerprint !== undefined) return fingerprint;
  const hash = createHash('sha256');
  const walk = (dir: string, relative: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, `${relative}${name}/`);
      else hash.update(`${relative}${name}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(root, '');
  const digest = hash.digest('hex').slice(0, 16);
  if (root === CODE_ROOT) fingerprint = digest;
  return digest;
}

function cachePath(versionDir: string, code: string): string {
  return join(versionDir, `${CACHE_PREFIX}${code}${CACHE_SUFFIX}`);
}

/**
 * The version's cached snapshot, or undefined when there is none for this code, or it cannot be
 * read (a half-written or damaged file): the caller parses the files then.
 */
export function readCachedSnapshot(versionDir: string, expectedHash: string, code = codeFingerprint()): ListSnapshot | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cachePath(versionDir, code));
  } catch {
    return undefined;
  }
  try {
    const snapshot = deserialize(bytes) as ListSnapshot;
    if (typeof snapshot?.hash !== 'string' || snapshot.hash !== expectedHash || !Array.isArray(snapshot.entries)) return undefined;
    return deepFreeze(snapshot);
  } catch {
    return undefined;
  }
}

/**
 * Keeps the snapshot beside the version's files (written to a sibling and renamed over, so a reader
 * never sees half of it) and removes caches made by other code. A data folder that cannot be
 * written to is no error: the next command parses the files again.
 */
export function writeCachedSnapshot(versionDir: string, snapshot: ListSnapshot, code = codeFingerprint()): void {
  const path = cachePath(versionDir, code);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, serialize(snapshot));
    renameSync(tmp, path);
    for (const name of readdirSync(versionDir)) {
      if (name.startsWith(CACHE_PREFIX) && name.endsWith(CACHE_SUFFIX) && join(versionDir, name) !== path) rmSync(join(versionDir, name), { force: true });
    }
  } catch {
    rmSync(tmp, { force: true });
  }
}
