import { existsSync, statSync } from 'node:fs';
import { buildRulesPack, diffCharts, loadPack, readBisChartCsv, savePack, type ChartChange, type RulesPack } from '../ear/index.js';
import { errors } from '../model/error-catalogue.js';
import { rulesDir } from './rules.js';
import type { Runtime } from './runtime.js';

export type { ChartChange };

/**
 * `clearance rules build`: a rules pack from a structured eCFR snapshot folder, made the data folder's
 * current pack. `text` is the regulation text folder the supplements and dated facts are read from
 * (default: a "text" folder beside `from`).
 */
export async function buildRules(rt: Runtime, from: string, field = '--from', text?: { dir: string; field: string }): Promise<{ pack: RulesPack; path: string }> {
  if (!existsSync(from)) throw errors.noSuchFile(field, from, 'folder');
  if (text && !existsSync(text.dir)) throw errors.noSuchFile(text.field, text.dir, 'folder');
  let pack: RulesPack;
  try {
    pack = await buildRulesPack(from, text ? { textDir: text.dir } : {});
  } catch (err) {
    throw errors.invalidRules(field, from, (err as Error).message);
  }
  return { pack, path: await savePack(pack, rulesDir(rt.dataDir)) };
}

type Chart = Parameters<typeof diffCharts>[0];

/** A chart from a BIS CSV export, an eCFR source folder, or a built pack; `field` names the path in messages. */
export async function chartOf(path: string, field = 'chart'): Promise<Chart> {
  if (!existsSync(path)) throw errors.noSuchFile(field, path, 'file or folder');
  try {
    if (path.toLowerCase().endsWith('.csv')) return await readBisChartCsv(path);
    if (statSync(path).isDirectory() && existsSync(`${path}/country-chart.json`)) return (await buildRulesPack(path)).chart;
    return (await loadPack(path)).chart;
  } catch (err) {
    throw errors.invalidRules(field, path, (err as Error).message);
  }
}

/** `clearance rules diff`: Country Chart cells that differ between two charts. */
export async function diffRules(a: string, b: string): Promise<ChartChange[]> {
  return diffCharts(await chartOf(a), await chartOf(b));
}
