import type { ListEntry } from '../model/list-entry.js';
import type { ParseResult } from '../model/parse-result.js';
import type { ListSnapshot, SourceInfo } from '../model/snapshot.js';
import { entriesHash, sha256 } from './hash.js';

export interface NamedParseResult {
  /** Source name within the data folder: 'csl', 'ofac-sdn', 'ofac-cons', 'un', 'bis-dpl', or the file's name. */
  name: string;
  result: ParseResult;
  sourceDate?: string;
}

function countByList(entries: readonly ListEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.list.code] = (counts[e.list.code] ?? 0) + 1;
  return counts;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

export function sourceInfoOf(named: NamedParseResult): SourceInfo {
  const { result } = named;
  const info: SourceInfo = {
    name: named.name,
    format: result.format,
    files: result.files,
    contentHash: entriesHash(result.entries),
    entryCount: result.entries.length,
    countsByList: countByList(result.entries),
    malformedRows: result.malformed.length,
  };
  const date = named.sourceDate ?? result.sourceDate;
  if (date) info.sourceDate = date;
  return info;
}

/**
 * Freezes parsed sources into one immutable snapshot. The overall hash covers the sources' content
 * hashes in name order, so the same files always give the same snapshot hash.
 */
export function buildSnapshot(sources: readonly NamedParseResult[], createdAt = new Date().toISOString()): ListSnapshot {
  const infos = sources.map(sourceInfoOf);
  const entries = sources.flatMap((s) => s.result.entries);
  const hash = sha256(
    infos
      .map((i) => `${i.name}:${i.contentHash}`)
      .sort()
      .join('\n'),
  );
  return deepFreeze({ hash, createdAt, sources: infos, entries, counts: countByList(entries) });
}
