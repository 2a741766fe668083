import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkScreenParty } from '../../src/app/party-screener.js';
import { determine } from '../../src/ear/determine.js';
import { parseTransaction } from '../../src/ear/transaction.js';
import type { ScreenParty } from '../../src/ear/index.js';
import { loadSnapshotFromPaths } from '../../src/ingest/load.js';
import { buildCandidateIndex } from '../../src/screening/index.js';
import { screenerOver } from '../../src/screening/screen.js';
import { dataPath } from '../helpers/data.js';
import { realPack } from './pack-fixture.js';
import { judge, lessStrict, loadWorkedCases, type WorkedCase } from './worked-case.js';

/**
 * Registers one test per worked case of a folder (cases written from the regulation text and the data,
 * not from the engine), decided with the rules pack of 2026-07-23 and a screener over the CSL of
 * 2026-07-31, and prints, per class, how many the engine gets right and which answers are less strict
 * than the case. A case without `as_of` is decided as of DEFAULT_AS_OF, a date after both snapshots.
 */

const DEFAULT_AS_OF = '2026-08-01';

interface Tally {
  total: number;
  passed: number;
}

/** The answer, when it is less strict than the case: the transaction outcome, else any item outcome. */
function looserAnswer(decision: { outcome: string; items: { outcome: string }[] }, c: WorkedCase): string | undefined {
  if (lessStrict(decision.outcome, c.expect.outcome!)) return `${decision.outcome} where ${c.expect.outcome} is due`;
  const items = (c.expect.items ?? []).flatMap((want, i) => {
    const got = decision.items[i]?.outcome;
    return got !== undefined && lessStrict(got, want.outcome) ? [`items[${i}] ${got} where ${want.outcome} is due`] : [];
  });
  return items.length > 0 ? items.join(', ') : undefined;
}

export interface RunOptions {
  /** The folder must hold a case of every class 1-10 (a full set; not a folder of cases for a few classes). */
  everyClass?: boolean;
}

/** Every case of `dir` as a test, with the per-class summary written to stderr after the last one. */
export function runWorkedCases(dir: string, label: string, options: RunOptions = {}): void {
  const cases = loadWorkedCases(dir);
  const perClass = new Map<number, Tally>();
  const looser: string[] = [];
  let screenParty: ScreenParty;

  before(async () => {
    // The CSL, and the BIS Denied Persons List file that dates the orders the CSL shows without dates.
    const snapshot = await loadSnapshotFromPaths([dataPath('lists', 'csl', '2026-07-31', 'consolidated.csv'), dataPath('lists', 'bis-dpl', '2022-09-07', 'dpl.txt')]);
    // As `clearance check` does: the lists, and the rules pack's own dated list entries (the 2016 ZTE listing,
    // the 2018 ZTE denial order), through the same screening engine.
    screenParty = checkScreenParty(screenerOver(buildCandidateIndex(snapshot.entries)), await realPack());
  });

  function record(c: WorkedCase, passed: boolean, lessStrictNote?: string): void {
    const t = perClass.get(c.class) ?? { total: 0, passed: 0 };
    t.total += 1;
    if (passed) t.passed += 1;
    perClass.set(c.class, t);
    if (lessStrictNote) looser.push(`  class ${c.class} ${c.id}: ${lessStrictNote}`);
  }

  /** An input case passes when the input is refused with an error naming the expected field. */
  function runInputCase(c: WorkedCase): void {
    let error: unknown;
    try {
      parseTransaction(c.transaction);
    } catch (err) {
      error = err;
    }
    const field = (error as { field?: unknown } | undefined)?.field;
    const message = error instanceof Error ? error.message : '';
    const ok = field === c.expect.error_field && message.includes(c.expect.error_field!);
    record(c, ok, error === undefined ? 'accepted input that must be refused' : undefined);
    assert.ok(ok, error === undefined ? 'input accepted' : `refused naming ${String(field)}: ${message.slice(0, 200)}`);
  }

  async function runDecisionCase(c: WorkedCase): Promise<void> {
    const pack = await realPack();
    let problems: string[];
    let detail = '';
    try {
      const tx = parseTransaction(c.transaction);
      const asOf = typeof c.transaction.as_of === 'string' ? c.transaction.as_of : DEFAULT_AS_OF;
      const decision = determine(tx, { pack, asOf, screenParty });
      problems = judge(decision, c.expect);
      detail = JSON.stringify(decision.items.map((i) => ({ o: i.outcome, r: i.reasons.map((r) => r.code), x: i.exception?.symbol, c: i.citations.map((x) => x.ref) })));
      record(c, problems.length === 0, looserAnswer(decision, c));
    } catch (err) {
      problems = [`threw: ${(err as Error).message}`];
      record(c, false);
    }
    assert.deepEqual(problems, [], `${c.id} (${c.file}): ${problems.join('; ')}\n${detail}`);
  }

  for (const c of cases) {
    test(`worked case ${c.id}`, async () => {
      if (c.expect.error_field !== undefined) runInputCase(c);
      else await runDecisionCase(c);
    });
  }

  if (options.everyClass ?? true) {
    test(`${label} cover every class 1-10 (${cases.length} cases)`, () => {
      const classes = new Set(cases.map((c) => c.class));
      for (let k = 1; k <= 10; k += 1) assert.ok(classes.has(k), `no case of class ${k}`);
    });
  }

  after(() => {
    const lines = [...perClass.entries()].sort(([a], [b]) => a - b).map(([k, t]) => `  class ${k}: ${t.passed}/${t.total}`);
    const total = [...perClass.values()].reduce((s, t) => ({ total: s.total + t.total, passed: s.passed + t.passed }), { total: 0, passed: 0 });
    process.stderr.write(
      `\n${label}: ${total.passed}/${total.total} right\n${lines.join('\n')}\n` +
        `answered less strict than the regulation (${looser.length}):\n${looser.join('\n') || '  none'}\n`,
    );
  });
}
