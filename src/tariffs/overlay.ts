import { parseIsoDate } from '../model/dates.js';
import { ClearanceError, invalidInput } from '../model/errors.js';
import type { Measure, ProductSet } from './measure.js';
import type { TariffPack } from './pack.js';
import { packOf } from './pack-store.js';

/**
 * A pack with measures added, changed or ended, for scenarios ("what if the reciprocal duty were
 * 20%", "what if Section 122 ended on May 1"). The result is an ordinary pack with its own version
 * (the hash of its content), so every answer from it names what it was computed from; the stored
 * pack is never touched.
 */

export interface MeasureOverlay {
  /** New measures (ids must be new); product sets they name may come in `productSets`. */
  add?: Measure[];
  /** Fields replaced on existing measures, by id. */
  change?: { id: string; set: Partial<Omit<Measure, 'id'>> }[];
  /** Existing measures ended: last day in force (the day before the end). */
  end?: { id: string; until: string }[];
  /** Existing measures removed outright. */
  remove?: string[];
  productSets?: ProductSet[];
  /** Said in the pack's source, for the record. */
  label?: string;
}

function known(pack: TariffPack, id: string, field: string): Measure {
  const m = pack.measures.find((x) => x.id === id);
  if (!m) throw new ClearanceError('measure_not_found', 'not_found', `${field}: no measure ${id} in tariff pack ${pack.version}`, { field, value: id });
  return m;
}

function checkMeasure(m: Measure, sets: Record<string, ProductSet>, field: string): void {
  parseIsoDate(m.from, `${field}.from`);
  if (m.until !== undefined) parseIsoDate(m.until, `${field}.until`);
  if (m.until !== undefined && m.until < m.from) throw invalidInput(`${field}.until`, m.until, `must not be before from (${m.from})`);
  const refs = [m.products, ...(m.exceptProducts ?? []).map((e) => e.set)];
  for (const ref of refs) if (ref !== 'all' && !sets[ref]) throw invalidInput(`${field}.products`, ref, 'names no product set of the pack or the overlay');
}

/** The pack with the overlay applied (validated: unknown ids, sets and bad dates are refused). */
export function withMeasures(pack: TariffPack, overlay: MeasureOverlay): TariffPack {
  const sets: Record<string, ProductSet> = { ...pack.productSets };
  for (const s of overlay.productSets ?? []) sets[s.id] = s;
  const removed = new Set(overlay.remove ?? []);
  (overlay.remove ?? []).forEach((id, i) => known(pack, id, `remove[${i}]`));
  const changes = new Map<string, Partial<Measure>>();
  (overlay.change ?? []).forEach((c, i) => {
    known(pack, c.id, `change[${i}].id`);
    changes.set(c.id, { ...(changes.get(c.id) ?? {}), ...c.set });
  });
  (overlay.end ?? []).forEach((e, i) => {
    known(pack, e.id, `end[${i}].id`);
    changes.set(e.id, { ...(changes.get(e.id) ?? {}), until: parseIsoDate(e.until, `end[${i}].until`) });
  });
  const measures: Measure[] = [];
  pack.measures.forEach((m) => {
    if (removed.has(m.id)) return;
    const change = changes.get(m.id);
    const next = change ? { ...m, ...change, id: m.id } : m;
    if (change) checkMeasure(next, sets, `change ${m.id}`);
    measures.push(next);
  });
  (overlay.add ?? []).forEach((m, i) => {
    if (measures.some((x) => x.id === m.id)) throw new ClearanceError('measure_exists', 'conflict', `add[${i}].id: measure ${m.id} is already in the pack`, { field: `add[${i}].id`, value: m.id });
    checkMeasure(m, sets, `add[${i}]`);
    measures.push(m);
  });
  const { version: _v, builtAt, sourceDir, ...body } = pack;
  return packOf({ ...body, measures, productSets: sets }, { builtAt, sourceDir: overlay.label ? `${sourceDir} + overlay: ${overlay.label}` : `${sourceDir} + overlay` });
}
