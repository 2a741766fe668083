import { before } from 'node:test';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DutyAnswer } from '../../src/tariffs/answer.js';
import { buildTariffPack } from '../../src/tariffs/build/index.js';
import { computeDuty } from '../../src/tariffs/duty.js';
import { parseEntryLine } from '../../src/tariffs/entry.js';
import { TariffEngine } from '../../src/tariffs/engine.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { loadTariffPack, saveTariffPack } from '../../src/tariffs/pack-store.js';
import { repoRoot } from './data.js';
import { dataPath } from './data.js';

/**
 * The tariff pack of the shared data, built once and kept in the temp folder under a key of the
 * build code and the source files (names, sizes, times), so that each test file loads it in a
 * fraction of a second instead of building it again. A change to either builds it afresh.
 */

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

function cacheKey(source: string): string {
  const h = createHash('sha256');
  for (const f of filesUnder(join(repoRoot, 'src', 'tariffs')).sort()) h.update(f).update(readFileSync(f));
  for (const f of filesUnder(source).sort()) {
    const st = statSync(f);
    h.update(`${f}:${st.size}:${st.mtimeMs}`);
  }
  return h.digest('hex').slice(0, 16);
}

let cached: Promise<TariffPack> | undefined;

export function tariffSource(): string {
  return dataPath('tariffs');
}

/**
 * CI builds the pack once with `clearance tariffs build` from the same checkout and data before the
 * tests (the benchmarks use it too) and names it in CLEARANCE_TEST_TARIFF_PACK, so the suite loads that
 * one instead of building its own: the pack's version is the hash of its body, and the load checks it.
 */
const PREBUILT = process.env.CLEARANCE_TEST_TARIFF_PACK;

export function sharedTariffPack(): Promise<TariffPack> {
  cached ??= (async () => {
    if (PREBUILT) return loadTariffPack(PREBUILT);
    const source = tariffSource();
    const dir = join(tmpdir(), `clearance-test-tariff-pack-${cacheKey(source)}`);
    if (existsSync(join(dir, 'current.json'))) {
      try {
        return await loadTariffPack(dir);
      } catch {
        // A half-written cache from an interrupted run: build again.
      }
    }
    const pack = buildTariffPack(source, new Date('2026-01-01T00:00:00Z'));
    await saveTariffPack(pack, dir);
    return pack;
  })();
  return cached;
}

let engine: Promise<TariffEngine> | undefined;

export function sharedTariffEngine(): Promise<TariffEngine> {
  engine ??= sharedTariffPack().then((p) => new TariffEngine(p));
  return engine;
}

/**
 * A worked-case harness: `ask(line)` answers a line with the shared pack (loaded before the file's
 * tests), `lines(answer)` lists its chapter 99 lines as "heading duty".
 */
export function workedCases(): { ask: (line: Record<string, unknown>) => DutyAnswer; lines: (a: DutyAnswer) => string[] } {
  let e: TariffEngine | undefined;
  before(async () => {
    e = await sharedTariffEngine();
  });
  return {
    ask: (line) => computeDuty(e!, parseEntryLine(line)),
    lines: (a) => a.additional.map((x) => `${x.heading} ${x.duty_usd}`),
  };
}
