import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ClearanceError } from '../../model/errors.js';
import { writeFileAtomic } from '../data-folder.js';
import type { CsvTable } from './csv-table.js';
import { versionFileCache, type ParsedTradeFile } from './file-cache.js';
import { scanTradeFolder, type TradeFile } from './folder.js';
import { TRADE_FORMATS, type TradeFormat } from './formats.js';
import { readTradeFile, type LoadOptions } from './load.js';
import type { Parsed } from './parsed.js';

/**
 * Imported trade data, kept like list versions: `trade import DIR` validates every trade file of a folder
 * and stores a byte copy of them, in the folder's own layout, as a new immutable version under
 * `<data folder>/trade/versions/<id>/`, then points `trade/active.json` at it. A version folder is itself
 * a trade folder, so commands read it exactly as they read a folder given with --data. The files parsed
 * to validate them are kept beside them (file-cache.ts), so that no command has to parse them again.
 */

export interface TradeVersionFile {
  file: string;
  format: TradeFormat;
  sha256: string;
  bytes: number;
  rows: number;
  rowsLeftOut: number;
}

export interface TradeVersionManifest {
  id: string;
  createdAt: string;
  /** The folder it was imported from. */
  origin: string;
  contentHash: string;
  files: TradeVersionFile[];
  /** CSV files of the folder that were not imported, and why. */
  ignored: { file: string; reason: string }[];
}

const tradeRoot = (home: string) => join(home, 'trade');
const versionsRoot = (home: string) => join(tradeRoot(home), 'versions');
const activePointer = (home: string) => join(tradeRoot(home), 'active.json');

export function tradeVersionDir(home: string, id: string): string {
  return join(versionsRoot(home), id);
}

export function activeTradeVersion(home: string): TradeVersionManifest | undefined {
  if (!existsSync(activePointer(home))) return undefined;
  const { version } = JSON.parse(readFileSync(activePointer(home), 'utf8')) as { version: string };
  return readTradeManifest(home, version);
}

function readTradeManifest(home: string, id: string): TradeVersionManifest {
  return JSON.parse(readFileSync(join(tradeVersionDir(home, id), 'manifest.json'), 'utf8')) as TradeVersionManifest;
}

/** Every imported version, oldest first. */
export function listTradeVersions(home: string): TradeVersionManifest[] {
  if (!existsSync(versionsRoot(home))) return [];
  return readdirSync(versionsRoot(home))
    .filter((d) => !d.startsWith('.'))
    .map((id) => readTradeManifest(home, id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export interface TradeImportResult {
  manifest: TradeVersionManifest;
  /** True when the folder holds exactly the active version's files: nothing was written. */
  unchanged: boolean;
  warnings: string[];
}

/** Validates every trade file of `dir` and stores them as the new active version; nothing is kept on failure. */
export async function importTradeFolder(home: string, dir: string, options: LoadOptions & { now?: Date } = {}): Promise<TradeImportResult> {
  const folder = await scanTradeFolder(resolve(dir), 'DIR');
  if (folder.files.length === 0) {
    const seen = folder.ignored.map((i) => i.file).join(', ') || 'no CSV files';
    throw new ClearanceError('trade_data_incomplete', 'not_found', `DIR: ${folder.dir} holds no trade file clearance reads (${seen})`, { field: 'DIR', value: dir });
  }
  const warnings: string[] = [];
  const files: TradeVersionFile[] = [];
  const contents = new Map<string, Buffer>();
  const parsedFiles: [TradeFile, ParsedTradeFile<unknown>][] = [];
  for (const file of folder.files) {
    const bytes = readFileSync(file.path);
    const parse: (relative: string, table: CsvTable) => Parsed<unknown> = TRADE_FORMATS[file.format].parse;
    const parsed = await readTradeFile(file, parse, { force: options.force }, warnings);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    files.push({ file: file.relative, format: file.format, sha256, bytes: bytes.length, rows: parsed.rowsRead, rowsLeftOut: parsed.leftOut });
    contents.set(file.relative, bytes);
    parsedFiles.push([file, parsed]);
  }
  const contentHash = createHash('sha256')
    .update(files.map((f) => `${f.file}:${f.sha256}`).join('\n'))
    .digest('hex');
  const active = activeTradeVersion(home);
  if (active?.contentHash === contentHash) return { manifest: active, unchanged: true, warnings };
  const now = options.now ?? new Date();
  const id = `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${contentHash.slice(0, 8)}`;
  const manifest: TradeVersionManifest = { id, createdAt: now.toISOString(), origin: folder.dir, contentHash, files, ignored: folder.ignored };
  storeVersion(home, manifest, contents, parsedFiles);
  return { manifest, unchanged: false, warnings };
}

/**
 * Writes the bytes that were validated (not the files again, which may have changed since) into a hidden
 * staging folder, renames it into place, and only then moves the pointer.
 */
function storeVersion(
  home: string,
  manifest: TradeVersionManifest,
  contents: ReadonlyMap<string, Buffer>,
  parsedFiles: readonly [TradeFile, ParsedTradeFile<unknown>][],
): void {
  mkdirSync(versionsRoot(home), { recursive: true });
  const staging = join(versionsRoot(home), `.staging-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    for (const f of manifest.files) {
      mkdirSync(dirname(join(staging, f.file)), { recursive: true });
      writeFileSync(join(staging, f.file), contents.get(f.file)!);
    }
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const cache = versionFileCache(staging, manifest);
    for (const [file, parsed] of parsedFiles) cache.put(file, parsed);
    cache.save();
    renameSync(staging, tradeVersionDir(home, manifest.id));
    writeFileAtomic(activePointer(home), JSON.stringify({ version: manifest.id, switchedAt: new Date().toISOString() }, null, 2));
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}
