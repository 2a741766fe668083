import type { ProductExportLine } from '../../model/trade.js';
import { readCache, writeCache } from '../../snapshot/cache.js';
import { compactExportLines, expandExportLines, type CompactExportLines } from './compact-exports.js';
import type { TradeFile } from './folder.js';
import type { TradeFormat } from './formats.js';

/**
 * The parsed files of an imported trade version, kept beside its files (see snapshot/cache.ts: named by
 * a fingerprint of clearance's code, so other code parses afresh). Parsing the 364,306-row export file
 * takes seconds; reading its compact parsed form back takes a small fraction of that. An entry is
 * trusted only for the content hash of the version and the sha256 of its file as the manifest records
 * them; versions never change once written.
 */

/** What reading one trade file yields, before the malformed-share check (which depends on --force). */
export interface ParsedTradeFile<T> {
  value: T;
  rowsRead: number;
  /** Rows left out as malformed. */
  leftOut: number;
  /** The first of them described with file and line, for messages. */
  problems: string[];
}

export interface TradeFileCache {
  get(file: TradeFile): ParsedTradeFile<unknown> | undefined;
  put(file: TradeFile, parsed: ParsedTradeFile<unknown>): void;
  /** Keeps what was put since opening (with what was there), when anything was. */
  save(): void;
}

/** The manifest facts the cache is checked against. */
export interface CachedVersion {
  contentHash: string;
  files: readonly { file: string; sha256: string }[];
}

const KIND = 'trade';

interface Entry {
  sha256: string;
  format: TradeFormat;
  parsed: ParsedTradeFile<unknown>;
}

interface Stored {
  contentHash: string;
  entries: Record<string, Entry>;
}

type ExportsValue = { partner: string; lines: ProductExportLine[] };

/** Formats stored in another form than the parser's, and how to turn them back. */
const CODECS: Partial<Record<TradeFormat, { encode: (v: unknown) => unknown; decode: (v: unknown) => unknown }>> = {
  'product-exports': {
    encode: (v) => ({ ...(v as ExportsValue), lines: compactExportLines((v as ExportsValue).lines) }),
    decode: (v) => ({ ...(v as { partner: string }), lines: expandExportLines((v as { lines: CompactExportLines }).lines) }),
  },
};

function readStored(dir: string, version: CachedVersion): Stored {
  const stored = readCache(dir, KIND) as Partial<Stored> | undefined;
  const valid = stored?.contentHash === version.contentHash && typeof stored.entries === 'object' && stored.entries !== null;
  return { contentHash: version.contentHash, entries: valid ? stored.entries! : {} };
}

export function versionFileCache(dir: string, version: CachedVersion): TradeFileCache {
  const sha256 = new Map(version.files.map((f) => [f.file, f.sha256]));
  let stored: Stored | undefined;
  let changed = false;
  const entries = () => (stored ??= readStored(dir, version)).entries;
  return {
    get(file) {
      const entry = entries()[file.relative];
      if (!entry || entry.sha256 !== sha256.get(file.relative) || entry.format !== file.format) return undefined;
      const codec = CODECS[file.format];
      return codec ? { ...entry.parsed, value: codec.decode(entry.parsed.value) } : entry.parsed;
    },
    put(file, parsed) {
      const hash = sha256.get(file.relative);
      if (hash === undefined) return;
      const codec = CODECS[file.format];
      entries()[file.relative] = { sha256: hash, format: file.format, parsed: codec ? { ...parsed, value: codec.encode(parsed.value) } : parsed };
      changed = true;
    },
    save() {
      if (changed && stored) writeCache(dir, KIND, stored);
      changed = false;
    },
  };
}
