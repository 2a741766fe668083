import { ClearanceError } from '../../model/errors.js';
import { PACK_FORMAT, type PackBody, type TariffPack } from '../pack.js';
import { packOf } from '../pack-store.js';
import { BuildContext } from './context.js';
import { SourceFolder } from './files.js';
import { buildIeepa } from './programs/ieepa.js';
import { buildSection122 } from './programs/section122.js';
import { buildSection232Annex } from './programs/section232-annex.js';
import { buildSection232Metals } from './programs/section232-metals.js';
import { buildSection232Sectors } from './programs/section232-sectors.js';
import { buildSection301 } from './programs/section301.js';
import { readEditions, scheduleLines } from './schedule.js';

/** Measures of 2018-2026 the engine does not model at all, said in the pack (the program builders add their own gaps). */
const NOT_MODELLED = [
  'Section 201 safeguards: washers (2018-2023) and solar cells and modules (Feb. 7, 2018 to Feb. 6, 2026): tariff-rate quotas, yearly rates and product exclusions by description are not in the data in computable form',
  'Section 301 Large Civil Aircraft (Airbus) duties on EU and UK goods, Oct. 18, 2019 to March 2021 (9903.89.xx, U.S. note 21), suspended since',
  'Russia: the 35% column 2 rate on certain products from July 27, 2022 (9903.90.08-.09, U.S. note 30); Russian smelt or cast aluminum of other origins (9903.85.69-.70)',
  'events after the data horizon (2026 Rev 10): Section 301 Brazil and the forced-labor actions, Section 232 pharmaceuticals and drones, Section 338 Canada, ships and cranes from Nov. 10, 2026; only the end dates fixed by law are applied',
  'antidumping and countervailing duties; tariff-rate quota fill; chapter 98 claims (American goods returned, repairs, 9802 value bases); excise taxes; drawback; foreign-trade zone status; the postal de minimis duty of 2026',
];

/**
 * Builds the tariff pack body from a source folder laid out like the shared `tariffs/` folder:
 * the schedule by edition, then each program's measures (each program in its own file under
 * programs/, with the dated facts it authors and the files it reads).
 */
export function buildTariffBody(dir: string): PackBody {
  const src = new SourceFolder(dir);
  if (!src.has('2025-2026/MANIFEST.md') && !src.has('hts/usitc_tariff_database_2017.csv.gz')) {
    throw new ClearanceError('tariff_source_invalid', 'invalid', `--from '${dir}': not a tariff source folder (expected hts/ and 2025-2026/ as in the shared tariffs folder)`, { field: '--from', value: dir });
  }
  const editions = readEditions(src);
  const { texts, lines } = scheduleLines(editions);
  const ctx = new BuildContext(src, editions);
  buildSection301(ctx);
  buildSection232Metals(ctx);
  buildSection232Annex(ctx);
  buildSection232Sectors(ctx);
  buildIeepa(ctx);
  buildSection122(ctx);
  const last = editions.at(-1)!.edition;
  return {
    format: PACK_FORMAT,
    horizon: {
      edition: last.id,
      from: last.from,
      note: `past the data horizon: the last HTS revision in the data is ${last.label}, in force from ${last.from}; later revisions, and measures they add, change or end, are not in the data (only end dates fixed by law, such as Section 122's 150 days, are applied)`,
    },
    editions: editions.map((e) => e.edition),
    texts,
    lines,
    productSets: ctx.sets,
    measures: ctx.measures,
    sources: src.sources,
    notModelled: [...NOT_MODELLED, ...ctx.notModelled],
  };
}

/** A pack built from a source folder (versioned by its content; not saved). */
export function buildTariffPack(dir: string, now: Date = new Date()): TariffPack {
  return packOf(buildTariffBody(dir), { builtAt: now.toISOString(), sourceDir: dir });
}
