import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath } from '../helpers/data.js';
import { judgeAnswer, judgeRefusal, loadWorkedCases, type WorkedCase } from './worked-case.js';
import { loadDutyAnswerer, type DutyAnswerer } from './worked-case-engine.js';

/**
 * Runs the worked cases of test/tariffs/worked-cases/ (written from the official texts and data, not from
 * the engine) through the duty engine with the pack built from the shared tariffs folder, asserts
 * every amount to the cent, and prints the pass count per era and program. A failing case prints its
 * id, what is wrong and the engine's answer.
 */

const CASES = loadWorkedCases(join(dirname(fileURLToPath(import.meta.url)), 'worked-cases'));

let answer: DutyAnswerer;

before(async () => {
  answer = await loadDutyAnswerer(dataPath('tariffs'));
});

const tally = new Map<string, { total: number; passed: number }>();

function record(c: WorkedCase, passed: boolean): void {
  const t = tally.get(c.file) ?? { total: 0, passed: 0 };
  t.total += 1;
  if (passed) t.passed += 1;
  tally.set(c.file, t);
}

function runCase(c: WorkedCase): void {
  let problems: string[];
  let shown = '';
  if (c.expect.error_field !== undefined) {
    let error: unknown;
    try {
      shown = JSON.stringify(answer(c.line));
    } catch (err) {
      error = err;
    }
    problems = judgeRefusal(error, c.expect.error_field);
  } else {
    try {
      const got = answer(c.line);
      shown = JSON.stringify(got);
      problems = judgeAnswer(got, c.expect);
    } catch (err) {
      problems = [`refused: ${err instanceof Error ? err.message : String(err)}`];
    }
  }
  record(c, problems.length === 0);
  assert.deepEqual(problems, [], `${c.id}\n  why: ${c.why}\n  line: ${JSON.stringify(c.line)}\n  answer: ${shown}`);
}

for (const c of CASES) test(c.id, () => runCase(c));

after(() => {
  const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((s, [, t]) => s + t.total, 0);
  const passed = rows.reduce((s, [, t]) => s + t.passed, 0);
  const lines = rows.map(([file, t]) => `  ${file.padEnd(30)} ${String(t.passed).padStart(4)} / ${t.total}`);
  process.stderr.write(`duty worked cases: ${passed} / ${total} right to the cent\n${lines.join('\n')}\n`);
});
