import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/data.js';
import { sharedTariffPack, tariffSource } from '../helpers/tariffs.js';
import type { JudgedAnswer } from './worked-case.js';

/**
 * The one place where the worked cases meet the duty engine. `loadDutyAnswerer` builds the tariff
 * pack from the shared `tariffs/` folder and returns a function answering one entry line in the
 * issue's input shape with the output shape (or throwing the engine's error for a refused
 * line). The engine modules are imported by path so that the cases can be committed and typechecked
 * apart from the engine; when the engine's public API settles, point this function at it.
 *
 * CLEARANCE_DUTY_ENGINE overrides the engine folder (default: this repository's src/tariffs), so
 * the cases can be run against another worktree's engine without copying it.
 */

export type DutyAnswerer = (line: Record<string, unknown>) => JudgedAnswer;

interface EngineModules {
  buildTariffBody(dir: string): unknown;
  packOf(body: unknown, meta: { builtAt: string; sourceDir: string }): unknown;
  TariffEngine: new (pack: unknown) => unknown;
  parseEntryLine(input: unknown): unknown;
  computeDuty(engine: unknown, line: unknown, options?: { asOf?: string }): JudgedAnswer;
}

/** The engine folder the cases run against. */
export function dutyEngineDir(): string {
  return process.env.CLEARANCE_DUTY_ENGINE ?? resolve(repoRoot, 'src', 'tariffs');
}

async function importModule(dir: string, name: string): Promise<Record<string, unknown>> {
  const file = join(dir, `${name}.ts`);
  if (!existsSync(file)) throw new Error(`duty engine module missing: ${file} (set CLEARANCE_DUTY_ENGINE to the engine's src/tariffs folder)`);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

async function engineModules(dir: string): Promise<EngineModules> {
  const [build, store, engine, entry, duty] = await Promise.all(
    ['build/index', 'pack-store', 'engine', 'entry', 'duty'].map((m) => importModule(dir, m)),
  );
  return {
    buildTariffBody: build!.buildTariffBody as EngineModules['buildTariffBody'],
    packOf: store!.packOf as EngineModules['packOf'],
    TariffEngine: engine!.TariffEngine as EngineModules['TariffEngine'],
    parseEntryLine: entry!.parseEntryLine as EngineModules['parseEntryLine'],
    computeDuty: duty!.computeDuty as EngineModules['computeDuty'],
  };
}

/**
 * Builds the pack from `tariffsDir` (the shared data's `tariffs/` folder) once and answers lines. With
 * this repository's own engine and the shared folder, the pack comes from the test cache that every
 * tariff test shares (keyed by the build code and the source files, so it is the same build): the
 * suite then builds the pack once instead of once more here.
 */
export async function loadDutyAnswerer(tariffsDir: string): Promise<DutyAnswerer> {
  const dir = dutyEngineDir();
  const m = await engineModules(dir);
  const ownEngine = resolve(dir) === resolve(repoRoot, 'src', 'tariffs') && resolve(tariffsDir) === resolve(tariffSource());
  const pack = ownEngine
    ? await sharedTariffPack()
    : m.packOf(m.buildTariffBody(tariffsDir), { builtAt: new Date(0).toISOString(), sourceDir: tariffsDir });
  const engine = new m.TariffEngine(pack);
  return (line) => m.computeDuty(engine, m.parseEntryLine(line));
}
