import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTariffPack } from '../src/tariffs/build/index.js';
import { saveTariffPack } from '../src/tariffs/pack-store.js';

/**
 * The tariff pack folder a benchmark loads: the one `--pack DIR` names (CI builds one for all of them
 * with `clearance tariffs build`), else one built from the shared data's tariff sources and saved to a
 * temporary folder, so that loading is measured from disk either way.
 */
export async function tariffPackDir(args: readonly string[], data: string, name: string): Promise<string> {
  if (args.includes('--pack')) return args[args.indexOf('--pack') + 1]!;
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), `clearance-bench-${name}-`));
  await saveTariffPack(buildTariffPack(join(data, 'tariffs')), dir);
  console.log(`pack built from ${join(data, 'tariffs')} in ${((performance.now() - started) / 1000).toFixed(1)} s (pass --pack DIR to reuse one)`);
  return dir;
}
