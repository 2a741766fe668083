import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ClearanceError } from '../model/errors.js';
import { buildTariffBody } from '../tariffs/build/index.js';
import { TariffEngine } from '../tariffs/engine.js';
import type { TariffPack } from '../tariffs/pack.js';
import { loadTariffPack, packOf, saveTariffPack } from '../tariffs/pack-store.js';

/**
 * Tariff packs in the data folder (`<data-dir>/tariffs/`): build one from a source folder and make it
 * current, or open the current one (or a pack named outright). Plain functions over explicit paths.
 */

export function tariffsDir(dataDir: string): string {
  return join(dataDir, 'tariffs');
}

export interface BuiltTariffPack {
  path: string;
  version: string;
  editions: number;
  firstEdition: string;
  lastEdition: string;
  horizon: string;
  measures: number;
  productSets: number;
  curatedSources: number;
}

/** Builds a pack from a source folder laid out like the shared `tariffs/` folder and makes it current. */
export async function buildTariffs(input: { from: string; dataDir: string; now?: Date }): Promise<BuiltTariffPack> {
  const from = resolve(input.from);
  if (!existsSync(from)) throw new ClearanceError('tariff_source_missing', 'invalid', `--from '${input.from}': no such folder`, { field: '--from', value: input.from });
  const body = buildTariffBody(from);
  const pack = packOf(body, { builtAt: (input.now ?? new Date()).toISOString(), sourceDir: from });
  const path = await saveTariffPack(pack, tariffsDir(input.dataDir));
  return {
    path,
    version: pack.version,
    editions: pack.editions.length,
    firstEdition: pack.editions[0]!.label,
    lastEdition: pack.editions.at(-1)!.label,
    horizon: pack.horizon.from,
    measures: pack.measures.length,
    productSets: Object.keys(pack.productSets).length,
    curatedSources: pack.sources.filter((s) => s.curated).length,
  };
}

/** The pack a command uses: `pack` (file or folder) when given, else the data folder's current pack. */
export async function openTariffPack(input: { pack?: string; dataDir: string }): Promise<TariffPack> {
  if (input.pack) return loadTariffPack(input.pack);
  const dir = tariffsDir(input.dataDir);
  if (!existsSync(join(dir, 'current.json'))) {
    throw new ClearanceError(
      'tariff_pack_missing',
      'not_found',
      `no tariff pack in ${dir}; run 'clearance tariffs build --from /path/to/tariffs' (the folder with hts/, section301/, section232/ and 2025-2026/) or pass --pack FILE`,
      { field: '--pack' },
    );
  }
  return loadTariffPack(dir);
}

export async function openTariffEngine(input: { pack?: string; dataDir: string }): Promise<TariffEngine> {
  return new TariffEngine(await openTariffPack(input));
}
