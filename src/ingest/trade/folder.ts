import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ClearanceError } from '../../model/errors.js';
import { readCsvHeader } from './csv-table.js';
import { formatOfHeader, type TradeFormat } from './formats.js';

/** A file of a trade data folder that clearance reads. */
export interface TradeFile {
  format: TradeFormat;
  path: string;
  /** Path inside the folder, with `/` separators: how manifests and messages name it. */
  relative: string;
}

export interface TradeFolder {
  dir: string;
  files: TradeFile[];
  /** CSV files of the folder in no format clearance reads, and why. */
  ignored: { file: string; reason: string }[];
}

function csvFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...csvFilesUnder(path));
    else if (/\.csv(\.gz)?$/i.test(name)) out.push(path);
  }
  return out;
}

/** The trade files of a folder (searched at any depth), each recognised by its header. */
export async function scanTradeFolder(dir: string, field = '--data'): Promise<TradeFolder> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ClearanceError('trade_folder_missing', 'not_found', `${field}: no such folder (got ${JSON.stringify(dir)})`, { field, value: dir });
  }
  const folder: TradeFolder = { dir, files: [], ignored: [] };
  for (const path of csvFilesUnder(dir)) {
    const rel = relative(dir, path).split(sep).join('/');
    let format: TradeFormat | undefined;
    try {
      format = formatOfHeader(await readCsvHeader(path));
    } catch (err) {
      folder.ignored.push({ file: rel, reason: `unreadable: ${(err as Error).message}` });
      continue;
    }
    if (format) folder.files.push({ format, path, relative: rel });
    else folder.ignored.push({ file: rel, reason: 'its header is in no format clearance reads' });
  }
  return folder;
}
