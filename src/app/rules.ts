import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RulesPack } from '../ear/pack.js';
import { loadPack } from '../ear/store.js';
import { errors } from '../model/error-catalogue.js';

/** Where built rules packs live inside the data folder. */
export function rulesDir(dataDir: string): string {
  return join(dataDir, 'rules');
}

export function isRulesSourceFolder(path: string): boolean {
  return statSync(path).isDirectory() && existsSync(join(path, 'ccl.json')) && existsSync(join(path, 'country-chart.json'));
}

export interface RulesRequest {
  /** A built pack (file or folder) or an eCFR source folder (built on the fly); else the data folder's pack. */
  rules?: string;
  /** How the caller names the option in messages ('--rules', 'rules'). */
  field?: string;
}

export interface RulesSource {
  pack(request?: RulesRequest): Promise<RulesPack>;
}

/**
 * The rules packs of one Runtime: the data folder's current pack is read once and kept until its
 * pointer (`current.json`, rewritten by `rules build`) names another.
 */
export function createRulesSource(dataDir: string): RulesSource {
  let current: { pointer: string; pack: Promise<RulesPack> } | undefined;
  return {
    async pack({ rules, field = '--rules' } = {}) {
      if (rules) {
        if (!existsSync(rules)) throw errors.noSuchFile(field, rules, 'file or folder');
        try {
          // The pack builder (and its CSV parser) loads only when a source folder is given.
          return isRulesSourceFolder(rules) ? await (await import('../ear/build.js')).buildRulesPack(rules) : await loadPack(rules);
        } catch (err) {
          throw errors.invalidRules(field, rules, (err as Error).message);
        }
      }
      const dir = rulesDir(dataDir);
      if (!existsSync(dir)) throw errors.rulesNotFound(dir);
      const pointerFile = join(dir, 'current.json');
      const pointer = existsSync(pointerFile) ? readFileSync(pointerFile, 'utf8') : '';
      if (current?.pointer !== pointer) current = { pointer, pack: loadPack(dir) };
      return current.pack.catch((err: unknown) => {
        current = undefined;
        throw err;
      });
    },
  };
}
