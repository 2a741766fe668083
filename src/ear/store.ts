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
  await writeFile(tmp, JSON.stringify(pack));
  await rename(tmp, path);
  const pointer = join(dir, 'current.json');
  await writeFile(`${pointer}.tmp`, JSON.stringify({ file: name, version: pack.version }));
  await rename(`${pointer}.tmp`, pointer);
  return path;
}

function bodyOf(pack: RulesPack): unknown {
  const { version: _v, builtAt: _b, source: _s, ...body } = pack;
  return body;
}

/** Loads the current pack of a folder (or a pack file), checking that its content matches its hash. */
export async function loadPack(dirOrFile: string): Promise<RulesPack> {
  let path = dirOrFile;
  if (!dirOrFile.endsWith('.json')) {
    const names = await readdir(dirOrFile);
    if (names.includes('current.json')) {
      const pointer = JSON.parse(await readFile(join(dirOrFile, 'current.json'), 'utf8')) as { file: string };
      path = join(dirOrFile, pointer.file);
    } else {
      const packs = names.filter((n) => /^rules-[0-9a-f]+\.json$/.test(n)).sort();
      const last = packs.at(-1);
      if (!last) throw new Error(`loadPack: no rules pack in ${dirOrFile}`);
      path = join(dirOrFile, last);
    }
  }
  const pack = JSON.parse(await readFile(path, 'utf8')) as RulesPack;
  const actual = packHash(bodyOf(pack));
  if (actual !== pack.version) throw new Error(`loadPack: ${path} is corrupt (content hash ${actual} != ${pack.version})`);
  return pack;
}
