import { DEFAULT_THRESHOLD } from '../screening/screen.js';
import { UsageError } from './errors.js';

/** `--threshold X`: a score from 0 to 1, the screener's default when absent. */
export function parseThreshold(raw: string | undefined): number {
  const t = raw === undefined ? DEFAULT_THRESHOLD : Number(raw);
  if (!Number.isFinite(t) || t < 0 || t > 1) throw new UsageError(`--threshold '${raw}' must be a number from 0 to 1`);
  return t;
}
