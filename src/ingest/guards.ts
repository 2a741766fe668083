import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { classErrors } from '../model/error-catalogue.js';
import type { SourceInfo } from '../model/snapshot.js';
import { INGEST_GUARDS } from './guard-config.js';
import { RejectedFileError } from './malformed.js';

/*
 * The checks a parsed source must pass against the active version of the same source before it may
 * become active: one place, which `data import` and `data update` both go through (commitVersion). The
 * checks of a file on its own (malformed share, cut off, inconsistent set) run in the parsers, under the
 * same `force` and reported the same way.
 */

/** One reason a source was refused, or accepted only because it was forced. */
export interface GuardFinding {
  source: string;
  reason: string;
}

/** A file of a source, where it is read from and how messages name it. */
export interface GuardedFile {
  role: string;
  path: string;
  shownAs?: string;
}

/** The active version's copy of the same source. */
export interface PreviousSource {
  info: SourceInfo;
  files: readonly GuardedFile[];
}

export interface GuardPolicy {
  /** Largest accepted drop in entry count (default INGEST_GUARDS.maxDrop). */
  maxDrop?: number;
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The source, or one of its lists, lost more than `maxDrop` of its entries. */
function shrinkage(info: SourceInfo, previous: SourceInfo, maxDrop: number): string[] {
  const found: string[] = [];
  const dropOf = (before: number, after: number) => (before - after) / before;
  if (previous.entryCount > 0 && dropOf(previous.entryCount, info.entryCount) > maxDrop) {
    found.push(
      `${info.entryCount} entries against ${previous.entryCount} in the active version, a drop of ${pct(dropOf(previous.entryCount, info.entryCount))} (more than ${(maxDrop * 100).toFixed(0)}%)`,
    );
    return found;
  }
  for (const [list, before] of Object.entries(previous.countsByList)) {
    if (before < INGEST_GUARDS.minListSizeForDropCheck) continue;
    const after = info.countsByList[list] ?? 0;
    if (dropOf(before, after) > maxDrop) {
      found.push(`list ${list} has ${after} entries against ${before} in the active version, a drop of ${pct(dropOf(before, after))} (more than ${(maxDrop * 100).toFixed(0)}%)`);
    }
  }
  return found;
}

function sha256OfPrefix(path: string, bytes: number): string {
  const hash = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  const fd = openSync(path, 'r');
  try {
    let done = 0;
    while (done < bytes) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, bytes - done), done);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * A file that is exactly the start of the active version's file of the same role is a copy that stopped
 * early, wherever the cut fell (a download served without its length, a copy interrupted between rows).
 */
function cutCopies(files: readonly GuardedFile[], previous: readonly GuardedFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const before = previous.find((p) => p.role === file.role);
    if (!before) continue;
    const size = statSync(file.path).size;
    const beforeSize = statSync(before.path).size;
    if (size >= beforeSize) continue;
    // An empty file is the start of any file: a copy that stopped before its first byte.
    if (size === 0) {
      found.push(`${basename(file.shownAs ?? file.path)} is empty where the active version's file has ${beforeSize} bytes: a copy cut off`);
    } else if (sha256OfPrefix(file.path, size) === sha256OfPrefix(before.path, size)) {
      found.push(`${basename(file.shownAs ?? file.path)} is the first ${size} of the ${beforeSize} bytes of the active version's file: a copy cut off`);
    }
  }
  return found;
}

/** Every reason the parsed source may not replace the active version's copy of it. */
export function vetSource(info: SourceInfo, files: readonly GuardedFile[], previous: PreviousSource | undefined, policy: GuardPolicy = {}): string[] {
  if (!previous) return [];
  return [...cutCopies(files, previous.files), ...shrinkage(info, previous.info, policy.maxDrop ?? INGEST_GUARDS.maxDrop)];
}

/** Sources refused by the guards; the active version stays. */
export class ListRefusedError extends RejectedFileError {
  constructor(
    file: string,
    readonly findings: readonly GuardFinding[],
    active: string | undefined,
  ) {
    super(
      file,
      `refused: ${findings.map((f) => `${f.source}: ${f.reason}`).join('; ')}; ${active ? `version ${active} stays active` : 'nothing was activated'}; use --force to accept`,
      [],
      classErrors.listRefused,
    );
    this.name = 'ListRefusedError';
  }
}
