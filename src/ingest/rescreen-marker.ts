import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * "The stored parties must be re-screened against version V": written to the data folder before the
 * active pointer moves to V, and removed once they have been. A process killed between activating a
 * version and re-screening leaves it behind, and the next command that opens the store finishes the work
 * (jobs/pending-rescreen.ts) instead of leaving the parties screened against the old lists while every
 * later import says "unchanged".
 */
export interface RescreenMarker {
  version: string;
  since: string;
}

export function rescreenMarkerPath(home: string): string {
  return join(home, 'lists', 'rescreen-pending.json');
}

export function readRescreenMarker(home: string): RescreenMarker | undefined {
  const path = rescreenMarkerPath(home);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<RescreenMarker>;
    if (typeof parsed.version === 'string' && typeof parsed.since === 'string') return { version: parsed.version, since: parsed.since };
  } catch {
    // A marker cut short by a crash is still a marker: the pointer did not move past it unfinished.
  }
  return { version: '', since: '' };
}

/** Removes the marker when it is still the one read (a newer activation may have written another). */
export function clearRescreenMarker(home: string, seen: RescreenMarker): void {
  const now = readRescreenMarker(home);
  if (now && now.version === seen.version && now.since === seen.since) rmSync(rescreenMarkerPath(home), { force: true });
}
