import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseIsoDate } from '../model/dates.js';
import { ClearanceError } from '../model/errors.js';
import { parseCountry } from '../tariffs/countries.js';
import { inWindow, TariffEngine } from '../tariffs/engine.js';
import { buildTariffBody } from '../tariffs/build/index.js';
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

export interface MeasureListing {
  pack: string;
  date: string;
  country?: string;
  measures: { id: string; heading: string; program: string; label: string; rate: string; from: string; until?: string; countries: string; products: string; curated: boolean }[];
}

function rateText(m: TariffPack['measures'][number]): string {
  switch (m.rate.kind) {
    case 'ad_valorem':
      return `+${m.rate.ppm / 10_000}%`;
    case 'metal_content':
      return `+${m.rate.ppm / 10_000}% of the ${m.rate.metal} content`;
    case 'top_up':
      return `${m.rate.ppm / 10_000}% all-in`;
    case 'none':
      return 'no duty';
  }
}

/** The chapter 99 measures in force on a date (for an origin, when given), as the pack holds them. */
export function listMeasures(pack: TariffPack, input: { date: string; country?: string }, fields = { date: '--date', country: '--country' }): MeasureListing {
  const date = parseIsoDate(input.date, fields.date);
  const country = input.country === undefined ? undefined : parseCountry(input.country, fields.country);
  const measures = pack.measures
    .filter((m) => inWindow(m, date))
    .filter((m) => !country || ((m.countries === 'all' || m.countries.includes(country)) && !m.exceptCountries?.includes(country)))
    .sort((a, b) => (a.heading < b.heading ? -1 : a.heading > b.heading ? 1 : 0))
    .map((m) => {
      const row: MeasureListing['measures'][number] = {
        id: m.id, heading: m.heading, program: m.program, label: m.label, rate: rateText(m), from: m.from,
        countries: m.countries === 'all' ? `all${m.exceptCountries?.length ? ` except ${m.exceptCountries.length} origins` : ''}` : m.countries.join(' '),
        products: m.products === 'all' ? 'all' : (pack.productSets[m.products]?.label ?? m.products), curated: m.curatedScope !== undefined,
      };
      if (m.until) row.until = m.until;
      return row;
    });
  const listing: MeasureListing = { pack: pack.version, date, measures };
  if (country) listing.country = country;
  return listing;
}
