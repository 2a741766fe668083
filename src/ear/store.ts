import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RulesPack } from './pack.js';
import { packHash } from './pack-hash.js';

/**
 * Packs are stored as `rules-<hash>.json` plus a `current.json` pointer, so older versions stay
 * available for as-of replay and a half-written file never becomes the active pack.
 */

function fileName(pack: RulesPack): string {
  return `rules-${pack.version.replace(/^sha256:/, '').slice(0, 16)}.json`;
}

export async function savePack(pack: RulesPack, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const name = fileName(pack);
  const path = join(dir, name);
  const tmp = `${path}.${process.pid}.tmp`;
  const text = JSON.stringify(pack);
  await writeFile(tmp, text);
  await rename(tmp, path);
  const pointer = join(dir, 'current.json');
  await writeFile(`${pointer}.tmp`, JSON.stringify({ file: name, version: pack.version, sha256: fileDigest(text) } satisfies Pointer));
  await rename(`${pointer}.tmp`, pointer);
  return path;
}

/** current.json: the active pack's file, its content version, and the digest of the file as written. */
interface Pointer {
  file: string;
  version: string;
  /** Absent in folders written before it was kept: their pack is checked by its content hash. */
  sha256?: string;
}

function fileDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function bodyOf(pack: RulesPack): unknown {
  const { version: _v, builtAt: _b, source: _s, ...body } = pack;
  return body;
}

/**
 * Loads the current pack of a folder (or a pack file), checking that its content matches its hash.
 * When the folder's pointer holds the digest of the file as it was written and the file still has it,
 * the content was hashed when it was saved and the file has not changed since: a cold command then
 * skips re-serialising a megabyte of rules canonically (a tenth of a second) to hash it again.
 */
export async function loadPack(dirOrFile: string): Promise<RulesPack> {
  let path = dirOrFile;
  let written: string | undefined;
  if (!dirOrFile.endsWith('.json')) {
    const names = await readdir(dirOrFile);
    if (names.includes('current.json')) {
      const pointer = JSON.parse(await readFile(join(dirOrFile, 'current.json'), 'utf8')) as Pointer;
      path = join(dirOrFile, pointer.file);
      written = pointer.sha256;
    } else {
      const packs = names.filter((n) => /^rules-[0-9a-f]+\.json$/.test(n)).sort();
      const last = packs.at(-1);
      if (!last) throw new Error(`loadPack: no rules pack in ${dirOrFile}`);
      path = join(dirOrFile, last);
    }
  }
  const text = await readFile(path, 'utf8');
  const pack = JSON.parse(text) as RulesPack;
  if (written !== undefined && written === fileDigest(text)) return pack;
  const actual = packHash(bodyOf(pack));
  if (actual !== pack.version) throw new Error(`loadPack: ${path} is corrupt (content hash ${actual} != ${pack.version})`);
  return pack;
}
