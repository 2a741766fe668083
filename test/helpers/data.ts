import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above this file). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared reference data folder; CLEARANCE_TEST_DATA overrides it. */
export const sharedData = process.env.CLEARANCE_TEST_DATA ?? resolve(repoRoot, '..', 'shared', 'data');

/**
 * Path of a file in the shared data folder. Throws when it is missing, so that tests fail loudly
 * instead of skipping (the data folder is part of the test environment, in CI too).
 */
export function dataPath(...parts: string[]): string {
  const path = join(sharedData, ...parts);
  if (!existsSync(path)) {
    throw new Error(`test data missing: ${path} (set CLEARANCE_TEST_DATA to the shared data folder)`);
  }
  return path;
}
