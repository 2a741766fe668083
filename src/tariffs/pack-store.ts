import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ClearanceError } from '../model/errors.js';
import { PACK_FORMAT, type PackBody, type TariffPack } from './pack.js';

/**
 * Tariff packs on disk: `tariffs-<hash>.json` in the data folder's `tariffs/`, with a `current.json`
 * pointer, like the EAR rules packs. The file is one header line (format, version, when and from
 * where it was built) and the body on the next; the version is the sha256 of the body as stored, so
 * loading checks it without serialising anything again.
 */

interface Header {
  format: string;
  version: string;
  builtAt: string;
  sourceDir: string;
}

function versionOf(bodyText: string): string {
  return `sha256:${createHash('sha256').update(bodyText).digest('hex')}`;
}

/** A pack of a body: its version is the hash of the body's JSON. */
export function packOf(body: PackBody, meta: { builtAt: string; sourceDir: string }): TariffPack {
  return { ...body, version: versionOf(JSON.stringify(body)), builtAt: meta.builtAt, sourceDir: meta.sourceDir };
}

function bodyOf(pack: TariffPack): PackBody {
  const { version: _v, builtAt: _b, sourceDir: _s, ...body } = pack;
  return body;
}

function fileName(version: string): string {
  return `tariffs-${version.replace(/^sha256:/, '').slice(0, 16)}.json`;
}

/** Writes the pack beside earlier ones and makes it current; returns its path. */
export async function saveTariffPack(pack: TariffPack, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const bodyText = JSON.stringify(bodyOf(pack));
  const version = versionOf(bodyText);
  const header: Header = { format: PACK_FORMAT, version, builtAt: pack.builtAt, sourceDir: pack.sourceDir };
  const name = fileName(version);
  const path = join(dir, name);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(header)}\n${bodyText}\n`);
  await rename(tmp, path);
  const pointer = join(dir, 'current.json');
  await writeFile(`${pointer}.${process.pid}.tmp`, JSON.stringify({ file: name, version }));
  await rename(`${pointer}.${process.pid}.tmp`, pointer);
  return path;
}

/** The pack file a folder's pointer names (or the newest), or the file given. */
export async function resolvePackFile(dirOrFile: string): Promise<string> {
  const path = resolve(dirOrFile);
  if (!existsSync(path)) throw new ClearanceError('tariff_pack_missing', 'not_found', `no tariff pack at ${dirOrFile}`, { field: '--pack', value: dirOrFile });
  if (statSync(path).isFile()) return path;
  const names = await readdir(path);
  if (names.includes('current.json')) {
    const pointer = JSON.parse(await readFile(join(path, 'current.json'), 'utf8')) as { file: string };
    return join(path, pointer.file);
  }
  const packs = names.filter((n) => /^tariffs-[0-9a-f]+\.json$/.test(n)).sort();
  const last = packs.at(-1);
  if (!last) throw new ClearanceError('tariff_pack_missing', 'not_found', `no tariff pack in ${dirOrFile}`, { field: '--pack', value: dirOrFile });
  return join(path, last);
}

/** Loads a pack (file or folder), checking that its body matches its version. */
export async function loadTariffPack(dirOrFile: string): Promise<TariffPack> {
  const path = await resolvePackFile(dirOrFile);
  const text = await readFile(path, 'utf8');
  const cut = text.indexOf('\n');
  const corrupt = (why: string): ClearanceError =>
    new ClearanceError('tariff_pack_corrupt', 'unavailable', `tariff pack ${path} is corrupt (${why}); rebuild it with 'clearance tariffs build --from DIR'`, { value: path });
  if (cut < 0) throw corrupt('no header line');
  let header: Header;
  try {
    header = JSON.parse(text.slice(0, cut)) as Header;
  } catch {
    throw corrupt('unreadable header');
  }
  if (header.format !== PACK_FORMAT) throw corrupt(`format ${header.format}, expected ${PACK_FORMAT}`);
  const bodyText = text.slice(cut + 1).trimEnd();
  const actual = versionOf(bodyText);
  if (actual !== header.version) throw corrupt(`content hash ${actual} != ${header.version}`);
  const body = JSON.parse(bodyText) as PackBody;
  return { ...body, version: header.version, builtAt: header.builtAt, sourceDir: header.sourceDir };
}
