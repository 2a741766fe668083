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
    notModelled: ctx.notModelled,
  };
}

/** A pack built from a source folder (versioned by its content; not saved). */
export function buildTariffPack(dir: string, now: Date = new Date()): TariffPack {
  return packOf(buildTariffBody(dir), { builtAt: now.toISOString(), sourceDir: dir });
}
