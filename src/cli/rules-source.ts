import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildRulesPack, loadPack, type RulesPack } from '../ear/index.js';
import { UsageError } from './errors.js';

/** Where `check` and `rules` keep built packs inside the data folder. */
export function rulesDir(home: string): string {
  return join(home, 'rules');
}

function isSourceFolder(path: string): boolean {
  return statSync(path).isDirectory() && existsSync(join(path, 'ccl.json')) && existsSync(join(path, 'country-chart.json'));
}

/**
 * The rules pack for a command: `--rules` names a built pack (file or folder) or an eCFR source folder
 * (built on the fly); without it, the data folder's current pack.
 */
export async function resolveRulesPack(rules: string | undefined, home: string): Promise<RulesPack> {
  if (rules) {
    if (!existsSync(rules)) throw new UsageError(`--rules '${rules}': no such file or folder`);
    try {
      return isSourceFolder(rules) ? await buildRulesPack(rules) : await loadPack(rules);
    } catch (err) {
      throw new UsageError(`--rules '${rules}': ${(err as Error).message}`);
    }
  }
  const dir = rulesDir(home);
  if (!existsSync(dir)) {
    throw new UsageError(`no rules pack in ${dir}; run 'clearance rules build --from DIR' or pass --rules DIR`);
  }
  return loadPack(dir);
}
