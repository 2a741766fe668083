import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTradeFolder } from '../../src/ingest/trade/versions.js';
import { dataPath, repoRoot } from './data.js';

/**
 * The shared trade folder imported once (validated, parsed, cached as `trade import` does) into the
 * temp folder, keyed by the trade ingest code and the source files (names, sizes, times), and copied
 * into each test's data folder: importing it takes most of a minute on a busy 2-core machine, and a
 * test that is not about the import only needs its result. Tests of `trade import` itself import.
 */

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

function cacheKey(source: string): string {
  const h = createHash('sha256');
  for (const f of filesUnder(join(repoRoot, 'src', 'ingest', 'trade')).sort()) h.update(f).update(readFileSync(f));
  for (const f of filesUnder(source).sort()) {
    const st = statSync(f);
    h.update(`${f}:${st.size}:${st.mtimeMs}`);
  }
  return h.digest('hex').slice(0, 16);
}

let imported: Promise<string> | undefined;

/** A data folder holding only the imported trade version of `../shared/data/trade` (built once per code and data). */
function sharedTradeHome(): Promise<string> {
  imported ??= (async () => {
    const source = dataPath('trade');
    const home = join(tmpdir(), `clearance-test-trade-${cacheKey(source)}`);
    if (existsSync(join(home, 'trade', 'active.json'))) return home;
    // Imported beside the cache folder and renamed into place, so a test file running at the same time
    // never sees half of it.
    const staging = mkdtempSync(join(tmpdir(), 'clearance-test-trade-staging-'));
    await importTradeFolder(staging, source, { now: new Date('2026-01-01T00:00:00Z') });
    try {
      renameSync(staging, home);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another test file got there first
    }
    return home;
  })();
  return imported;
}

/** Gives the data folder `home` the shared trade folder as its active trade version. */
export async function installSharedTrade(home: string): Promise<void> {
  cpSync(join(await sharedTradeHome(), 'trade'), join(home, 'trade'), { recursive: true });
}
