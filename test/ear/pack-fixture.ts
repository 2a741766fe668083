import { buildRulesPack } from '../../src/ear/build.js';
import type { RulesPack } from '../../src/ear/pack.js';
import { dataPath } from '../helpers/data.js';

let packPromise: Promise<RulesPack> | undefined;

/** The pack built once per test file from the shared 2026-07-23 snapshot, read by path. */
export function realPack(): Promise<RulesPack> {
  packPromise ??= buildRulesPack(dataPath('ear', '2026-07-23'));
  return packPromise;
}
